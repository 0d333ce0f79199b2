package neo4jstore

import (
	"fmt"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Neo4j returns a link's nodes in no order, once per relationship: they
// are put in the order every store gives (by ID; levels by level, a
// missing one last, then ID), each once.
func TestOrderProjected(t *testing.T) {
	node := func(id string, level any) any { return []any{id, nil, level} }
	for _, c := range []struct {
		name  string
		lk    model.ProjectedLink
		nodes []any
		want  string
	}{
		{"by ID, each once", model.ProjectedLink{Props: []string{"title"}},
			[]any{node("c", "x"), node("a", "y"), node("c", "x"), node("b", nil), node("a", "y")}, "[a b c]"},
		{"by level, then ID, a missing level last", model.ProjectedLink{ByLevel: true, Props: []string{"level"}},
			[]any{node("l:9", nil), node("l:2b", int64(2)), node("l:3", float64(3)), node("l:2a", int64(2)), node("l:1", int64(1)), node("l:2a", int64(2))},
			"[l:1 l:2a l:2b l:3 l:9]"},
		{"in order already", model.ProjectedLink{Props: []string{"title"}},
			[]any{node("a", "y"), node("b", nil), node("c", "x")}, "[a b c]"},
		{"in order but a repeat", model.ProjectedLink{Props: []string{"title"}},
			[]any{node("a", "y"), node("b", nil), node("b", nil), node("c", "x")}, "[a b c]"},
		{"levels in order, a missing one last", model.ProjectedLink{ByLevel: true, Props: []string{"level"}},
			[]any{node("l:1", int64(1)), node("l:2", int64(2)), node("l:0", nil)}, "[l:1 l:2 l:0]"},
		{"one", model.ProjectedLink{}, []any{node("a", nil)}, "[a]"},
		{"none", model.ProjectedLink{}, []any{}, "[]"},
	} {
		got := orderProjected(c.nodes, c.lk)
		ids := make([]string, len(got))
		for i, n := range got {
			ids[i] = n.([]any)[model.ProjectedID].(string)
		}
		if s := fmt.Sprint(ids); s != c.want {
			t.Errorf("%s: %s, want %s", c.name, s, c.want)
		}
	}
}
