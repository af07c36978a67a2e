// Canonical, named entities considered for fuzzy merge suggestions.
MATCH (e:Entity)
WHERE e.placeholder IS NULL AND NOT e.id IN $mergedAway
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.isReporter AS isReporter,
       e.cik AS cik, e.lei AS lei, e.jurisdiction AS jurisdiction, e.placeholder AS placeholder
ORDER BY id
