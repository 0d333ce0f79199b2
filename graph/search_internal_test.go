package graph

import (
	"slices"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// The ranking reads, of each kind, only the code properties
// model.SearchCodeProps lists for it (a store is asked for no others): every
// kind has a list, and every code property a node of the seed has is in
// its kind's, or a search for a code would lose its rank.
func TestSearchCodePropsCoverTheSeed(t *testing.T) {
	for _, k := range model.Kinds {
		if _, ok := model.SearchCodeProps[k]; !ok {
			t.Errorf("kind %s has no model.SearchCodeProps entry", k)
		}
	}
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range seed.Nodes {
		for _, p := range []string{"code", "iscoCode", "acronym", "key"} {
			if _, has := n.Props[p]; has && !slices.Contains(model.SearchCodeProps[n.Kind], p) {
				t.Errorf("%s (%s) has %s, which model.SearchCodeProps does not list for its kind", n.ID, n.Kind, p)
			}
		}
	}
}
