// Counterparties shared by two or more reporters.
// A named entity that several reporters' notes each name as a related party: the point where
// separate filers' webs join. Totals sum edges (never paths), per currency, so nothing is
// counted twice. Placeholders for unnamed or aggregate parties are left out.
:param minReporters => 2;
MATCH (reporter:Entity)-[e:TRANSACTION|BALANCE]-(party:Entity)
WHERE e.reportedBy = reporter.id AND party.placeholder IS NULL
WITH party, count(DISTINCT reporter) AS reporterCount, collect(DISTINCT reporter.name) AS reporters
WHERE reporterCount >= $minReporters
MATCH (party)-[e:TRANSACTION|BALANCE]-(:Entity)
WITH party, reporters, reporterCount, e.currency AS currency, sum(e.value) AS total, count(e) AS edges
RETURN party.name AS counterparty, party.type AS type, reporters, reporterCount,
       collect({currency: currency, total: total, edges: edges}) AS totals
ORDER BY reporterCount DESC, counterparty
LIMIT 100;
