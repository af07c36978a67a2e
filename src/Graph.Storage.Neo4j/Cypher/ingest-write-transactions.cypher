// One TRANSACTION edge per flow fact, payer → payee.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
CREATE (a)-[r:TRANSACTION]->(b)
SET r = row.props
RETURN count(r) AS written
