namespace Graph.Storage.Sqlite.Schema;

/// <summary>One schema step; applied in version order, each in its own transaction, recorded in schema_migrations.</summary>
internal sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// The schema, as the ordered list of steps that build it. Never edit a released step: add one.
/// Entities, filings and edges carry an integer key (n) beside their text id so that edge
/// rows and their indexes stay small and traversal joins on integers.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "initial graph schema", """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta (key, value) VALUES ('graph_version', '0');

            CREATE TABLE entities (
                n INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                aliases TEXT NOT NULL DEFAULT '[]',
                is_reporter INTEGER NOT NULL DEFAULT 0,
                cik TEXT,
                lei TEXT,
                jurisdiction TEXT,
                placeholder TEXT,
                search TEXT NOT NULL
            );
            CREATE INDEX ix_entities_sort ON entities (lower(name), id);

            CREATE TABLE filings (
                n INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                reporter_n INTEGER NOT NULL,
                form TEXT,
                fiscal_year INTEGER,
                period_end TEXT,
                source TEXT,
                content_hash TEXT,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX ix_filings_reporter ON filings (reporter_n);

            CREATE TABLE edges (
                n INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                category INTEGER NOT NULL,
                kind TEXT NOT NULL,
                from_n INTEGER NOT NULL,
                to_n INTEGER NOT NULL,
                year INTEGER,
                as_of TEXT,
                period TEXT,
                amount REAL,
                currency TEXT,
                scale REAL,
                value REAL,
                description TEXT,
                nature TEXT,
                reported_by_n INTEGER NOT NULL,
                filing_n INTEGER NOT NULL,
                ev_start INTEGER,
                ev_end INTEGER,
                quote TEXT
            );
            CREATE INDEX ix_edges_from ON edges (from_n);
            CREATE INDEX ix_edges_to ON edges (to_n);
            CREATE INDEX ix_edges_filing ON edges (filing_n);

            CREATE TABLE related_parties (
                filing_n INTEGER NOT NULL,
                party_n INTEGER NOT NULL,
                reporter_n INTEGER NOT NULL,
                relationship TEXT,
                PRIMARY KEY (filing_n, party_n)
            ) WITHOUT ROWID;
            CREATE INDEX ix_related_party ON related_parties (party_n);
            CREATE INDEX ix_related_reporter ON related_parties (reporter_n);

            CREATE TABLE same_as (
                n INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                entity_n INTEGER NOT NULL,
                target_n INTEGER NOT NULL,
                method TEXT NOT NULL,
                score REAL NOT NULL,
                by TEXT NOT NULL,
                at TEXT NOT NULL,
                reason TEXT,
                active INTEGER NOT NULL DEFAULT 1,
                undone_at TEXT
            );
            CREATE INDEX ix_same_as_entity ON same_as (entity_n);
            CREATE INDEX ix_same_as_target ON same_as (target_n);

            -- Derived from the active same_as links: every merged-away entity and its cluster's canonical entity.
            CREATE TABLE canonical (
                entity_n INTEGER PRIMARY KEY,
                canonical_n INTEGER NOT NULL
            );
            CREATE INDEX ix_canonical_of ON canonical (canonical_n);
            """),
        // A filing's edges are written in one transaction, so their keys form one run: the
        // filing row keeps the run's ends and replacing a filing deletes a key range. That
        // spares every edge insert a third index.
        new(2, "filing edge ranges instead of an edge index by filing", """
            ALTER TABLE filings ADD COLUMN edge_first INTEGER;
            ALTER TABLE filings ADD COLUMN edge_last INTEGER;
            UPDATE filings SET
                edge_first = (SELECT MIN(n) FROM edges WHERE filing_n = filings.n),
                edge_last = (SELECT MAX(n) FROM edges WHERE filing_n = filings.n);
            DROP INDEX ix_edges_filing;
            """),
        // Matching keys (EntityIds.NormalizeName, registered as name_key) of names and aliases:
        // the alias match at ingest looks entities up by key instead of scanning them. A key whose
        // id (EntityIds.ForKey, registered as id_for_key) is the entity's own needs no row: the
        // id finds it. That is the name of every entity ingest builds, so rows are mostly aliases.
        // Rows are removed by key, computed from the entity's old names, so no index by entity.
        new(3, "entity name keys", """
            CREATE TABLE entity_keys (
                key TEXT NOT NULL,
                entity_n INTEGER NOT NULL,
                PRIMARY KEY (key, entity_n)
            ) WITHOUT ROWID;
            INSERT OR IGNORE INTO entity_keys (key, entity_n)
                SELECT k, n FROM (
                    SELECT name_key(name) AS k, n, id FROM entities
                    UNION ALL
                    SELECT name_key(a.value), e.n, e.id FROM entities e, json_each(e.aliases) a)
                WHERE k <> '' AND id_for_key(k) <> id;
            """),
    ];
}
