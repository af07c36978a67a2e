// RELATED_PARTY reporter → party, one per filing that states the relationship.
UNWIND $rows AS row
MATCH (r:Entity {id: row.reporterId})
MATCH (p:Entity {id: row.partyId})
MERGE (r)-[rp:RELATED_PARTY {filingId: row.filingId}]->(p)
ON CREATE SET rp.relationship = row.relationship, rp.seq = row.seq
ON MATCH SET rp.relationship = coalesce(rp.relationship, row.relationship)
RETURN count(rp) AS written
