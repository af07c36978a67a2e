// Export script: one batch of filings and their FILED_BY links.
UNWIND $rows AS row
MATCH (r:Entity {id: row.reporterId})
MERGE (f:Filing {id: row.props.id})
SET f = row.props
MERGE (f)-[:FILED_BY]->(r)
