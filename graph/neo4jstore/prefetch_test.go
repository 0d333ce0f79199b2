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
			`{ arrangements { id parties { code } sources { title } } }`, 1},
		{"a connection, through edges and node",
			`{ qualifications(first: 50) { edges { node { id level { id framework { code } } occupations { iscoCode } } } } }`, 1},
		{"a lookup by code, three levels deep: one query",
			`{ country(code: "PH") { name frameworks { code levels { level qualifications { id sources { title } } } } } }`, 1},
		{"a node by ID, through an inline fragment: one query",
			`{ node(id: "arrangement:asean-mra-accountancy") { id ... on Arrangement { parties { code } occupations { iscoCode } sources { title } } } }`, 1},
		{"a filtered list: its filter's code is checked first",
			`{ arrangements(filter: {party: "PH"}) { id parties { code } } }`, 2},
		{"two root fields: one query each",
			`{ countries { frameworks { code } } arrangements { parties { code } } }`, 2},
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
