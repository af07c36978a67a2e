// Money that flows out to a related party and comes back.
// A payment out of an entity (a purchase, a loan, a fee) followed, in the same year, by money
// flowing back to it from the same party, directly or through one or two intermediaries:
// circular flows worth a closer look. Edges point the way the money goes (payer -> payee).
:param minValue => 0;
MATCH p = (a:Entity)-[out:TRANSACTION]->(b:Entity)
          ((x:Entity)-[back:TRANSACTION]->(y:Entity)){1,3}
          (a)
WHERE out.value >= $minValue
  AND all(t IN back WHERE t.year = out.year AND t.value >= $minValue)
  AND a.isReporter
RETURN p, out.year AS year, out.kind AS outKind, out.value AS outValue,
       [t IN back | t.kind] AS backKinds, [t IN back | t.value] AS backValues
ORDER BY out.value DESC
LIMIT 50;
