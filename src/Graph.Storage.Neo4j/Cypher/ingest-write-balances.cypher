// One BALANCE edge per balance fact, debtor → creditor.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
CREATE (a)-[r:BALANCE]->(b)
SET r = row.props
RETURN count(r) AS written
