package recognition

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

var (
	seedOnce  sync.Once
	seedGraph *model.Graph
	seedErr   error
)

// seed returns the real seed, loaded once.
func seed(t testing.TB) *model.Graph {
	t.Helper()
	seedOnce.Do(func() { seedGraph, seedErr = dataset.Load(dataset.Embedded()) })
	if seedErr != nil {
		t.Fatalf("loading the seed: %v", seedErr)
	}
	return seedGraph
}

// store returns the real seed in the memory store.
func store(t testing.TB) *memstore.Store {
	t.Helper()
	return memstore.New(seed(t))
}

// augmented returns the seed with extra nodes and edges, each edge sourced
// by a real source of the seed, for cases the seed does not (yet) hold.
func augmented(t testing.TB, nodes []*model.Record, edges ...model.Edge) *memstore.Store {
	t.Helper()
	g := seed(t)
	c := &model.Graph{Meta: g.Meta, Nodes: slices.Clone(g.Nodes), Edges: slices.Clone(g.Edges)}
	for _, n := range nodes { // a node with an ID the seed has replaces it
		if i := slices.IndexFunc(c.Nodes, func(r *model.Record) bool { return r.ID == n.ID }); i >= 0 {
			c.Nodes[i] = n
			continue
		}
		c.Nodes = append(c.Nodes, n)
	}
	for _, e := range edges {
		if e.Props == nil {
			e.Props = map[string]any{}
		}
		e.Props = maps.Clone(e.Props)
		e.Props["sources"] = []string{"source:vientiane-declaration-2024"}
		c.Edges = append(c.Edges, e)
	}
	return memstore.New(c)
}

// testNode is a node for augmented, verified unless props say otherwise.
func testNode(id, kind string, props map[string]any) *model.Record {
	if props["confidence"] == nil {
		props["confidence"] = "verified"
	}
	return &model.Record{ID: id, Kind: kind, Props: props}
}

// counting counts the calls made to a Graph.
type counting struct {
	g     Graph
	mu    sync.Mutex
	calls int
}

func (c *counting) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return c.g.Nodes(ctx, ids)
}

func (c *counting) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return c.g.Links(ctx, ids, rel, dir)
}

func (c *counting) take() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.calls
	c.calls = 0
	return n
}

// reversed hands out every list of links backwards: a store that keeps no
// order must get the same answers.
type reversed struct{ g Graph }

func (r reversed) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	return r.g.Nodes(ctx, ids)
}

func (r reversed) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	res, err := r.g.Links(ctx, ids, rel, dir)
	for _, ls := range res {
		slices.Reverse(ls)
	}
	return res, err
}

// pathLines renders a path as its head ("CONDITIONAL arrangement:x",
// "COMPARABLE -", with " blocked" when it is) and one line per step,
// "REL from -> to" as the relationship is stored, with " (backward)" when
// the route walks it from to to from.
func pathLines(p *model.RecognitionPath) []string {
	inst := "-"
	if p.Instrument != nil {
		inst = p.Instrument.ID
	}
	head := fmt.Sprintf("%s %s", p.Strength, inst)
	if p.Blocked {
		head += " blocked"
	}
	out := []string{head}
	for _, s := range p.Steps {
		line := fmt.Sprintf("%s %s -> %s", s.Relation, model.NodeID(s.From), model.NodeID(s.To))
		if s.Direction == model.StepDirectionBackward {
			line += " (backward)"
		}
		out = append(out, line)
	}
	return out
}

// dump renders everything a result says, for comparing two answers.
func dump(res *model.RecognitionResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s %s\n", res.From.ID, res.To.ID, model.NodeID(res.Subject), res.Outcome)
	if res.Reason != nil {
		fmt.Fprintf(&b, "reason: %s\n", *res.Reason)
	}
	for _, p := range res.Paths {
		fmt.Fprintf(&b, "%s\n  %s\n", strings.Join(pathLines(p), "\n  "), p.Summary)
		for _, c := range p.Conditions {
			fmt.Fprintf(&b, "  cond: %s\n", c)
		}
		for _, r := range p.Restrictions {
			fmt.Fprintf(&b, "  restriction: %s %s %s %v\n", r.Country.ID, r.Occupation.ID, r.Rule, r.SourceIDs)
		}
		for _, s := range p.Steps {
			fmt.Fprintf(&b, "  step: %s %v\n", s.Explanation, s.SourceIDs)
		}
	}
	return b.String()
}

// diffLines reports the first difference between two line lists.
func diffLines(got, want []string) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return fmt.Sprintf("line %d:\n   got %q\n  want %q\n(got %d lines, want %d)", i, g, w, len(got), len(want))
		}
	}
	return ""
}
