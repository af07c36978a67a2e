// How many filings a listing covers.
MATCH (f:Filing)-[:FILED_BY]->(r:Entity)
WHERE $reporters IS NULL OR r.id IN $reporters
RETURN count(f) AS total
