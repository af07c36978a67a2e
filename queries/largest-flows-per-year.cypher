// The largest flows per year.
// The biggest single related-party flows of each year and currency (value = amount x scale,
// in currency units), with who paid whom, what for and whose filing states it.
:param top => 10;
MATCH (payer:Entity)-[t:TRANSACTION]->(payee:Entity)
WHERE t.value IS NOT NULL AND t.year IS NOT NULL
WITH t.year AS year, t.currency AS currency, payer, payee, t
ORDER BY t.value DESC
WITH year, currency,
     collect({payer: payer.name, payee: payee.name, kind: t.kind, value: t.value,
              description: t.description, reportedBy: t.reportedBy, filing: t.filingId})[..$top] AS largest
UNWIND largest AS flow
RETURN year, currency, flow.payer AS payer, flow.payee AS payee, flow.kind AS kind, flow.value AS value,
       flow.description AS description, flow.reportedBy AS reportedBy, flow.filing AS filing
ORDER BY year DESC, currency, value DESC;
