// Entities that only the replaced version of a filing mentioned, and that nothing refers to
// any more, go with it: a corrected filing leaves the graph as if only the correction came.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)-[:TRANSACTION|BALANCE|RELATED_PARTY|SAME_AS]-() }
  AND NOT EXISTS { (:Filing)-[:FILED_BY]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted
