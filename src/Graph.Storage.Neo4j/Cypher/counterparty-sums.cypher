// Sums of matching edges between one cluster ($members) and each other entity, per kind, year
// and currency: aggregates over relationships, never paths, so nothing is counted twice.
// $years optionally restricts to some years (year-over-year changes).
CALL () {
  MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
  WHERE a.id IN $members
  RETURN a, e, b
  UNION
  MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
  WHERE b.id IN $members
  RETURN a, e, b
}
WITH a, e, b
WHERE ($years IS NULL OR e.year IN $years)
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
RETURN a.id AS fromId, b.id AS toId, e.kind AS kind, e.year AS year, e.currency AS currency,
       sum(e.value) AS amount, count(e) AS edges
