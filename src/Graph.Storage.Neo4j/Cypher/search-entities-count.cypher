// How many canonical entities a search matches (the total of its pages).
CALL () {
  MATCH (e:Entity) WHERE e.searchText CONTAINS $q RETURN e
  UNION
  MATCH (e:Entity) WHERE e.id IN $clusterHits RETURN e
}
WITH e
WHERE NOT e.id IN $mergedAway AND ($type IS NULL OR e.type = $type)
RETURN count(e) AS total
