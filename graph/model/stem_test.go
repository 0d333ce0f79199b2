package model

import (
	"slices"
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	tests := map[string]string{
		"nurse": "nurs", "nurses": "nurs", "nursing": "nurs", "guides": "guid", "guide": "guid",
		"engineering": "engineer", "engineers": "engine", "certified": "certifi", "cares": "care",
		"tour": "tour", "laos": "laos", "cook": "cook", "nc2": "nc2", "2221": "2221", "caring": "caring",
	}
	for w, want := range tests {
		got := Stem(w)
		if got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
		if !strings.HasPrefix(w, got) {
			t.Errorf("Stem(%q) = %q is not a prefix of the word", w, got)
		}
	}
}

func TestSearchTerms(t *testing.T) {
	if got, want := SearchTerms("Nurse, NURSES and nursing — Việt Nam"), []string{"nurs", "and", "viet", "nam"}; !slices.Equal(got, want) {
		t.Errorf("SearchTerms = %q, want %q", got, want)
	}
	if got := SearchTerms(" !! "); len(got) != 0 {
		t.Errorf("SearchTerms(no words) = %q, want none", got)
	}
	// A record found by a word is found by its stem too.
	if !TokensMatch(Tokens("Nursing professionals"), SearchTerms("nurse")) {
		t.Error("nurse does not match Nursing professionals")
	}
}

// Fold's short way for ASCII text answers as the way for any text does:
// every printable ASCII character, alone and in words; and text beyond
// ASCII still loses its accents.
func TestFoldASCII(t *testing.T) {
	var all []byte
	for c := byte(0); c < 0x80; c++ {
		all = append(all, c)
	}
	for _, s := range []string{string(all), "", "ASEAN Qualifications Reference Framework", "NC II (TESDA)", "ISCO-08 2221", "Viet-Nam  MOLISA"} {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for s, want := range map[string]string{"Viện Đào tạo": "vien dao tao", "Équivalence": "equivalence"} {
		if got := Fold(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}
