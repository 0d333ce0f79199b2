package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync/atomic"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// traversing is the embedded store offering Traverse, followed step by step
// through its own Links, and counting the calls made besides: what a
// request asks of a store once its prefetch is done.
type traversing struct {
	graph.Store
	calls, traversals atomic.Int64
}

func (s *traversing) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	s.calls.Add(1)
	return s.Store.Nodes(ctx, ids)
}

func (s *traversing) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	s.calls.Add(1)
	return s.Store.Links(ctx, ids, rel, dir)
}

func (s *traversing) List(ctx context.Context, q model.ListQuery) (model.Page, error) {
	s.calls.Add(1)
	return s.Store.List(ctx, q)
}

func (s *traversing) Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error) {
	s.traversals.Add(1)
	recs, err := s.Store.Nodes(ctx, roots)
	if err != nil {
		return model.Traversal{}, err
	}
	out := model.Traversal{}
	reached := map[int][]string{}
	for _, r := range recs {
		if r != nil {
			out.Roots = append(out.Roots, r)
			reached[-1] = append(reached[-1], r.ID)
		}
	}
	for _, st := range plan {
		seen := map[string]bool{}
		res := model.StepResult{Links: map[string][]model.Link{}}
		for _, f := range st.From {
			for _, id := range reached[f] {
				if !seen[id] {
					seen[id] = true
					res.From = append(res.From, id)
				}
			}
		}
		links, err := s.Store.Links(ctx, res.From, st.Rel, st.Dir)
		if err != nil {
			return model.Traversal{}, err
		}
		var next []string
		for i, id := range res.From {
			res.Links[id] = links[i]
			for _, l := range links[i] {
				next = append(next, l.Node.ID)
			}
		}
		reached[len(out.Steps)] = next
		out.Steps = append(out.Steps, res)
	}
	return out, nil
}

func (s *traversing) ListTraverse(ctx context.Context, q model.ListQuery, plan []model.Step) (model.Page, model.Traversal, error) {
	s.traversals.Add(1)
	p, err := s.Store.List(ctx, q)
	if err != nil {
		return model.Page{}, model.Traversal{}, err
	}
	ids := make([]string, len(p.Records))
	for i, r := range p.Records {
		ids[i] = r.ID
	}
	s.traversals.Add(-1) // Traverse counts it again
	t, err := s.Traverse(ctx, ids, plan)
	return p, t, err
}

// A root field and everything nested in it cost one call to a store that
// traverses, whatever the root: a list, a connection, a lookup, a node
// through fragments; and for a search, one call after the search itself.
// The answers are the plain embedded store's.
func TestPrefetchOneCallPerRootField(t *testing.T) {
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	plain := memstore.New(seed)
	s := &traversing{Store: plain}
	h, want := storetest.Handler(s), storetest.Handler(plain)
	for _, q := range []string{
		`{ countries { code frameworks { levels { level qualifications { id sources { title } } } } } }`,
		`{ arrangements { id parties { code } sources { title } recognises { id ... on Qualification { level { id } } } } }`,
		`{ qualifications(first: 30, after: "Y3Vyc29yOnF1YWxpZmljYXRpb246aWQtYnNudHAtbmMyLWNvb2tlcnk") { totalCount edges { node { id level { framework { code } } occupations { iscoCode } } } } }`,
		`{ country(code: " sg ") { inDemand { occupation { iscoCode qualifications { id } } } restrictions { occupation { iscoCode } } } }`,
		`query($id: ID!) { node(id: $id) { ...A } } fragment A on Arrangement { parties { code } occupations { standards { id } } }`,
		`{ search(text: "nurse") { id ... on Occupation { qualifications { id } } ... on Qualification { level { id } } } }`,
	} {
		s.calls.Store(0)
		s.traversals.Store(0)
		vars := map[string]any{"id": "arrangement:asean-mra-nursing"}
		got := storetest.Do(t, h, q, vars)
		if calls, trav := s.calls.Load(), s.traversals.Load(); calls != 0 || trav != 1 {
			t.Errorf("%s: %d traversals and %d calls besides, want 1 and 0", q, trav, calls)
		}
		if w := storetest.Do(t, want, q, vars); string(got.Data) != string(w.Data) || len(got.Errors)+len(w.Errors) > 0 {
			t.Errorf("%s: %s (errors %v), want %s", q, got.Data, got.Errors, w.Data)
		}
	}
}

// TestPlanTable holds the plan's table to the resolvers: for every field it
// lists, on a seed node that has such relationships, a request reads
// everything in its one prefetch, asks the store nothing more, and answers
// as the plain embedded store does. A resolver that follows another
// relationship than the table says would make a call here.
func TestPlanTable(t *testing.T) {
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	plain := memstore.New(seed)
	s := &traversing{Store: plain}
	h, want := storetest.Handler(s), storetest.Handler(plain)
	ctx := context.Background()
	for _, typ := range sortedKeys(graph.Hops) {
		for _, field := range sortedKeys(graph.Hops[typ]) {
			hop := graph.Hops[typ][field]
			id := withLinks(ctx, t, plain, typ, hop.Rel, hop.Dir)
			if id == "" {
				t.Errorf("%s.%s: no seed node has %s %s relationships to test it on", typ, field, hop.Dir, hop.Rel)
				continue
			}
			q := fmt.Sprintf(`{ node(id: %q) { id ... on %s { %s { __typename } } } }`, id, typ, field)
			s.calls.Store(0)
			s.traversals.Store(0)
			got := storetest.Do(t, h, q, nil)
			if calls, trav := s.calls.Load(), s.traversals.Load(); calls != 0 || trav != 1 {
				t.Errorf("%s.%s on %s: %d prefetches and %d calls after, want 1 and 0", typ, field, id, trav, calls)
			}
			if w := storetest.Do(t, want, q, nil); string(got.Data) != string(w.Data) || len(got.Errors)+len(w.Errors) > 0 {
				t.Errorf("%s.%s on %s: %s (errors %v), want %s", typ, field, id, got.Data, got.Errors, w.Data)
			}
		}
	}
}

// withLinks returns the first node of kind (in ID order) with rel
// relationships in direction dir, or "".
func withLinks(ctx context.Context, t *testing.T, s graph.Store, kind, rel string, dir model.Direction) string {
	p, err := s.List(ctx, model.ListQuery{Kind: kind, Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range p.Records {
		ls, err := s.Links(ctx, []string{r.ID}, rel, dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(ls[0]) > 0 {
			return r.ID
		}
	}
	return ""
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// notPrefetched are the object fields of node types the plan leaves to the
// loaders, and why.
var notPrefetched = map[string]string{
	"Qualification.country":              "looked up by its country code; no relationship links the two",
	"CompetencyStandard.country":         "looked up by its country code; no relationship links the two",
	"QualificationFramework.referencing": "a property of the framework, read with it",
}

// TestPlanTableComplete: every object field of a node type is in the plan's
// table or named in notPrefetched, so a new field is not left to the
// loaders unnoticed.
func TestPlanTableComplete(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	for name, d := range s.Types {
		if d.Kind != ast.Object || !slices.Contains(d.Interfaces, "Node") {
			continue
		}
		for _, f := range d.Fields {
			if k := s.Types[f.Type.Name()].Kind; k == ast.Scalar || k == ast.Enum {
				continue
			}
			_, listed := graph.Hops[name][f.Name]
			if _, left := notPrefetched[name+"."+f.Name]; listed == left {
				t.Errorf("%s.%s: in the plan's table %v, in notPrefetched %v; want exactly one", name, f.Name, listed, left)
			}
		}
	}
}
