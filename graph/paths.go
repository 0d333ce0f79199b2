package graph

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// paths answers paths: the shortest connections between two nodes.
func (r *Resolver) paths(ctx context.Context, from, to string, maxHops *int, relations []model.RelationType, first *int) ([]*model.GraphPath, error) {
	hops, err := PathsHops.Check("maxHops", maxHops)
	if err != nil {
		return nil, err
	}
	n, err := PathsFirst.Check("first", first)
	if err != nil {
		return nil, err
	}
	ends := []struct{ arg, id string }{{"from", from}, {"to", to}}
	for _, e := range ends {
		if err := checkID(e.arg, e.id); err != nil {
			return nil, err
		}
	}
	found, err := r.loaders(ctx).Fetch(ctx, []string{from, to})
	if err != nil {
		return nil, err
	}
	for _, e := range ends {
		if found[e.id] == nil {
			return nil, BadInput("%s: no node has the ID %q (find IDs with `search`)", e.arg, e.id)
		}
	}
	rels := make([]string, len(relations))
	for i, rel := range relations {
		rels[i] = string(rel)
	}
	paths, err := r.Store.ShortestPaths(ctx, model.PathQuery{From: from, To: to, MaxHops: hops, Relations: rels, Limit: n})
	if err != nil {
		return nil, err
	}
	out := make([]*model.GraphPath, 0, len(paths))
	for _, p := range paths {
		gp := &model.GraphPath{Relations: make([]string, len(p.Edges)), Length: len(p.Edges)}
		if gp.Nodes, err = nodes(p.Nodes); err != nil {
			return nil, err
		}
		for i, e := range p.Edges {
			gp.Relations[i] = e.Type
		}
		out = append(out, gp)
	}
	return out, nil
}
