package neo4jstore

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
)

// rankTexts are search texts that reach every way of matching: of every
// third node of the seed, its name, each alternative label and code, its
// first two words (the second cut short), those two words the other way
// round, and the start of its first word; each one the API accepts.
func rankTexts() []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		t = strings.TrimSpace(t)
		if len([]rune(t)) >= 2 && len(t) <= graph.MaxArgBytes && len(model.Tokens(t)) > 0 && len(model.Tokens(t)) <= model.MaxSearchTokens && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	ids := make([]string, 0, len(seed.Nodes))
	byID := map[string]*model.Record{}
	for _, r := range seed.Nodes {
		ids = append(ids, r.ID)
		byID[r.ID] = r
	}
	slices.Sort(ids)
	for i := 0; i < len(ids); i += 3 {
		r := byID[ids[i]]
		label := r.String(model.PropLabel)
		add(label)
		for _, a := range r.Strings("altLabels") {
			add(a)
		}
		for _, p := range model.SearchCodeProps[r.Kind] {
			add(r.String(p))
		}
		if w := model.Tokens(label); len(w) >= 2 {
			add(w[0] + " " + w[1][:max(1, len(w[1])-2)])
			add(w[1] + " " + w[0])
		}
		if w := model.Tokens(label); len(w) > 0 && len(w[0]) > 4 {
			add(w[0][:4])
		}
	}
	return out
}

// Neo4j ranks a search (rankCypher) exactly as the graph package ranks
// memstore's candidates: the same hits, in the same order, matched the same
// way, for texts that reach every rank.
func TestSearchRankedSameAsMemstore(t *testing.T) {
	s := neo4jStore(t)
	if !s.ranked.Load() {
		t.Fatal("the store does not rank searches after Load")
	}
	mine, theirs := storetest.Handler(s), storetest.Handler(ref)
	const q = `query ($t: String!) { searchHits(text: $t, first: 12) { node { id } matchedBy label } }`
	texts := rankTexts()
	if len(texts) < 500 {
		t.Fatalf("only %d texts", len(texts))
	}
	ranks := map[string]int{}
	for _, text := range texts {
		vars := map[string]any{"t": text}
		want, got := decode(t, storetest.Do(t, theirs, q, vars)), decode(t, storetest.Do(t, mine, q, vars))
		if !same(t, fmt.Sprintf("search %q", text), want, got) {
			continue
		}
		data, _ := want.(map[string]any)["data"].(map[string]any)
		if data == nil {
			t.Errorf("search %q: no data: %v", text, want)
			continue
		}
		hits, _ := data["searchHits"].([]any)
		var wantIDs []string
		for _, h := range hits {
			ranks[h.(map[string]any)["matchedBy"].(string)]++
			wantIDs = append(wantIDs, h.(map[string]any)["node"].(map[string]any)["id"].(string))
		}
		// Neo4j's own order, which search takes as the answer when it
		// reads only the nodes, whole and cut short.
		for _, n := range []int{1, 3, len(wantIDs)} {
			if n > len(wantIDs) || n == 0 {
				continue
			}
			recs, ok, err := s.SearchRanked(ctxT(t), text, nil, 2000, n, nil)
			if !ok || err != nil {
				t.Fatalf("SearchRanked(%q) = %v, %v", text, ok, err)
			}
			var gotIDs []string
			for _, r := range recs {
				gotIDs = append(gotIDs, r.ID)
			}
			if !slices.Equal(gotIDs, wantIDs[:n]) {
				t.Errorf("SearchRanked(%q, first %d) = %v, want %v", text, n, gotIDs, wantIDs[:n])
			}
		}
	}
	for _, m := range model.AllSearchMatch {
		if ranks[string(m)] == 0 {
			t.Errorf("no hit matched by %s: the texts do not test that rank", m)
		}
	}
	t.Logf("%d texts; hits by match: %v", len(texts), ranks)
}

// A database loaded without the rank phrases (by an earlier build) is not
// ranked by Neo4j: SearchRanked says so and reads nothing, and the caller
// ranks SearchProps' records as before.
func TestSearchRankedNeedsTheRankPhrases(t *testing.T) {
	s := neo4jStore(t)
	if _, err := s.DataVersion(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	if !s.ranked.Load() {
		t.Fatal("DataVersion does not read that the loader stored the rank phrases")
	}
	s.ranked.Store(false)
	defer s.ranked.Store(true)
	recs, ok, err := s.SearchRanked(ctxT(t), "nursing", nil, 2000, 10, nil)
	if ok || err != nil || recs != nil {
		t.Errorf("SearchRanked on an unranked database = %d records, %v, %v; want none, false, nil", len(recs), ok, err)
	}
}

// A database loaded by an earlier build, whose phrases are not padded (its
// :Dataset marked true, not rankVersion), is not ranked in Neo4j: its
// searches are ranked above the store, as on a database with no phrases.
func TestSearchRankedNeedsThisBuildsPhrases(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	mark := func(v any) {
		t.Helper()
		if _, err := s.run(ctx, neo4j.AccessModeWrite, "mark", "MATCH (d:Dataset) SET d."+rankedProp+" = $v", map[string]any{"v": v}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.DataVersion(ctx); err != nil {
			t.Fatal(err)
		}
	}
	mark(true)
	defer mark(rankVersion)
	if s.ranked.Load() {
		t.Error("a database marked by an earlier build's loader (searchRanked: true) is taken to hold this build's rank phrases")
	}
}
