// The raw TRANSACTION and BALANCE edges in the order they were written, one page at a time (export).
MATCH (a:Entity)-[e:TRANSACTION|BALANCE]->(b:Entity)
WHERE e.seq > $afterSeq
RETURN e {.*, category: type(e), fromId: a.id, toId: b.id} AS edge
ORDER BY e.seq
LIMIT $take
