// The raw filings in id order, one keyset page at a time (export).
MATCH (f:Filing)-[:FILED_BY]->(r:Entity)
WHERE $afterId IS NULL OR f.id > $afterId
RETURN f.id AS id, r.id AS reporterId, f.form AS form, f.fiscalYear AS fiscalYear, f.periodEnd AS periodEnd,
       f.source AS source, f.contentHash AS contentHash, f.ingestedAt AS ingestedAt
ORDER BY id
LIMIT $take
