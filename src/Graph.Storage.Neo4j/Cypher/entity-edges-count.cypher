// How many of the TRANSACTION and BALANCE edges touching one cluster ($members: an index seek on each end) match the filter: the total of an edge listing.
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
WHERE true
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
RETURN count(e) AS total
