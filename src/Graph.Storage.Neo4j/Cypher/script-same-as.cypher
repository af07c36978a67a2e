// Export script: one batch of active SAME_AS judgements.
UNWIND $rows AS row
MATCH (a:Entity {id: row.entityId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[s:SAME_AS {id: row.props.id}]->(b)
SET s = row.props
