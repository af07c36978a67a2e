// Undo merges: the judgement with this id, or every active judgement that merged this entity away.
MATCH (a:Entity)-[s:SAME_AS]->(:Entity)
WHERE s.active AND (s.id = $key OR a.id = $key)
SET s.active = false, s.undoneAt = $at
RETURN count(s) AS undone
