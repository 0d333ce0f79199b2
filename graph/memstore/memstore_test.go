package memstore_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
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
