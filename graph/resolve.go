package graph

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// This file maps what the store holds to the API's types, through the
// operation's loaders: a node, the nodes linked to it, the rows its links
// make, its sources.

// one returns the node with the ID as T, or nil when absent.
func one[T model.Node](ctx context.Context, l *Loaders, id string) (T, error) {
	var zero T
	if id == "" {
		return zero, nil
	}
	rec, err := l.Node(ctx, id)
	if err != nil {
		return zero, err
	}
	return model.As[T](rec)
}

// linked returns the nodes at the other end of the node's rel
// relationships, each once.
func linked[T model.Node](ctx context.Context, l *Loaders, id, rel string, dir model.Direction) ([]T, error) {
	seen := map[string]bool{}
	return rows(ctx, l, id, rel, dir, func(lk model.Link, n T) (T, bool) {
		if seen[lk.Node.ID] {
			return n, false
		}
		seen[lk.Node.ID] = true
		return n, true
	})
}

// rows maps the node's rel relationships to rows: row gets each link and
// the node at its other end as T, and says whether to keep what it made.
func rows[T model.Node, R any](ctx context.Context, l *Loaders, id, rel string, dir model.Direction, row func(model.Link, T) (R, bool)) ([]R, error) {
	links, err := l.Links(ctx, id, rel, dir)
	if err != nil {
		return nil, err
	}
	out := make([]R, 0, len(links))
	for _, lk := range links {
		n, err := model.As[T](lk.Node)
		if err != nil {
			return nil, err
		}
		if r, keep := row(lk, n); keep {
			out = append(out, r)
		}
	}
	return out, nil
}

// edgeRows is rows for a row made of the edge and the other node alone.
func edgeRows[T model.Node, R any](ctx context.Context, l *Loaders, id, rel string, dir model.Direction, row func(model.Edge, T) R) ([]R, error) {
	return rows(ctx, l, id, rel, dir, func(lk model.Link, n T) (R, bool) { return row(lk.Edge, n), true })
}

// nullIfNone answers null for a list with no rows: where rows are loaded
// for a country only when its lists are covered, none means not covered,
// not an empty list.
func nullIfNone[R any](out []R, err error) ([]R, error) {
	if err != nil || len(out) == 0 {
		return nil, err
	}
	return out, nil
}

// nodes maps records to API nodes, skipping none.
func nodes(recs []*model.Record) ([]model.Node, error) {
	return mapAll[model.Node](recs)
}

// mapAll maps records to the API type T.
func mapAll[T model.Node](recs []*model.Record) ([]T, error) {
	out := make([]T, 0, len(recs))
	for _, rec := range recs {
		t, err := model.As[T](rec)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// citedBy returns the sources a node cites.
func (r *Resolver) citedBy(ctx context.Context, id string) ([]*model.Source, error) {
	return linked[*model.Source](ctx, r.loaders(ctx), id, model.RelCites, model.Out)
}

// sourcesByID returns the sources with these IDs, in order, skipping any
// that do not exist.
func (r *Resolver) sourcesByID(ctx context.Context, ids []string) ([]*model.Source, error) {
	recs, err := r.loaders(ctx).Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Source, 0, len(recs))
	for _, rec := range recs {
		if rec == nil {
			continue
		}
		s, err := model.As[*model.Source](rec)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// levelReferences returns a level's REFERENCED_TO relationships one way.
func (r *Resolver) levelReferences(ctx context.Context, id string, dir model.Direction) ([]*model.LevelReference, error) {
	return edgeRows(ctx, r.loaders(ctx), id, model.RelReferencedTo, dir, model.LevelReferenceFrom)
}
