// How many edges join a cluster to entities outside it, whatever their properties.
MATCH (n:Entity)-[e:TRANSACTION|BALANCE]-(m:Entity)
WHERE n.id IN $members AND NOT m.id IN $members
RETURN count(e) AS degree
