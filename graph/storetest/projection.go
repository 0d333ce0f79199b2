package storetest

import (
	"net/http"
	"sort"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
)

// projectionRoot is a root field a projection answers: the type of its
// nodes and what to write around their selection.
type projectionRoot struct{ typ, open, close string }

// projectionLists are the lists and connections a projection answers, the
// ways into the graph wayTo takes; projectionLookups the lookups.
var (
	projectionLists = []projectionRoot{
		{"Country", `countries {`, `}`},
		{"QualificationFramework", `frameworks {`, `}`},
		{"Arrangement", `arrangements(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {`, `} } }`},
		{"Qualification", `qualifications(first: 100) { totalCount edges { node {`, `} } }`},
		{"Occupation", `occupations(first: 100) { edges { node {`, `} } }`},
		{"CompetencyStandard", `competencyStandards(first: 100) { edges { node {`, `} } }`},
		{"Authority", `authorities(first: 100) { edges { node {`, `} } }`},
	}
	projectionLookups = []projectionRoot{
		{"Country", `country(code: "PH") {`, `}`},
		{"QualificationFramework", `framework(code: "PQF") {`, `}`},
		{"Occupation", `occupation(iscoCode: "2221") {`, `}`},
	}
)

// RunProjection holds projections (graph/project.go) to the executor's
// answers field by field: for every root field a projection answers, every
// field of its nodes read from a property; and for every field a
// projection follows to linked nodes, on the shortest way to it from a
// root, every such field of the nodes it reaches. Each question must be
// answered from a projection, with the same bytes as the executor's. The
// benchmarks' nested reads must be too. For a store that projects.
func RunProjection(t *testing.T, store graph.Store) {
	if _, ok := store.(graph.Projector); !ok {
		t.Fatalf("%T answers no projection", store)
	}
	both, last := observed(store)
	executor := api.New(store, harnessLimits(), discard, api.WithLoaderWait(LoaderWait), api.WithExecutorOnly())
	ask := func(h http.Handler, query string) []byte { return post(h, query, nil).Body.Bytes() }

	qs := append(projectionQuestions(t), directQueries[:2]...)
	for _, q := range qs {
		got := ask(both, q)
		p := last().Projected
		want := ask(executor, q)
		if hasErrors(want) {
			t.Errorf("the executor answers with errors: %s\n%s", clipped(want), q)
			continue
		}
		if p != 1 {
			t.Errorf("answered from %d projections, want 1: %s", p, q)
		}
		if !sameAnswer(got, want) {
			t.Errorf("%s\nthe projection answers\n%s\nthe executor\n%s", q, clipped(got), clipped(want))
		}
	}
	t.Logf("%d questions answered from projections as the executor answers them", len(qs))
}

// projectionQuestions returns the questions RunProjection asks.
func projectionQuestions(t *testing.T) []string {
	var qs []string
	for _, r := range append(append([]projectionRoot{}, projectionLists...), projectionLookups...) {
		qs = append(qs, "{ "+r.open+" "+scalarsOf(r.typ)+" sources { id } "+r.close+" }")
	}
	for _, typ := range graph.ProjectedTypes() {
		for _, field := range graph.ProjectedLinkFields(typ) {
			way := wayTo(typ)
			if way == "" {
				t.Errorf("no root field leads to %s.%s", typ, field)
				continue
			}
			inner := "id " + field + " { " + scalarsOf(graph.LinkTarget(typ, field)) + " }"
			qs = append(qs, strings.Replace(way, "@", inner, 1))
		}
	}
	return qs
}

// scalarsOf selects every field of typ a projection reads from a property,
// and its __typename.
func scalarsOf(typ string) string {
	return "__typename " + strings.Join(graph.ProjectedScalarFields(typ), " ")
}

// wayTo returns the shortest question that reaches nodes of typ from a
// root through links, with @ where their selection goes; "" when none.
func wayTo(typ string) string {
	type at struct{ typ, q string }
	var queue []at
	seen := map[string]bool{}
	for _, r := range projectionLists {
		if !seen[r.typ] {
			seen[r.typ] = true
			queue = append(queue, at{r.typ, "{ " + r.open + " @ " + r.close + " }"})
		}
	}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur.typ == typ {
			return cur.q
		}
		fields := graph.ProjectedLinkFields(cur.typ)
		sort.Strings(fields)
		for _, f := range fields {
			next := graph.LinkTarget(cur.typ, f)
			if !seen[next] {
				seen[next] = true
				queue = append(queue, at{next, strings.Replace(cur.q, "@", "id "+f+" { @ }", 1)})
			}
		}
	}
	return ""
}

// WithoutProjections returns store with the methods of a graph.Store alone:
// every root field is then answered through its resolvers, as a selection
// no projection covers is.
func WithoutProjections(store graph.Store) graph.Store {
	return struct{ graph.Store }{store}
}
