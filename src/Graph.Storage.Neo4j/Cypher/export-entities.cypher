// The raw entities in id order, one keyset page at a time (export).
MATCH (e:Entity)
WHERE $afterId IS NULL OR e.id > $afterId
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.isReporter AS isReporter,
       e.cik AS cik, e.lei AS lei, e.jurisdiction AS jurisdiction, e.placeholder AS placeholder
ORDER BY id
LIMIT $take
