package graph_test

import (
	"context"
	"encoding/json"
	"slices"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// ranking is the embedded store offering to rank searches, as Neo4j does,
// but in reverse ID order (no real ranking's), so that a test sees whose
// order an answer has; it records the properties each search asked for.
type ranking struct {
	graph.Store
	asked [][]string
}

func (s *ranking) SearchProps(ctx context.Context, text string, kinds []string, limit int, props []string) ([]*model.Record, error) {
	return s.Store.Search(ctx, text, kinds, limit)
}

func (s *ranking) SearchRanked(ctx context.Context, text string, kinds []string, limit, first int, props []string) ([]*model.Record, bool, error) {
	s.asked = append(s.asked, props)
	recs, err := s.Store.Search(ctx, text, kinds, limit)
	slices.Reverse(recs)
	return recs[:min(first, len(recs))], true, err
}

// A search that reads only the nodes takes a ranking store's order as the
// answer and asks it only for the properties its fields read; searchHits,
// which says how each node matched, asks for what the ranking reads and
// ranks the store's records itself.
func TestSearchTakesTheRankingStoresOrder(t *testing.T) {
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	plain := memstore.New(seed)
	s := &ranking{Store: plain}
	h := storetest.Handler(s)
	const text = "qualifications framework"
	recs, err := plain.Search(context.Background(), text, []string{model.KindFramework}, 100)
	if err != nil || len(recs) < 3 {
		t.Fatalf("the seed's frameworks matching %q: %d, %v", text, len(recs), err)
	}
	var reversed []string
	for _, r := range slices.Backward(recs) {
		reversed = append(reversed, r.ID)
	}

	got := storetest.Do(t, h, `{ search(text: "`+text+`", kinds: [QUALIFICATION_FRAMEWORK], first: 100) { id ... on QualificationFramework { code } } }`, nil)
	var nodes struct{ Search []struct{ ID string } }
	if err := json.Unmarshal(got.Data, &nodes); err != nil || len(got.Errors) > 0 {
		t.Fatalf("search: %s, %v, %v", got.Data, got.Errors, err)
	}
	var ids []string
	for _, n := range nodes.Search {
		ids = append(ids, n.ID)
	}
	if !slices.Equal(ids, reversed) {
		t.Errorf("search: %v, want the store's order %v", ids, reversed)
	}
	if len(s.asked) != 1 || !slices.Contains(s.asked[0], "code") || slices.Contains(s.asked[0], model.PropSearchTokens) || slices.Contains(s.asked[0], "altLabels") {
		t.Errorf("search asked the store for %v, want the code its fields read, and not the words and alternative labels the ranking reads", s.asked)
	}

	s.asked = nil
	q := `{ searchHits(text: "` + text + `", kinds: [QUALIFICATION_FRAMEWORK], first: 100) { node { id } matchedBy label } }`
	got, want := storetest.Do(t, h, q, nil), storetest.Do(t, storetest.Handler(plain), q, nil)
	if string(got.Data) != string(want.Data) || len(got.Errors)+len(want.Errors) > 0 {
		t.Errorf("searchHits: %s (%v), want the embedded store's ranking %s", got.Data, got.Errors, want.Data)
	}
	if len(s.asked) != 1 || !slices.Contains(s.asked[0], model.PropSearchTokens) || !slices.Contains(s.asked[0], "altLabels") {
		t.Errorf("searchHits asked the store for %v, want what the ranking reads too", s.asked)
	}
}
