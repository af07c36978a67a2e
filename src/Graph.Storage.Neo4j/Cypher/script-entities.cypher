// Export script: one batch of entities. The exporter writes the rows as literals in place of
// $rows. The type label follows the type property, from this fixed list only.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row
REMOVE e:Company:Person:Group:Government:Other
FOREACH (_ IN CASE WHEN row.type = 'company' THEN [1] ELSE [] END | SET e:Company)
FOREACH (_ IN CASE WHEN row.type = 'person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE WHEN row.type = 'government' THEN [1] ELSE [] END | SET e:Government)
FOREACH (_ IN CASE WHEN row.type = 'other' THEN [1] ELSE [] END | SET e:Other)
