// Prepayments and balances due from related parties, growing year over year.
// For each reporter and related party, the balance the party owes the reporter (due_from: a
// receivable, a prepayment, a loan) at consecutive year ends, kept where it grew by more than
// the chosen factor. Set nature to 'prepayment' to see prepayments alone, or null for all.
:param growth => 1.2;
:param nature => null;
MATCH (party:Entity)-[b:BALANCE {kind: 'due_from'}]->(reporter:Entity)
WHERE b.year IS NOT NULL AND b.value IS NOT NULL AND ($nature IS NULL OR b.nature = $nature)
WITH reporter, party, b.currency AS currency, b.year AS year, sum(b.value) AS balance, collect(DISTINCT b.nature) AS natures
ORDER BY year
WITH reporter, party, currency, collect({year: year, balance: balance, natures: natures}) AS series
UNWIND range(1, size(series) - 1) AS i
WITH reporter, party, currency, series[i - 1] AS before, series[i] AS after
WHERE after.year = before.year + 1 AND before.balance > 0 AND after.balance > before.balance * $growth
RETURN reporter.name AS reporter, party.name AS party, currency,
       before.year AS fromYear, before.balance AS fromBalance,
       after.year AS toYear, after.balance AS toBalance,
       round(100.0 * (after.balance - before.balance) / before.balance, 1) AS growthPercent,
       after.natures AS natures
ORDER BY growthPercent DESC
LIMIT 100;
