// A page of every TRANSACTION and BALANCE edge, filtered, in DESC order of the sort field, after the keyset cursor
// (sort key, id). Unknown values sort lowest so that keyset comparisons never meet a null. The
// sort field is a parameter from a fixed set: amount, kind or year.
MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
WHERE true
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($yearFrom IS NULL OR e.year >= $yearFrom)
  AND ($yearTo IS NULL OR e.year <= $yearTo)
  AND ($minAmount IS NULL OR e.value >= $minAmount)
  AND ($maxAmount IS NULL OR e.value <= $maxAmount)
  AND ($currencies IS NULL OR e.currency IN $currencies)
  AND ($reporters IS NULL OR e.reportedBy IN $reporters)
WITH a, e, b,
     CASE $orderField
       WHEN 'amount' THEN coalesce(e.value, -1.0e308)
       WHEN 'kind' THEN e.kind
       ELSE coalesce(e.year, -2147483648)
     END AS key
WHERE $afterId IS NULL OR key < $afterKey OR (key = $afterKey AND e.id < $afterId)
RETURN e {.*, category: type(e), fromId: a.id, toId: b.id} AS edge, key
ORDER BY key DESC, e.id DESC
LIMIT $take
