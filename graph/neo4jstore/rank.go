package neo4jstore

import (
	"context"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The loader stores with every node the phrases search ranks it by, so
// that Neo4j can rank the candidates and return only the first few: of a
// search that matches 1,400 frameworks and asks for 100, it projects and
// sends 100. They are the store's own bookkeeping (bookkeepingPrefix),
// never record properties.
const (
	// propRankPhrases: model.Phrase of the node's label, then of each of
	// its alternative labels, in order.
	propRankPhrases = "_rankPhrases"
	// propCodePhrases: model.Phrase of each model.SearchCodeProps value
	// the node has (absent when it has none).
	propCodePhrases = "_codePhrases"
	// rankedProp on the :Dataset node says the loader stored the phrases:
	// a database loaded by an earlier build has none, and its searches
	// are ranked above the store as before (Store.ranked).
	rankedProp = "searchRanked"
)

// addRankPhrases adds the node's rank phrases to its stored properties.
func addRankPhrases(props map[string]any, r *model.Record) {
	labels := append([]string{r.String(model.PropLabel)}, r.Strings("altLabels")...)
	phrases := make([]string, len(labels))
	for i, l := range labels {
		phrases[i] = model.Phrase(l)
	}
	props[propRankPhrases] = phrases
	var codes []string
	for _, p := range model.SearchCodeProps[r.Kind] {
		if c := r.String(p); c != "" {
			codes = append(codes, model.Phrase(c))
		}
	}
	if len(codes) > 0 {
		props[propCodePhrases] = codes
	}
}

// rankCypher is the tail of a ranked search, after its candidates (node,
// in ID order, at most $limit): it ranks them exactly as the graph
// package's search does (its matchOf and the order of its hits), in this
// order:
//   - aside: a source matched by less than its whole title comes last;
//   - rank: 0 the name or a code is the text ($phrase), 1 an alternative
//     label is, 2 a label holds every word ($words) as a whole word, or the
//     node's words do, 3 a label holds a word starting with each word, or
//     the node's words do, 4 otherwise (the stems, $terms, matched);
//   - leading first: a label that matched that way starts with the text
//     (the name when only the node's words matched);
//   - then by ID;
//
// and keeps the first $first. A phrase is its words joined by single
// spaces, so " p " contains " w " exactly when w is one of p's words, and p
// has a word starting with w exactly when p starts with w or contains " w".
const rankCypher = `
WITH node, coalesce(node.` + propRankPhrases + `, ['']) AS ph, coalesce(node.` + propCodePhrases + `, []) AS cp,
  coalesce(node.searchTokens, []) AS toks
WITH node, CASE
  WHEN ph[0] = $phrase OR $phrase IN cp THEN [0, true]
  WHEN $phrase IN ph[1..] THEN [1, true]
  WHEN any(p IN ph WHERE ` + wholeWords + `) THEN [2, any(p IN ph WHERE ` + wholeWords + ` AND p STARTS WITH $phrase)]
  WHEN all(w IN $words WHERE w IN toks) THEN [2, ph[0] STARTS WITH $phrase]
  WHEN any(p IN ph WHERE ` + wordStarts + `) THEN [3, any(p IN ph WHERE ` + wordStarts + ` AND p STARTS WITH $phrase)]
  WHEN all(w IN $words WHERE any(t IN toks WHERE t STARTS WITH w)) THEN [3, ph[0] STARTS WITH $phrase]
  WHEN any(p IN ph WHERE ` + stemStarts + `) THEN [4, any(p IN ph WHERE ` + stemStarts + ` AND p STARTS WITH $phrase)]
  ELSE [4, ph[0] STARTS WITH $phrase] END AS rk
WITH node, node:` + model.KindSource + ` AND rk[0] <> 0 AS aside, rk[0] AS rank, rk[1] AS leading
ORDER BY aside, rank, leading DESC, node.id
LIMIT $first`

// The phrase tests of rankCypher, on a phrase p. A CASE tries its branches
// in turn, so a candidate is tested only until the first that holds (most
// match by whole words, and never reach the word-start and stem tests).
const (
	wholeWords = `all(w IN $words WHERE (' ' + p + ' ') CONTAINS (' ' + w + ' '))`
	wordStarts = `all(w IN $words WHERE p STARTS WITH w OR p CONTAINS (' ' + w))`
	stemStarts = `all(w IN $terms WHERE p STARTS WITH w OR p CONTAINS (' ' + w))`
)

// SearchRanked is SearchProps ranked by Neo4j: of the first limit records
// in ID order that match text, the first first by the graph package's
// search order (rankCypher), with the properties props. ok is false, and
// nothing is read, when the database was loaded by an earlier build
// without the rank phrases: the caller then ranks SearchProps' records
// itself.
func (s *Store) SearchRanked(ctx context.Context, text string, kinds []string, limit, first int, props []string) (recs []*model.Record, ok bool, err error) {
	if !s.ranked.Load() {
		return nil, false, nil
	}
	words := model.Tokens(text)
	recs, err = s.searchRead(ctx, text, kinds, limit, props, rankCypher, map[string]any{
		"phrase": strings.Join(words, " "), // model.Phrase(text)
		"words":  uniq(words),
		"terms":  model.SearchTerms(text),
		"first":  first,
	})
	return recs, true, err
}
