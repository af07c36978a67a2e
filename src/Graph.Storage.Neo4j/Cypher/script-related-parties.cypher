// Export script: one batch of RELATED_PARTY links.
UNWIND $rows AS row
MATCH (r:Entity {id: row.reporterId})
MATCH (p:Entity {id: row.partyId})
MERGE (r)-[rp:RELATED_PARTY {filingId: row.filingId}]->(p)
SET rp.relationship = row.relationship, rp.seq = row.seq
