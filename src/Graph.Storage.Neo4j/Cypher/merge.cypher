// Record an entity-resolution judgement. Never destructive: unmerging deactivates it.
MATCH (a:Entity {id: $entityId})
MATCH (b:Entity {id: $targetId})
MERGE (m:GraphMeta {id: 'graph'})
ON CREATE SET m.seq = 0
SET m.seq = m.seq + 1
CREATE (a)-[s:SAME_AS {id: $id, method: $method, score: $score, by: $by, at: $at, reason: $reason,
                       active: true, seq: m.seq}]->(b)
RETURN s.id AS id
