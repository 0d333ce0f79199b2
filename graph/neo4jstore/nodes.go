package neo4jstore

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// nodesCypher returns the nodes with the given IDs (absent IDs give no row).
const nodesCypher = `
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n`

// Nodes returns the records with these IDs, aligned with ids; nil where no
// record has the ID. One query whatever the number of IDs.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	out := make([]*model.Record, len(ids))
	if len(ids) == 0 {
		return out, ctx.Err()
	}
	recs, err := s.read(ctx, "nodes", nodesCypher, map[string]any{"ids": uniq(ids)})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*model.Record, len(recs))
	for _, rec := range recs {
		n, _ := rec.Get("n")
		r, err := toRecord(n)
		if err != nil {
			return nil, err
		}
		byID[r.ID] = r
	}
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out, nil
}
