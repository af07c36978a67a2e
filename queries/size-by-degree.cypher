// Size nodes by degree (run once after loading, and again after new filings).
// Neo4j Browser sizes nodes by label, not by a computed value, so this marks each entity with
// its number of flows and balances (degree) and a size label: HighDegree or MidDegree, which
// queries/graph.grass draws larger. The store never reads these, so they are safe to add.
:param high => 25;
:param mid => 5;
MATCH (e:Entity)
WITH e, COUNT { (e)-[:TRANSACTION|BALANCE]-() } AS degree
REMOVE e:HighDegree:MidDegree
SET e.degree = degree
FOREACH (_ IN CASE WHEN degree >= $high THEN [1] ELSE [] END | SET e:HighDegree)
FOREACH (_ IN CASE WHEN degree >= $mid AND degree < $high THEN [1] ELSE [] END | SET e:MidDegree)
RETURN count(e) AS entities, sum(CASE WHEN degree >= $high THEN 1 ELSE 0 END) AS high,
       sum(CASE WHEN degree >= $mid AND degree < $high THEN 1 ELSE 0 END) AS mid;
