// Sets nameKeyText on entities by id (the start-up backfill).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.nameKeyText = row.nameKeyText
