package neo4jstore

import (
	"fmt"
	"sort"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Dump gives the whole graph, exactly as memstore holds it.
func TestDump(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	wantNodes, wantEdges, err := ref.Dump(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nodes, edges, err := s.Dump(ctx)
	if err != nil {
		t.Fatalf("Dump: %v", err)
	}
	if len(nodes) != len(seed.Nodes) || len(edges) != len(seed.Edges) {
		t.Errorf("Dump = %d nodes, %d relationships; the seed has %d, %d", len(nodes), len(edges), len(seed.Nodes), len(seed.Edges))
	}
	same(t, "Dump nodes", wantNodes, nodes)
	sortEdges(wantEdges)
	sortEdges(edges)
	same(t, "Dump relationships", wantEdges, edges)
}

func sortEdges(es []model.Edge) {
	key := func(e model.Edge) string { return fmt.Sprint(e.Type, " ", e.From, " ", e.To, " ", e.Props) }
	sort.Slice(es, func(i, j int) bool { return key(es[i]) < key(es[j]) })
}
