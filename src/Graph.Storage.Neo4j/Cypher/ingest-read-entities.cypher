// The stored versions of a filing's entities, to merge the new sighting into (EntityMerging).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.isReporter AS isReporter,
       e.cik AS cik, e.lei AS lei, e.jurisdiction AS jurisdiction, e.placeholder AS placeholder
