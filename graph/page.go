package graph

import (
	"context"
	"encoding/base64"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// This file answers the list queries: whole lists, and connections paged
// by opaque cursors.

const cursorPrefix = "cursor:"

// cursor returns the opaque cursor of a record in a connection.
func cursor(id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + id))
}

// after decodes a cursor given by a user.
func after(c *string) (string, error) {
	if c == nil || *c == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", BadInput("after: %q is not a cursor of this API; pass pageInfo.endCursor of the previous page", *c)
	}
	return strings.TrimPrefix(string(b), cursorPrefix), nil
}

// connection answers a connection field: one page of the records of kind
// that meet f's conditions, as edges made by edge, with the page's info and
// the total that meet them.
func connection[T model.Node, E any](ctx context.Context, r *Resolver, kind string, f *filters, first *int, afterCursor *string, edge func(cursor string, node T) E) ([]E, *model.PageInfo, int, error) {
	if f.err != nil {
		return nil, nil, 0, f.err
	}
	n, err := ListFirst.Check("first", first)
	if err != nil {
		return nil, nil, 0, err
	}
	a, err := after(afterCursor)
	if err != nil {
		return nil, nil, 0, err
	}
	switch k := model.KindOf(a); {
	case a == "" || k == kind:
	case k == "":
		return nil, nil, 0, BadInput("after: %q is not a cursor of this API; pass pageInfo.endCursor of the previous page", *afterCursor)
	default:
		return nil, nil, 0, BadInput("after: this cursor is of a list of %s, not of %s; pass pageInfo.endCursor of this list's previous page", k, kind)
	}
	p, err := r.list(ctx, model.ListQuery{Kind: kind, Conds: f.conds, After: a, Limit: n + 1})
	if err != nil {
		return nil, nil, 0, err
	}
	more := len(p.Records) > n
	if more {
		p.Records = p.Records[:n]
	}
	edges := make([]E, 0, len(p.Records))
	for _, rec := range p.Records {
		node, err := model.As[T](rec)
		if err != nil {
			return nil, nil, 0, err
		}
		edges = append(edges, edge(cursor(rec.ID), node))
	}
	return edges, pageInfo(p.Records, more, afterCursor), p.Total, nil
}

// pageInfo describes a page of recs asked for after afterCursor: items
// precede it exactly when it was asked for after a cursor (Relay).
func pageInfo(recs []*model.Record, more bool, afterCursor *string) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: more, HasPreviousPage: afterCursor != nil && *afterCursor != ""}
	if len(recs) > 0 {
		start, end := cursor(recs[0].ID), cursor(recs[len(recs)-1].ID)
		pi.StartCursor, pi.EndCursor = &start, &end
	}
	return pi
}

// all answers a list field: every record of kind that meets f's
// conditions, as T.
func all[T model.Node](ctx context.Context, r *Resolver, kind string, f *filters) ([]T, error) {
	if f.err != nil {
		return nil, f.err
	}
	p, err := r.list(ctx, model.ListQuery{Kind: kind, Conds: f.conds, Limit: -1})
	if err != nil {
		return nil, err
	}
	return mapAll[T](p.Records)
}
