// RELATED_PARTY links touching any member of one cluster, as reporter or as party.
CALL () {
  MATCH (r:Entity)-[rp:RELATED_PARTY]->(p:Entity)
  WHERE r.id IN $members
  RETURN r, rp, p
  UNION
  MATCH (r:Entity)-[rp:RELATED_PARTY]->(p:Entity)
  WHERE p.id IN $members
  RETURN r, rp, p
}
RETURN r.id AS reporterId, p.id AS partyId, rp.relationship AS relationship, rp.filingId AS filingId
ORDER BY filingId, partyId
