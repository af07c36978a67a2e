// Export script: one batch of BALANCE edges; MERGE on the edge id makes a re-run change nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
MERGE (a)-[r:BALANCE {id: row.props.id}]->(b)
SET r = row.props
