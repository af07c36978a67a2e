// Merged-away entities whose name or alias contains the search text: their clusters match too.
MATCH (m:Entity)
WHERE m.id IN $mergedAway AND m.searchText CONTAINS $q
RETURN m.id AS id
