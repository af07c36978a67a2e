// Every matching edge whose two ends are both among the given entities.
MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
RETURN e {.*, category: type(e), fromId: a.id, toId: b.id} AS edge
