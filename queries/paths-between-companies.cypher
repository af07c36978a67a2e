// Paths between two companies.
// The shortest chains of related-party links between two entities (matched by name or alias,
// any case), in either direction, over flows, balances, stated relationships and SAME_AS
// merges, up to six hops: how two filers' webs connect.
:param from => 'alpha';
:param to => 'delta';
MATCH (a:Entity) WHERE a.searchText CONTAINS toLower($from)
MATCH (b:Entity) WHERE b.searchText CONTAINS toLower($to) AND b <> a
MATCH p = SHORTEST 5 (a)-[:TRANSACTION|BALANCE|RELATED_PARTY|SAME_AS]-{1,6}(b)
RETURN p, length(p) AS hops
ORDER BY hops
LIMIT 25;
