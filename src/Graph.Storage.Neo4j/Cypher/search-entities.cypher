// A page of canonical entities whose name or an alias contains $q (lower case), ordered by
// lower-case name then id, after the keyset cursor ($afterKey, $afterId). The CONTAINS seek
// uses the text index on searchText; $clusterHits adds clusters matched through a merged member.
CALL () {
  MATCH (e:Entity) WHERE e.searchText CONTAINS $q RETURN e
  UNION
  MATCH (e:Entity) WHERE e.id IN $clusterHits RETURN e
}
WITH e
WHERE NOT e.id IN $mergedAway AND ($type IS NULL OR e.type = $type)
WITH e, toLower(e.name) AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND e.id > $afterId)
RETURN e.id AS id, key
ORDER BY key, id
LIMIT $take
