package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s and strips its accents ("Viện" -> "vien"), so that
// search is case- and accent-insensitive.
func Fold(s string) string {
	if isASCII(s) { // nothing to decompose or strip: only case to fold
		return strings.ToLower(s)
	}
	return foldUnicode(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldUnicode is Fold for any text: decomposed, marks dropped, lower-cased.
func foldUnicode(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		switch r {
		case 'đ', 'Đ':
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Tokens folds s and splits it into words of letters and digits.
func Tokens(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Phrase is text as its folded words joined by single spaces, so that
// "Viet-Nam" and "viet  nam" compare equal: how search compares a name
// with the text searched for.
func Phrase(text string) string { return strings.Join(Tokens(text), " ") }

// SearchCodeProps are, per kind, the properties that name a node as its
// code does (those the kind has: a store that sends only what is asked for
// would otherwise look for each missing one on every candidate). A search
// text equal to one of them matches as the name does.
var SearchCodeProps = map[string][]string{
	KindSource:        {"key"},
	KindCountry:       {"code"},
	KindAuthority:     {"acronym", "key"},
	KindFramework:     {"code"},
	KindLevel:         {},
	KindSkill:         {"key"},
	KindOccupation:    {"iscoCode"},
	KindStandard:      {"key"},
	KindUnit:          {"code"},
	KindQualification: {"key"},
	KindArrangement:   {"key"},
}

// TokensMatch reports whether every query token is a prefix of some token of
// the record: the one text predicate every store implements.
func TokensMatch(recordTokens, query []string) bool {
	for _, q := range query {
		found := false
		for _, t := range recordTokens {
			if strings.HasPrefix(t, q) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(query) > 0
}

// MaxSearchTokens is the most distinct search terms a text search or filter
// uses; the API refuses a longer search text, and the stores use only the
// first MaxSearchTokens terms of anything longer (SearchTerms).
const MaxSearchTokens = 16
