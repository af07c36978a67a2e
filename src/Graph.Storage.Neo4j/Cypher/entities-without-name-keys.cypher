// A batch of entities written before entities carried nameKeyText, for the start-up backfill.
MATCH (e:Entity) WHERE e.nameKeyText IS NULL
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.isReporter AS isReporter,
       e.cik AS cik, e.lei AS lei, e.jurisdiction AS jurisdiction, e.placeholder AS placeholder
LIMIT $take
