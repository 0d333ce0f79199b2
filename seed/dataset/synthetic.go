package dataset

import (
	"fmt"
	"maps"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// backbone kinds are shared by every copy Scale makes: the countries and
// the frameworks with their levels, so that the copies compete for the same
// recognition routes as the original.
var backbone = map[string]bool{
	model.KindCountry:   true,
	model.KindFramework: true,
	model.KindLevel:     true,
}

// Scale returns a synthetic graph n times the size of g, for benchmarks:
// copy 0 is g itself (same IDs, so the seed's questions still apply); copies
// 1..n-1 repeat every qualification, standard, unit, skill, occupation,
// arrangement, authority and source under IDs suffixed "-x<k>", tied to the
// same countries, frameworks and levels.
func Scale(g *model.Graph, n int) *model.Graph {
	if n < 1 {
		n = 1
	}
	kindOf := make(map[string]string, len(g.Nodes))
	for _, r := range g.Nodes {
		kindOf[r.ID] = r.Kind
	}
	out := &model.Graph{Meta: g.Meta}
	out.Meta.Version += fmt.Sprintf("-synthetic-x%d", n)
	for k := 0; k < n; k++ {
		suffix := ""
		if k > 0 {
			suffix = fmt.Sprintf("-x%d", k)
		}
		rename := func(id string) string {
			if kind, ok := kindOf[id]; ok && !backbone[kind] {
				return id + suffix
			}
			return id
		}
		for _, r := range g.Nodes {
			if k > 0 && backbone[r.Kind] {
				continue
			}
			c := &model.Record{ID: rename(r.ID), Kind: r.Kind, Props: renameProps(r.Props, rename)}
			if r.Kind == model.KindUnit && suffix != "" {
				c.Props["standard"] = r.String("standard") + suffix
			}
			out.Nodes = append(out.Nodes, c)
		}
		for _, e := range g.Edges {
			from, to := rename(e.From), rename(e.To)
			if k > 0 && from == e.From && to == e.To {
				continue // between backbone nodes: already there
			}
			out.Edges = append(out.Edges, model.Edge{Type: e.Type, From: from, To: to, Props: renameProps(e.Props, rename)})
		}
	}
	return out
}

// renameProps copies props, renaming every value that is the ID of a copied
// node (derived filter lists, edge sources).
func renameProps(props map[string]any, rename func(string) string) map[string]any {
	c := maps.Clone(props)
	for k, v := range c {
		switch x := v.(type) {
		case string:
			if strings.Contains(x, ":") {
				c[k] = rename(x)
			}
		case []string:
			y := make([]string, len(x))
			for i, s := range x {
				y[i] = rename(s)
			}
			c[k] = y
		}
	}
	return c
}
