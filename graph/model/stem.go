package model

import (
	"strings"
	"unicode"
)

// stemSuffixes are the English endings Stem strips, longest first.
var stemSuffixes = []string{"ations", "ation", "ings", "ing", "ers", "ies", "es", "ed", "er", "s", "e", "y"}

// minStem is the shortest stem Stem leaves: shorter ones ("car" from
// "caring") would match too much.
const minStem = 4

// Stem returns the crude stem of a folded word: the word less its first
// matching ending among stemSuffixes, when at least minStem letters remain
// ("nurse", "nurses" and "nursing" -> "nurs"; "guides" -> "guid";
// "engineering" -> "engineer"). Words with digits and short words are
// returned as they are. The stem is always a prefix of the word, so a search
// by stems finds everything a search by the words finds.
func Stem(w string) string {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return w
		}
	}
	for _, suf := range stemSuffixes {
		if rest, ok := strings.CutSuffix(w, suf); ok && len([]rune(rest)) >= minStem {
			return rest
		}
	}
	return w
}

// SearchTerms returns what a store matches for a search text: the stems of
// its words (see Stem), each at most once, in the order they first occur.
// A record matches when each term is a prefix of one of its searchTokens
// (TokensMatch). There are at most MaxSearchTokens terms: the rest of a
// longer text is ignored.
func SearchTerms(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range Tokens(text) {
		if len(out) == MaxSearchTokens {
			break
		}
		s := Stem(t)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
