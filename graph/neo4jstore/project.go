package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Project reads the nodes of the kind with the IDs (the properties props
// of each) and everything the projection reads below them, in one query:
// Neo4j returns each node as a list laid out as model.ProjectedNode says,
// nested as the answer is, so that it can be written without building a
// record or an API object per node. The answer is aligned with ids; a node
// that does not exist (or is of another kind) has no record.
func (s *Store) Project(ctx context.Context, kind string, ids []string, props []string, tree model.Projection) ([]model.Projected, error) {
	if !kindLabels[kind] {
		return make([]model.Projected, len(ids)), ctx.Err()
	}
	root, err := projectedNode("n", kind, props, tree.Links, new(int))
	if err != nil {
		return nil, err
	}
	query := "MATCH (n:" + kind + ") WHERE n.id IN $ids\nRETURN collect(" + root + ") AS roots"
	recs, err := s.readNoting(ctx, fmt.Sprintf("project %d links", len(tree.Links)), query, map[string]any{"ids": uniq(ids)})
	if err != nil {
		return nil, err
	}
	roots, err := readRoots(ctx, recs, "roots", kind, props, tree)
	if err != nil {
		return nil, err
	}
	found := make(map[string]model.Projected, len(roots))
	for _, p := range roots {
		found[p.Record.ID] = p
	}
	out := make([]model.Projected, len(ids))
	for i, id := range ids {
		out[i] = found[id]
	}
	return out, nil
}

// ListProject answers q as List does and, in the same query, the
// projection below each record of the page: its links, aligned with the
// page's records. q.Props must be set.
func (s *Store) ListProject(ctx context.Context, q model.ListQuery, tree model.Projection) (model.Page, [][]any, error) {
	if !kindLabels[q.Kind] || q.Props == nil {
		p, err := s.List(ctx, q)
		return p, make([][]any, len(p.Records)), err
	}
	root, err := projectedNode("n", q.Kind, q.Props, tree.Links, new(int))
	if err != nil {
		return model.Page{}, nil, err
	}
	query, params := listStatement(q, root)
	recs, err := s.readNoting(ctx, fmt.Sprintf("list %s and project %d links", q.Kind, len(tree.Links)), query, params)
	if err != nil {
		return model.Page{}, nil, err
	}
	roots, err := readRoots(ctx, recs, "page", q.Kind, q.Props, tree)
	if err != nil {
		return model.Page{}, nil, err
	}
	total, err := get[int64](recs[0], "total")
	if err != nil {
		return model.Page{}, nil, err
	}
	page := model.Page{Total: int(total), Records: make([]*model.Record, len(roots))}
	links := make([][]any, len(roots))
	for i, p := range roots {
		page.Records[i], links[i] = p.Record, p.Links
	}
	return page, links, nil
}

// readRoots reads the root nodes a projection's one result row holds in
// the column col.
func readRoots(ctx context.Context, recs []*neo4j.Record, col, kind string, props []string, tree model.Projection) ([]model.Projected, error) {
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4jstore: project: %d result rows, want 1", len(recs))
	}
	vals, err := get[[]any](recs[0], col)
	if err != nil {
		return nil, err
	}
	out := make([]model.Projected, len(vals))
	for i, v := range vals {
		if out[i], err = readProjected(ctx, v, kind, props, tree); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readProjected reads one root node's value: its record (the head, as
// projection lays it out) and its links, noting the dataset version of
// every node in them.
func readProjected(ctx context.Context, v any, kind string, props []string, tree model.Projection) (model.Projected, error) {
	l, _ := v.([]any)
	head := model.ProjectedProps + len(props)
	if len(l) != head+len(tree.Links) {
		return model.Projected{}, fmt.Errorf("neo4jstore: project: expected a root of %d values, got %T", head+len(tree.Links), v)
	}
	r, err := fromProjection(ctx, l[:head], kind, props)
	if err != nil {
		return model.Projected{}, err
	}
	var seen versionsOf
	for i, lk := range tree.Links {
		sorted, err := seen.walk(l[head+i], lk)
		if err != nil {
			return model.Projected{}, err
		}
		l[head+i] = sorted
	}
	seen.note(ctx)
	return model.Projected{Record: r, Links: l[head:]}, nil
}

// versionsOf gathers the dataset versions of projected nodes: the first
// and, if any differs, another, or that a node was of a version other than
// the one the read expected.
type versionsOf struct {
	first, other string
	otherAny     bool
}

// walk checks that v is a list of node values laid out for lk, puts them
// in lk's order without repeats, and notes their versions, and those of
// the nodes below them. It returns the list.
func (s *versionsOf) walk(v any, lk model.ProjectedLink) ([]any, error) {
	nodes, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: project %s: expected a list, got %T", lk.Rel, v)
	}
	width := model.ProjectedProps + len(lk.Props) + len(lk.Links)
	for _, n := range nodes {
		l, ok := n.([]any)
		if !ok || len(l) != width {
			return nil, fmt.Errorf("neo4jstore: project %s: expected a node of %d values, got %T", lk.Rel, width, n)
		}
		if _, ok := l[model.ProjectedID].(string); !ok {
			return nil, fmt.Errorf("neo4jstore: project %s: a node without a string ID", lk.Rel)
		}
	}
	nodes = orderProjected(nodes, lk)
	for _, n := range nodes {
		l := n.([]any)
		switch ver, ok := l[model.ProjectedVersion].(string); {
		case !ok:
			s.otherAny = true // not of the expected version (versionMark)
		case ver != s.first && s.first == "":
			s.first = ver
		case ver != s.first:
			s.other = ver
		}
		for i, sub := range lk.Links {
			at := model.ProjectedProps + len(lk.Props) + i
			sorted, err := s.walk(l[at], sub)
			if err != nil {
				return nil, err
			}
			l[at] = sorted
		}
	}
	return nodes, nil
}

// orderProjected puts node values in the order of lk (model.ProjectedLink:
// by ID, or by level, a missing one last, then ID) and drops repeats of a
// node.
func orderProjected(nodes []any, lk model.ProjectedLink) []any {
	id := func(x any) string { return x.([]any)[model.ProjectedID].(string) }
	level := -1
	if lk.ByLevel {
		level = model.ProjectedProps + slices.Index(lk.Props, "level")
	}
	slices.SortFunc(nodes, func(a, b any) int {
		if level >= model.ProjectedProps {
			x, okX := levelOf(a.([]any)[level])
			y, okY := levelOf(b.([]any)[level])
			switch {
			case okX != okY && okX:
				return -1
			case okX != okY:
				return 1
			case x != y:
				return cmp.Compare(x, y)
			}
		}
		return cmp.Compare(id(a), id(b))
	})
	return slices.CompactFunc(nodes, func(a, b any) bool { return id(a) == id(b) })
}

func (s *versionsOf) note(ctx context.Context) {
	noteVersion(ctx, s.first)
	noteVersion(ctx, s.other)
	if s.otherAny {
		noteOtherVersion(ctx)
	}
}

// projectedNode returns the expression of node variable v's value: the
// head projection writes (its ID, its version mark, the properties props),
// then one pattern comprehension per link, in no order and with a node
// once per relationship to it: walk orders them and drops repeats, which
// costs Neo4j less done here (a sort and a distinct per list in the query
// cost it a quarter more CPU on the nested read).
// Names in the text come from the whitelists (relationship types, kinds,
// property names); n numbers the variables of the comprehensions.
func projectedNode(v, kind string, props []string, links []model.ProjectedLink, n *int) (string, error) {
	head, err := projection(v, kind, props)
	if err != nil {
		return "", err
	}
	if len(links) == 0 {
		return head, nil
	}
	parts := []string{strings.TrimSuffix(head, "]")}
	for _, lk := range links {
		if !model.IsRelation(lk.Rel) || !kindLabels[lk.Kind] {
			return "", fmt.Errorf("neo4jstore: project: unknown relationship %q or kind %q", lk.Rel, lk.Kind)
		}
		*n++
		m := fmt.Sprintf("m%d", *n)
		sub, err := projectedNode(m, lk.Kind, lk.Props, lk.Links, n)
		if err != nil {
			return "", err
		}
		arrow := "-[:`" + lk.Rel + "`]->"
		if lk.Dir == model.In {
			arrow = "<-[:`" + lk.Rel + "`]-"
		}
		parts = append(parts, fmt.Sprintf("[(%s)%s(%s:`%s`) | %s]", v, arrow, m, lk.Kind, sub))
	}
	return strings.Join(parts, ", ") + "]", nil
}

// levelOf reads a level as model.Record.Int does.
func levelOf(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case float64:
		return int64(n), true
	}
	return 0, false
}
