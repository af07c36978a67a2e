// How many canonical entities a listing covers (the total of its pages).
MATCH (e:Entity)
WHERE NOT e.id IN $mergedAway AND ($type IS NULL OR e.type = $type)
RETURN count(e) AS total
