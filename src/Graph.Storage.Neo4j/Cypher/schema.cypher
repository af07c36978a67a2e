// The store's schema, applied on start. Every statement is idempotent (IF NOT EXISTS), so
// starting against an existing database changes nothing. Statements are separated by ';'.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT filing_id IF NOT EXISTS FOR (f:Filing) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON (e.searchText);
CREATE TEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON (e.nameKeyText);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE INDEX filing_reporter IF NOT EXISTS FOR (f:Filing) ON (f.reporterId);
CREATE INDEX transaction_id IF NOT EXISTS FOR ()-[r:TRANSACTION]-() ON (r.id);
CREATE INDEX transaction_kind IF NOT EXISTS FOR ()-[r:TRANSACTION]-() ON (r.kind);
CREATE INDEX transaction_year IF NOT EXISTS FOR ()-[r:TRANSACTION]-() ON (r.year);
CREATE INDEX transaction_filing IF NOT EXISTS FOR ()-[r:TRANSACTION]-() ON (r.filingId);
CREATE INDEX transaction_seq IF NOT EXISTS FOR ()-[r:TRANSACTION]-() ON (r.seq);
CREATE INDEX balance_id IF NOT EXISTS FOR ()-[r:BALANCE]-() ON (r.id);
CREATE INDEX balance_kind IF NOT EXISTS FOR ()-[r:BALANCE]-() ON (r.kind);
CREATE INDEX balance_year IF NOT EXISTS FOR ()-[r:BALANCE]-() ON (r.year);
CREATE INDEX balance_filing IF NOT EXISTS FOR ()-[r:BALANCE]-() ON (r.filingId);
CREATE INDEX balance_seq IF NOT EXISTS FOR ()-[r:BALANCE]-() ON (r.seq);
CREATE INDEX related_party_filing IF NOT EXISTS FOR ()-[r:RELATED_PARTY]-() ON (r.filingId);
CREATE INDEX same_as_id IF NOT EXISTS FOR ()-[r:SAME_AS]-() ON (r.id);
MERGE (m:GraphMeta {id: 'graph'}) ON CREATE SET m.seq = 0;
