package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// searchCandidates bounds how many matches a store hands back for ranking.
const searchCandidates = 2000

// search answers search: the nodes whose words match text, of the kinds
// asked for (any when none), the best matches first.
func (r *Resolver) search(ctx context.Context, text string, kinds []model.NodeKind, first *int) ([]model.Node, error) {
	n, err := ListFirst.Check("first", first)
	if err != nil {
		return nil, err
	}
	folded := strings.TrimSpace(model.Fold(text))
	if len([]rune(folded)) < 2 || len(model.Tokens(text)) == 0 {
		return nil, BadInput("text: give at least 2 characters with a letter or digit, not %q", text)
	}
	if n := distinctWords(text); n > MaxSearchWords {
		return nil, BadInput("text: give at most %d distinct words, not %d", MaxSearchWords, n)
	}
	recs, err := r.Store.Search(ctx, text, searchCandidates)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, k := range kinds {
		want[string(k)] = true
	}
	kept := recs[:0:0]
	for _, rec := range recs {
		if len(want) == 0 || want[rec.Kind] {
			kept = append(kept, rec)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool {
		ri, rj := searchRank(kept[i], folded), searchRank(kept[j], folded)
		if ri != rj {
			return ri < rj
		}
		if si, sj := kept[i].Kind == model.KindSource, kept[j].Kind == model.KindSource; si != sj {
			return sj // the documents cited come after the things they describe
		}
		return kept[i].ID < kept[j].ID
	})
	if len(kept) > n {
		kept = kept[:n]
	}
	return nodes(kept)
}

// searchRank orders search results: the whole name or code first, then
// names starting with the text, then the rest.
func searchRank(rec *model.Record, folded string) int {
	label := model.Fold(rec.String(model.PropLabel))
	for _, p := range []string{"code", "iscoCode", "key"} {
		if c := rec.String(p); c != "" && model.Fold(c) == folded {
			return 0
		}
	}
	switch {
	case label == folded:
		return 0
	case strings.HasPrefix(label, folded):
		return 1
	}
	return 2
}

// paths answers paths: the shortest connections between two nodes.
func (r *Resolver) paths(ctx context.Context, from, to string, maxHops *int, relations []model.RelationType, first *int) ([]*model.GraphPath, error) {
	hops, err := PathsHops.Check("maxHops", maxHops)
	if err != nil {
		return nil, err
	}
	n, err := PathsFirst.Check("first", first)
	if err != nil {
		return nil, err
	}
	ends := []struct{ arg, id string }{{"from", from}, {"to", to}}
	for _, e := range ends {
		if err := checkID(e.arg, e.id); err != nil {
			return nil, err
		}
	}
	found, err := r.loaders(ctx).Fetch(ctx, []string{from, to})
	if err != nil {
		return nil, err
	}
	for _, e := range ends {
		if found[e.id] == nil {
			return nil, BadInput("%s: no node has the ID %q (find IDs with `search`)", e.arg, e.id)
		}
	}
	rels := make([]string, len(relations))
	for i, rel := range relations {
		rels[i] = string(rel)
	}
	paths, err := r.Store.ShortestPaths(ctx, model.PathQuery{From: from, To: to, MaxHops: hops, Relations: rels, Limit: n})
	if err != nil {
		return nil, err
	}
	out := make([]*model.GraphPath, 0, len(paths))
	for _, p := range paths {
		gp := &model.GraphPath{Relations: make([]string, len(p.Edges)), Length: len(p.Edges)}
		if gp.Nodes, err = nodes(p.Nodes); err != nil {
			return nil, err
		}
		for i, e := range p.Edges {
			gp.Relations[i] = e.Type
		}
		out = append(out, gp)
	}
	return out, nil
}
