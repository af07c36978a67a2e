// A company's related-party web by year.
// Every counterparty of one company (matched by name or alias, any case) and each flow or
// balance between them in the chosen years, drawn as a graph: edges are captioned with kind,
// year and amount by queries/graph.grass. Entities merged by SAME_AS appear as separate nodes
// joined by a SAME_AS edge. Set the parameters, then run the query.
:param company => 'alpha';
:param fromYear => 2021;
:param toYear => 2024;
MATCH (c:Entity)
WHERE c.searchText CONTAINS toLower($company)
MATCH p = (c)-[r:TRANSACTION|BALANCE]-(other:Entity)
WHERE r.year >= $fromYear AND r.year <= $toYear
OPTIONAL MATCH same = (other)-[:SAME_AS]-(:Entity)
RETURN p, same
ORDER BY r.year DESC, r.value DESC
LIMIT 300;
