// The raw RELATED_PARTY links in the order they were written, one page at a time (export).
MATCH (r:Entity)-[rp:RELATED_PARTY]->(p:Entity)
WHERE rp.seq > $afterSeq
RETURN r.id AS reporterId, p.id AS partyId, rp.relationship AS relationship, rp.filingId AS filingId, rp.seq AS seq
ORDER BY rp.seq
LIMIT $take
