// Export script: the store numbers new edges after the highest sequence number written.
MERGE (m:GraphMeta {id: 'graph'})
SET m.seq = CASE WHEN coalesce(m.seq, 0) > $seq THEN m.seq ELSE $seq END
