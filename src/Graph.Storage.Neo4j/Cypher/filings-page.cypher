// Filings newest fiscal year first (unknown years last), then by id, after the keyset cursor;
// optionally only those filed by one reporter's cluster.
MATCH (f:Filing)-[:FILED_BY]->(r:Entity)
WHERE $reporters IS NULL OR r.id IN $reporters
WITH f, r, coalesce(f.fiscalYear, -2147483648) AS year
WHERE $afterYear IS NULL OR year < $afterYear OR (year = $afterYear AND f.id > $afterId)
RETURN f.id AS id, r.id AS reporterId, f.form AS form, f.fiscalYear AS fiscalYear, f.periodEnd AS periodEnd,
       f.source AS source, f.contentHash AS contentHash, f.ingestedAt AS ingestedAt, year
ORDER BY year DESC, id ASC
LIMIT $take
