// First statement of a filing's transaction. Updating the one GraphMeta node takes its write
// lock, so concurrent ingests queue here, and reserves a block of sequence numbers: edges and
// links keep the order they were written in, which traversals use to break ties.
MERGE (m:GraphMeta {id: 'graph'})
ON CREATE SET m.seq = 0
SET m.seq = m.seq + $reserve
WITH m
OPTIONAL MATCH (f:Filing {id: $filingId})
RETURN m.seq - $reserve AS base, f IS NOT NULL AS known, f.contentHash AS contentHash
