package neo4jstore

import (
	"slices"
	"strings"
	"testing"
)

// A search's words count once each, at most 16 of them: 400,000 repeats of
// a word cost one query of one word, and answer as the word alone does.
func TestSearchRepeatedWords(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	one, err := s.Search(ctx, "nurse", nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	many, err := s.Search(ctx, strings.Repeat("nurse ", 400000), nil, 50)
	if err != nil {
		t.Fatal(err)
	}
	if len(one) == 0 || len(one) != len(many) {
		t.Errorf("Search(nurse) = %d records, Search(nurse x 400,000) = %d; want the same, and some", len(one), len(many))
	}
}

// The ranking's prefixes are the terms, and a word only where no term is a
// prefix of it: the same tokens are kept, with fewer comparisons.
func TestRankPrefixes(t *testing.T) {
	for _, c := range []struct {
		words, terms, want []string
	}{
		{[]string{"qualifications", "framework"}, []string{"qualif", "framework"}, []string{"qualif", "framework"}},
		{[]string{"nurses", "nurse"}, []string{"nurs"}, []string{"nurs"}},
		{[]string{"a", "b"}, []string{"a"}, []string{"a", "b"}},
	} {
		if got := rankPrefixes(c.words, c.terms); !slices.Equal(got, c.want) {
			t.Errorf("rankPrefixes(%v, %v) = %v, want %v", c.words, c.terms, got, c.want)
		}
	}
}
