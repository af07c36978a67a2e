// A page of all canonical entities (optionally of one type), ordered by lower-case name then id,
// after the keyset cursor ($afterKey, $afterId).
MATCH (e:Entity)
WHERE NOT e.id IN $mergedAway AND ($type IS NULL OR e.type = $type)
WITH e, toLower(e.name) AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND e.id > $afterId)
RETURN e.id AS id, key
ORDER BY key, id
LIMIT $take
