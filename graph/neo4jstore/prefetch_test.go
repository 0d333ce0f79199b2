package neo4jstore

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
)

// A read request costs a fixed number of Neo4j round trips whatever its
// nesting: its root field's selection is compiled into one traversal that
// primes the loaders (graph/prefetch.go), read in the same query as the
// list or the lookup it sets out from. The answers are the embedded
// store's (TestBehaviour).
func TestRoundTripsPerRequest(t *testing.T) {
	neo4jStore(t) // skip or fail as the other Neo4j tests do
	var queries atomic.Int64
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	count := func(q string, _ time.Duration, _ error) {
		if q != dataVersionCypher { // read once per process, not per request
			queries.Add(1)
		}
	}
	s, err := Open(ctx, ConfigFromEnv(os.Getenv), WithQueryObserver(count))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	h := storetest.Handler(s) // the server's batch window: a prefetched field never waits on it
	for _, c := range []struct {
		name, query string
		want        int64
	}{
		{"a list four levels deep: one query",
			`{ countries { code frameworks { code levels { level qualifications { id } } } } }`, 1},
		{"arrangements with their parties and sources",
			`{ arrangements(first: 100) { edges { node { id parties { code } sources { title } } } } }`, 1},
		{"a connection, through edges and node",
			`{ qualifications(first: 50) { edges { node { id level { id framework { code } } occupations { iscoCode } } } } }`, 1},
		{"a lookup by code, three levels deep: one query",
			`{ country(code: "PH") { name frameworks { code levels { level qualifications { id sources { title } } } } } }`, 1},
		{"a node by ID, through an inline fragment: one query",
			`{ node(id: "arrangement:asean-mra-accountancy") { id ... on Arrangement { parties { code } occupations { iscoCode } sources { title } } } }`, 1},
		{"a filtered list: its filter's code is checked first",
			`{ arrangements(filter: {party: "PH"}) { edges { node { id parties { code } } } } }`, 2},
		{"two root fields: one query each",
			`{ countries { frameworks { code } } arrangements { edges { node { parties { code } } } } }`, 2},
		{"a search of one kind, with the fields of that kind",
			`{ search(text: "qualifications framework", kinds: [QUALIFICATION_FRAMEWORK], first: 100) { id ... on QualificationFramework { code name } } }`, 1},
		{"rows and the nodes they hold",
			`{ country(code: "SG") { inDemand { list occupation { iscoCode qualifications { id } } } restrictions { rule occupation { iscoCode } } } }`, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			queries.Store(0)
			r := storetest.Do(t, h, c.query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			if n := queries.Load(); n != c.want {
				t.Errorf("%d Neo4j round trips, want %d", n, c.want)
			}
		})
	}
}

// ListTraverse answers as List and, step by step, as Links: with filters,
// a page after a cursor, and steps from the page and from earlier steps.
func TestListTraverseSameAsListAndLinks(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	plan := []model.Step{
		{From: []int{-1}, Rel: model.RelParty, Dir: model.Out},
		{From: []int{-1}, Rel: model.RelCites, Dir: model.Out},
		{From: []int{0}, Rel: model.RelOfCountry, Dir: model.In},
		{From: []int{2}, Rel: model.RelHasLevel, Dir: model.Out},
	}
	for _, q := range []model.ListQuery{
		{Kind: model.KindArrangement, Limit: -1},
		{Kind: model.KindArrangement, Conds: []model.Cond{{Prop: model.PropCountries, Op: model.OpHas, Value: "PH"}}, Limit: -1},
		{Kind: model.KindArrangement, After: "arrangement:asean-mra-dental", Limit: 3},
		{Kind: model.KindArrangement, Conds: []model.Cond{{Prop: "type", Op: model.OpEq, Value: "NONE"}}, Limit: -1},
	} {
		page, tr, err := s.ListTraverse(ctx, q, plan)
		if err != nil {
			t.Fatal(err)
		}
		want, err := s.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		same(t, fmt.Sprintf("ListTraverse(%+v) page", q), want, page)
		for i, st := range tr.Steps {
			links, err := s.Links(ctx, st.From, plan[i].Rel, plan[i].Dir)
			if err != nil {
				t.Fatal(err)
			}
			for j, id := range st.From {
				got := st.Links[id]
				if got == nil {
					got = []model.Link{}
				}
				same(t, fmt.Sprintf("%+v step %d from %s", q, i, id), links[j], got)
			}
		}
		if len(page.Records) > 0 && len(tr.Steps[0].From) != len(page.Records) {
			t.Errorf("%+v: the first step sets out from %d nodes, want the page's %d", q, len(tr.Steps[0].From), len(page.Records))
		}
	}
}

// With Props and BareEdges a plan reads only the properties it names, and
// no relationship properties: the records are the whole ones cut down to
// those properties, with their IDs and kinds.
func TestListTraverseProjection(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	props := []string{"code", "level", "title"}
	plan := []model.Step{
		{From: []int{-1}, Rel: model.RelOfCountry, Dir: model.In, Props: props, BareEdges: true},
		{From: []int{0}, Rel: model.RelHasLevel, Dir: model.Out, Props: props, Kind: model.KindLevel}, // no labels read
	}
	q := model.ListQuery{Kind: model.KindCountry, Limit: -1}
	whole, err := s.List(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	q.Props = props
	page, tr, err := s.ListTraverse(ctx, q, plan)
	if err != nil {
		t.Fatal(err)
	}
	cut := func(r *model.Record) *model.Record {
		out := &model.Record{ID: r.ID, Kind: r.Kind, Props: map[string]any{}}
		for _, p := range props {
			if v, ok := r.Props[p]; ok {
				out.Props[p] = v
			}
		}
		return out
	}
	if len(page.Records) != len(whole.Records) {
		t.Fatalf("%d countries, want %d", len(page.Records), len(whole.Records))
	}
	for i, r := range page.Records {
		same(t, "page record "+r.ID, cut(whole.Records[i]), r)
	}
	levels := 0
	for i, st := range tr.Steps {
		links, err := s.Links(ctx, st.From, plan[i].Rel, plan[i].Dir)
		if err != nil {
			t.Fatal(err)
		}
		for j, id := range st.From {
			if len(st.Links[id]) != len(links[j]) {
				t.Fatalf("step %d from %s: %d links, want %d", i, id, len(st.Links[id]), len(links[j]))
			}
			for k, got := range st.Links[id] {
				want := links[j][k]
				want.Node = cut(want.Node)
				if plan[i].BareEdges {
					want.Edge.Props = map[string]any{}
				}
				same(t, fmt.Sprintf("step %d from %s link %d", i, id, k), want, got)
				if plan[i].Rel == model.RelHasLevel {
					levels++
				}
			}
		}
	}
	if levels == 0 {
		t.Fatal("no level read: the test reads nothing")
	}
}

// A property name goes into the query text only if it is a plain
// identifier.
func TestProjectionRefusesOtherNames(t *testing.T) {
	for _, p := range []string{"title`) DETACH DELETE (m", "a b", "", "1x", "x.y"} {
		if _, err := projection("m", model.KindQualification, []string{"title", p}); err == nil {
			t.Errorf("projection accepted the property name %q", p)
		}
	}
	got, err := projection("m", model.KindQualification, []string{"title", "level"})
	if err != nil || got != "[m.id, CASE WHEN m:`<dataset version>` THEN $datasetVersion END, m.title, m.level]" {
		t.Errorf("projection = %q, %v", got, err)
	}
}
