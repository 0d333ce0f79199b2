package memstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func TestBehaviour(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, memstore.New(g))
}

// The same questions of the store without its projections
// (graph/project.go): every root field answered through its resolvers, as
// for a selection a projection does not cover.
func TestBehaviourUnprojected(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, storetest.WithoutProjections(memstore.New(g)))
}

// Dump gives every node and relationship of the graph it was given.
func TestDump(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	nodes, edges, err := memstore.New(g).Dump(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(nodes) != len(g.Nodes) || len(edges) != len(g.Edges) {
		t.Fatalf("Dump = %d nodes, %d relationships; want %d, %d", len(nodes), len(edges), len(g.Nodes), len(g.Edges))
	}
	for i, n := range nodes {
		if n.ID != g.Nodes[i].ID || n.Kind != g.Nodes[i].Kind || !reflect.DeepEqual(n.Props, g.Nodes[i].Props) {
			t.Fatalf("node %d = %s %s, want %s %s with the same properties", i, n.Kind, n.ID, g.Nodes[i].Kind, g.Nodes[i].ID)
		}
	}
	for i, e := range edges {
		w := g.Edges[i]
		if e.Type != w.Type || e.From != w.From || e.To != w.To || !reflect.DeepEqual(e.Props, w.Props) {
			t.Fatalf("relationship %d = %s %s->%s, want %s %s->%s with the same properties", i, e.Type, e.From, e.To, w.Type, w.From, w.To)
		}
	}
}

// Every read stops when the request is over, however much work is left.
func TestCancelledReadsStop(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	s := memstore.New(g)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, "nurse", nil, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("Search = %v, want context.Canceled", err)
	}
	if _, err := s.List(ctx, model.ListQuery{Kind: model.KindOccupation, Limit: -1}); !errors.Is(err, context.Canceled) {
		t.Errorf("List = %v, want context.Canceled", err)
	}
	q := model.PathQuery{From: "qualification:catc-certificate-iii", To: "standard:ph-tr-domestic-work-nc2", MaxHops: 6, Limit: 1}
	if _, err := s.ShortestPaths(ctx, q); !errors.Is(err, context.Canceled) {
		t.Errorf("ShortestPaths = %v, want context.Canceled", err)
	}
}

// A search's words count once each: 400,000 repeats of a word cost what one does.
func TestSearchRepeatedWords(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	s := memstore.New(g)
	one, err := s.Search(context.Background(), "nurse", nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	many, err := s.Search(context.Background(), strings.Repeat("nurse ", 400000), nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) == 0 || len(one) != len(many) {
		t.Errorf("Search(nurse) = %d records, Search(nurse x 400,000) = %d; want the same, and some", len(one), len(many))
	}
}

// Search keeps the kinds asked for before it bounds the candidates it
// ranks: on a graph 100 times the seed, 2,400 qualifications match
// "national certificate" before the first of 700 sources in ID order, and
// a search for sources answered none.
func TestSearchKindsAtScale(t *testing.T) {
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	h := storetest.Handler(memstore.New(dataset.Scale(seed, 100)))
	r := storetest.Do(t, h, `{ search(text: "national certificate", kinds: [SOURCE], first: 5) { __typename id } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data struct {
		Search []struct{ Typename, ID string } `json:"search"`
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	if len(data.Search) != 5 {
		t.Fatalf("search for sources: %d results, want 5: %s", len(data.Search), r.Data)
	}
	for _, n := range data.Search {
		if !strings.HasPrefix(n.ID, "source:") {
			t.Errorf("search for sources gave %s", n.ID)
		}
	}
}
