// Write entities already merged with their stored versions. The type label follows the type
// property; labels come from this fixed list only, never from input.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasText = row.aliasText,
    e.searchText = row.searchText, e.nameKeyText = row.nameKeyText, e.isReporter = row.isReporter, e.cik = row.cik, e.lei = row.lei,
    e.jurisdiction = row.jurisdiction, e.placeholder = row.placeholder
REMOVE e:Company:Person:Group:Government:Other
FOREACH (_ IN CASE WHEN row.type = 'company' THEN [1] ELSE [] END | SET e:Company)
FOREACH (_ IN CASE WHEN row.type = 'person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE WHEN row.type = 'government' THEN [1] ELSE [] END | SET e:Government)
FOREACH (_ IN CASE WHEN row.type = 'other' THEN [1] ELSE [] END | SET e:Other)
RETURN count(e) AS written
