// Every active SAME_AS judgement in the order it was made: clusters are rebuilt from them
// the same way each time, so the first judgement's target stays its cluster's canonical entity.
MATCH (a:Entity)-[s:SAME_AS]->(b:Entity)
WHERE s.active
RETURN s.id AS id, a.id AS entityId, b.id AS targetId, s.method AS method, s.score AS score,
       s.by AS by, s.at AS at, s.reason AS reason
ORDER BY s.seq
