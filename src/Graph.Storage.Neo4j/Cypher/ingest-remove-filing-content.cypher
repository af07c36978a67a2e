// A corrected filing replaces what its earlier version contributed: its edges and links go,
// and the entities they touched are returned so that orphans can be removed afterwards.
// One subquery per relationship type, so each can use its filingId index.
MATCH (f:Filing {id: $filingId})-[:FILED_BY]->(reporter:Entity)
CALL (f) {
  MATCH (a:Entity)-[r:TRANSACTION {filingId: f.id}]->(b:Entity)
  DELETE r
  RETURN collect(a.id) + collect(b.id) AS transactionEnds
}
CALL (f) {
  MATCH (a:Entity)-[r:BALANCE {filingId: f.id}]->(b:Entity)
  DELETE r
  RETURN collect(a.id) + collect(b.id) AS balanceEnds
}
CALL (f) {
  MATCH (a:Entity)-[r:RELATED_PARTY {filingId: f.id}]->(b:Entity)
  DELETE r
  RETURN collect(b.id) AS partyEnds
}
RETURN [reporter.id] + transactionEnds + balanceEnds + partyEnds AS touched
