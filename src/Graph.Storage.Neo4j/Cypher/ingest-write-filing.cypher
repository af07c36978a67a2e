// The filing node and its FILED_BY link; a corrected filing may name another reporter.
MATCH (reporter:Entity {id: $reporterId})
MERGE (f:Filing {id: $filingId})
SET f = $props
WITH f, reporter
CALL (f) {
  OPTIONAL MATCH (f)-[old:FILED_BY]->()
  DELETE old
}
MERGE (f)-[:FILED_BY]->(reporter)
RETURN f.id AS id
