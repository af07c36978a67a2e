// One breadth-first step: every matching edge, in either direction, of the given entities.
// Traversals call it once per level, so every step is an index seek on Entity.id plus an expand.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[e:TRANSACTION|BALANCE]-(:Entity)
WITH e, startNode(e) AS a, endNode(e) AS b
WHERE true
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
RETURN e {.*, category: type(e), fromId: a.id, toId: b.id} AS edge
