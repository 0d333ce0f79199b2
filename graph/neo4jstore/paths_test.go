package neo4jstore

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

func pathCases() []model.PathQuery {
	const all = -1
	qs := []model.PathQuery{
		{From: "country:PH", To: "country:TH", MaxHops: 2, Limit: all},
		{From: "country:PH", To: "country:TH", MaxHops: 4, Limit: all},
		{From: "qualification:ph-tesda-nc2-cookery", To: "country:MY", MaxHops: 6, Limit: all},
		{From: "level:PQF:4", To: "level:MQF:3", MaxHops: 4, Limit: all, Relations: []string{model.RelReferencedTo}},
		{From: "level:PQF:4", To: "level:MQF:3", MaxHops: 6, Limit: all, Relations: []string{model.RelReferencedTo, model.RelHasLevel}},
		{From: "country:PH", To: "country:PH", MaxHops: 3, Limit: all}, // same node
		{From: "country:PH", To: "country:PH", MaxHops: 0, Limit: all}, // same node, no hops
		{From: "country:XX", To: "country:XX", MaxHops: 3, Limit: all}, // same missing node
		{From: "country:PH", To: "country:XX", MaxHops: 6, Limit: all}, // missing end
		{From: "country:PH", To: "country:TH", MaxHops: 0, Limit: all}, // no hops allowed
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: 0},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: 1},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: all, Relations: []string{model.RelCites}},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: all, Relations: []string{"NOT_A_TYPE"}},
		{From: "source:vientiane-declaration-2024", To: "country:PH", MaxHops: 6, Limit: all}, // a source has only CITES
		{From: "source:vientiane-declaration-2024", To: "country:PH", MaxHops: 2, Limit: all, Relations: []string{model.RelCites}},
		{From: "occupation:2221", To: "skill:food-hygiene", MaxHops: 6, Limit: all},
		{From: "occupation:2221", To: "skill:food-hygiene", MaxHops: 6, Limit: all,
			Relations: []string{model.RelRequires, model.RelAssesses, model.RelHasUnit, model.RelForOccupation}},
	}
	// Random pairs: every hop bound, with and without restrictions.
	rng := rand.New(rand.NewPCG(1, 2))
	var ids []string
	for _, n := range seed.Nodes {
		if n.Kind != model.KindSource {
			ids = append(ids, n.ID)
		}
	}
	for i := 0; i < 120; i++ {
		q := model.PathQuery{From: ids[rng.IntN(len(ids))], To: ids[rng.IntN(len(ids))], MaxHops: 1 + i%6, Limit: -1}
		if i%3 == 0 {
			for _, r := range rng.Perm(len(model.Relations))[:2+rng.IntN(6)] {
				q.Relations = append(q.Relations, model.Relations[r])
			}
		}
		if i%10 == 0 {
			q.Limit = 3
		}
		qs = append(qs, q)
	}
	return qs
}

func TestShortestPaths(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	found, paths := 0, 0
	for _, q := range pathCases() {
		call := fmt.Sprintf("ShortestPaths(%+v)", q)
		want, err := ref.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", call, err)
		}
		same(t, call, want, got)
		if len(want) > 0 {
			found++
			paths += len(want)
		}
	}
	t.Logf("%d of the queries found paths (%d paths in all)", found, paths)
	if _, err := s.ShortestPaths(ctx, model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: MaxHops + 1}); err == nil {
		t.Errorf("ShortestPaths(MaxHops %d) = nil error, want one", MaxHops+1)
	}
}

// TestShortestPathsRestrictDuringSearch checks that a relation restriction
// finds the shortest path among the allowed relationships even when a
// shorter path exists through others (a post-filter would find none).
func TestShortestPathsRestrictDuringSearch(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	q := model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: -1}
	all, err := s.ShortestPaths(ctx, q)
	if err != nil || len(all) == 0 {
		t.Fatalf("ShortestPaths(%+v) = %d paths, %v", q, len(all), err)
	}
	short := len(all[0].Edges)
	// Forbid every type the shortest paths use, keep the rest.
	used := map[string]bool{}
	for _, p := range all {
		for _, e := range p.Edges {
			used[e.Type] = true
		}
	}
	for _, r := range model.Relations {
		if !used[r] && r != model.RelCites {
			q.Relations = append(q.Relations, r)
		}
	}
	want, _ := ref.ShortestPaths(ctx, q)
	got, err := s.ShortestPaths(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	same(t, fmt.Sprintf("ShortestPaths(%+v)", q), want, got)
	if len(got) > 0 && len(got[0].Edges) <= short {
		t.Errorf("restricted paths have %d hops, want more than the unrestricted %d", len(got[0].Edges), short)
	}
	t.Logf("unrestricted: %d paths of %d hops; without %v: %d paths of %d hops", len(all), short, slices.Sorted(maps.Keys(used)), len(got), hops(got))
}

func hops(ps []model.Path) int {
	if len(ps) == 0 {
		return -1
	}
	return len(ps[0].Edges)
}
