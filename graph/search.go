package graph

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// searchCandidates bounds how many matches a store hands back for ranking.
const searchCandidates = 2000

// searchMatches lists the kinds of match from strongest to weakest: the
// order of search results.
var searchMatches = []model.SearchMatch{
	model.SearchMatchName, model.SearchMatchAltLabel, model.SearchMatchWords,
	model.SearchMatchPrefix, model.SearchMatchStem,
}

// searchHit is one search result while it is ranked.
type searchHit struct {
	rec     *model.Record
	by      model.SearchMatch
	rank    int    // index of by in searchMatches
	label   string // the name, code or alternative label that matched
	leading bool   // that label starts with the text
	aside   bool   // a source matched by less than its whole title
}

// search returns the nodes whose words match text (every store's predicate:
// model.SearchTerms, model.TokensMatch), of the kinds asked for (all when
// none), ranked: by how they matched (searchMatches), sources matched by
// less than their whole title after everything else (the documents cited
// come after the things they describe); then those whose matched label
// starts with the text; then by ID. The ranking is defined here, above the
// store, so that every store gives the same list in the same order.
//
// matched says whether the caller reads how each node matched (searchHits).
// When it does not, and the store ranks (RankedSearcher), the store's order
// is the answer (the same order: TestSearchRankedSameAsMemstore), and the
// store sends only what the operation's fields read, not what ranking them
// here again would: a search of the seed's frameworks then costs Neo4j a
// sixth less, and this server the decoding of every node's words. The hits
// then carry only their records.
func (r *Resolver) search(ctx context.Context, text string, kinds []model.NodeKind, first *int, matched bool) ([]searchHit, error) {
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
	// The store keeps only the kinds asked for, before it bounds the
	// candidates: at scale, the matches of other kinds must not crowd out
	// those asked for.
	want := make([]string, len(kinds))
	for i, k := range kinds {
		want[i] = string(k)
	}
	recs, inOrder, err := r.searchStore(ctx, text, want, n, !matched)
	if err != nil {
		return nil, err
	}
	if inOrder {
		hits := make([]searchHit, len(recs))
		for i, rec := range recs {
			hits[i] = searchHit{rec: rec}
		}
		return hits, nil
	}
	q := newSearchQuery(text)
	hits := make([]searchHit, 0, len(recs))
	for _, rec := range recs {
		hits = append(hits, q.matchOf(rec))
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		switch {
		case a.aside != b.aside:
			return b.aside
		case a.rank != b.rank:
			return a.rank < b.rank
		case a.leading != b.leading:
			return a.leading
		}
		return a.rec.ID < b.rec.ID
	})
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}

// searchQuery is a search text as matchOf compares it, worked out once.
type searchQuery struct {
	phrase string   // the folded words joined by spaces
	words  []string // the folded words, each once
	terms  []string // their stems (model.SearchTerms)
}

func newSearchQuery(text string) searchQuery {
	words := model.Tokens(text)
	return searchQuery{phrase: strings.Join(words, " "), words: slices.Compact(slices.Sorted(slices.Values(words))),
		terms: model.SearchTerms(text)}
}

// matchOf says how a record a store found for the text matched it. Each
// label's words are worked out once.
func (q searchQuery) matchOf(rec *model.Record) searchHit {
	phrase, words := q.phrase, q.words
	labels := append([]string{rec.String(model.PropLabel)}, rec.Strings("altLabels")...)
	tokens, phrases := make([][]string, len(labels)), make([]string, len(labels))
	for i, l := range labels {
		tokens[i] = model.Tokens(l)
		phrases[i] = strings.Join(tokens[i], " ")
	}
	set := func(by model.SearchMatch, matched, matchedPhrase string) searchHit {
		h := searchHit{rec: rec, by: by, label: matched, leading: strings.HasPrefix(matchedPhrase, phrase)}
		h.rank = slices.Index(searchMatches, by)
		h.aside = rec.Kind == model.KindSource && by != model.SearchMatchName
		return h
	}
	if phrases[0] == phrase {
		return set(model.SearchMatchName, labels[0], phrases[0])
	}
	for _, p := range model.SearchCodeProps[rec.Kind] {
		if c := rec.String(p); c != "" {
			if pc := model.Phrase(c); pc == phrase {
				return set(model.SearchMatchName, c, pc)
			}
		}
	}
	for i := 1; i < len(labels); i++ {
		if phrases[i] == phrase {
			return set(model.SearchMatchAltLabel, labels[i], phrases[i])
		}
	}
	// The weaker matches: which label holds the words, the name first.
	for _, m := range []struct {
		by    model.SearchMatch
		match func(tokens []string) bool
	}{
		{model.SearchMatchWords, func(ts []string) bool { return allWords(ts, words) }},
		{model.SearchMatchPrefix, func(ts []string) bool { return model.TokensMatch(ts, words) }},
		{model.SearchMatchStem, func(ts []string) bool { return model.TokensMatch(ts, q.terms) }},
	} {
		found := -1
		for i := range labels {
			if m.match(tokens[i]) && (found < 0 || strings.HasPrefix(phrases[i], phrase) && !strings.HasPrefix(phrases[found], phrase)) {
				found = i // the first label that holds the words, one that starts with them first
			}
		}
		if found >= 0 {
			return set(m.by, labels[found], phrases[found])
		}
		if m.match(rec.Strings(model.PropSearchTokens)) { // across names and codes
			return set(m.by, labels[0], phrases[0])
		}
	}
	return set(model.SearchMatchStem, labels[0], phrases[0])
}

// PropsSearcher is offered by a store that can return, of the records a
// search finds, only some of their properties (Neo4j: the less it sends,
// the less it costs); of their search tokens, it may return only those
// that start with a word or search term of the text, all matchOf uses.
type PropsSearcher interface {
	SearchProps(ctx context.Context, text string, kinds []string, limit int, props []string) ([]*model.Record, error)
}

// searchRankProps are the properties the ranking reads (matchOf) of every
// kind; it reads model.SearchCodeProps of each kind too.
var searchRankProps = []string{model.PropLabel, "altLabels", model.PropSearchTokens}

// RankedSearcher is offered by a store that can rank a search's
// candidates itself, in search's order, and return only the first few
// (Neo4j: of 1,400 candidates, 100 are projected and sent). ok is false
// when it cannot for now (a database loaded without what the ranking
// needs); the caller then ranks.
type RankedSearcher interface {
	SearchRanked(ctx context.Context, text string, kinds []string, limit, first int, props []string) (recs []*model.Record, ok bool, err error)
}

// searchStore asks the store for the candidates of a search of the kinds,
// with only the properties the ranking and the operation's fields read
// where the store can; a store that ranks returns only the first n, which
// search ranks again (the same order: its ties are broken by ID). When
// orderOnly, a store that ranks sends only what the operation's fields
// read, and inOrder says the records are the answer, in its order.
func (r *Resolver) searchStore(ctx context.Context, text string, kinds []string, n int, orderOnly bool) (recs []*model.Record, inOrder bool, err error) {
	ps, ok := r.Store.(PropsSearcher)
	if !ok || !graphql.HasOperationContext(ctx) {
		recs, err = r.Store.Search(ctx, text, kinds, searchCandidates)
		return recs, false, err
	}
	propsOf := r.loaders(ctx).operationProps(graphql.GetOperationContext(ctx))
	of := kinds
	if len(of) == 0 {
		of = slices.Collect(maps.Values(model.Kinds))
	}
	fields, rank := map[string]bool{}, map[string]bool{}
	for _, p := range searchRankProps {
		rank[p] = true
	}
	for _, k := range of {
		for _, p := range model.SearchCodeProps[k] {
			rank[p] = true
		}
		for _, p := range propsOf(k) {
			fields[p] = true
		}
	}
	maps.Copy(rank, fields)
	props := slices.Sorted(maps.Keys(rank))
	if rs, ok := r.Store.(RankedSearcher); ok {
		asked := props
		if orderOnly {
			asked = slices.Sorted(maps.Keys(fields))
		}
		recs, ranked, err := rs.SearchRanked(ctx, text, kinds, searchCandidates, n, asked)
		if ranked || err != nil {
			return recs, ranked && orderOnly, err
		}
	}
	recs, err = ps.SearchProps(ctx, text, kinds, searchCandidates, props)
	return recs, false, err
}

// allWords reports whether every word is one of tokens.
func allWords(tokens, words []string) bool {
	for _, w := range words {
		if !slices.Contains(tokens, w) {
			return false
		}
	}
	return len(words) > 0
}
