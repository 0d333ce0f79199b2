package memstore

import (
	"context"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Dump returns every node, by ID, and every relationship of the graph (for
// exports). Both are shared and read-only, as model.Record documents.
func (s *Store) Dump(ctx context.Context) ([]*model.Record, []model.Edge, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	nodes := make([]*model.Record, 0, len(s.nodes))
	for _, rs := range s.byKind {
		nodes = append(nodes, rs...)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].ID < nodes[j].ID })
	edges := make([]model.Edge, len(s.edges))
	copy(edges, s.edges)
	return nodes, edges, ctx.Err()
}
