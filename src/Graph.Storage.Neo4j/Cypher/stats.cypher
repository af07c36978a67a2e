// Counts for the stats command. Entities merged away (the source of an active SAME_AS whose
// cluster resolves elsewhere) are excluded by the caller through $mergedAway.
MATCH (e:Entity)
WHERE NOT e.id IN $mergedAway
WITH e.type AS type, count(*) AS n
ORDER BY type
WITH collect([type, n]) AS byType
CALL () { MATCH (f:Filing) RETURN count(f) AS filings }
CALL () { MATCH ()-[r:TRANSACTION]->() RETURN count(r) AS transactions }
CALL () { MATCH ()-[r:BALANCE]->() RETURN count(r) AS balances }
CALL () { MATCH ()-[r:RELATED_PARTY]->() RETURN count(r) AS relatedParties }
CALL () { MATCH ()-[s:SAME_AS]->() WHERE s.active RETURN count(s) AS sameAs }
RETURN byType, filings, transactions, balances, relatedParties, sameAs
