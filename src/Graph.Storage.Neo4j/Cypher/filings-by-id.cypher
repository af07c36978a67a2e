// Filings by id.
UNWIND $ids AS id
MATCH (f:Filing {id: id})-[:FILED_BY]->(r:Entity)
RETURN f.id AS id, r.id AS reporterId, f.form AS form, f.fiscalYear AS fiscalYear, f.periodEnd AS periodEnd,
       f.source AS source, f.contentHash AS contentHash, f.ingestedAt AS ingestedAt
