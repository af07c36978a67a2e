// Ids of entities with a name or alias whose matching key is one of $needles (each key with a
// line break at both ends, as nameKeyText holds it). The CONTAINS seek uses the text index on
// nameKeyText.
UNWIND $needles AS needle
MATCH (e:Entity) WHERE e.nameKeyText CONTAINS needle
RETURN DISTINCT e.id AS id
