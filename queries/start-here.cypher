// Start here: a first picture of the related-party web.
// The 150 largest flows and balances with the entities at both ends. Drag a node to pull its
// neighbours apart, double-click it to expand; style with queries/graph.grass, then try the
// other files in this folder, one investigative question each.
MATCH p = (:Entity)-[r:TRANSACTION|BALANCE]->(:Entity)
RETURN p
ORDER BY r.value DESC
LIMIT 150;
