// How many of every TRANSACTION and BALANCE edge match the filter: the total of an edge listing.
MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
WHERE true
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
RETURN count(e) AS total
