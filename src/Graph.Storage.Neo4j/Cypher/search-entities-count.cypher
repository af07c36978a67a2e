// How many canonical entities match a search (the total of a search page).
MATCH (e:Entity)
WHERE NOT e.id IN $mergedAway
  AND ($q IS NULL OR e.searchText CONTAINS $q OR e.id IN $clusterHits)
  AND ($type IS NULL OR e.type = $type)
RETURN count(e) AS total
