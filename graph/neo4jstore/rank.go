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
	// propRankPhrases: the padded phrase (padded) of the node's label,
	// then of each of its alternative labels, in order.
	propRankPhrases = "_rankPhrases"
	// propCodePhrases: model.Phrase of each model.SearchCodeProps value
	// the node has (absent when it has none).
	propCodePhrases = "_codePhrases"
	// rankedProp on the :Dataset node says which phrases the loader
	// stored: rankVersion, the padded ones rankCypher reads. A database
	// loaded by an earlier build has none (or unpadded ones, marked true),
	// and its searches are ranked above the store as before (Store.ranked).
	rankedProp  = "searchRanked"
	rankVersion = 2
)

// padded is a phrase between two spaces. A phrase is its words joined by
// single spaces, so its padded form holds " w " exactly when w is one of its
// words, holds " w" exactly when one of its words starts with w, and starts
// with " t" exactly when the phrase starts with t: every test of rankCypher
// is then one CONTAINS or STARTS WITH of a stored string and a parameter,
// with no string built per candidate.
func padded(phrase string) string { return " " + phrase + " " }

// addRankPhrases adds the node's rank phrases to its stored properties.
func addRankPhrases(props map[string]any, r *model.Record) {
	labels := append([]string{r.String(model.PropLabel)}, r.Strings("altLabels")...)
	phrases := make([]string, len(labels))
	for i, l := range labels {
		phrases[i] = padded(model.Phrase(l))
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
//   - rank: 0 the name or a code is the text ($phrase, padded $padded), 1
//     an alternative label is, 2 a label holds every word ($whole: each
//     " w ") as a whole word, or the node's words do ($words), 3 a label
//     holds a word starting with each word ($starts: each " w"), or the
//     node's words do, 4 otherwise (the stems matched; $stems: each " t");
//   - leading first: a label that matched that way starts with the text
//     ($lead: " " + the text's phrase; the name when only the node's
//     words matched);
//   - then by ID;
//
// and keeps the first $first. The labels are their padded phrases (padded).
// The codes and the node's words are read only in the branches that test
// them (most candidates match by a label first); an absent list makes its
// test null, which a CASE takes as not holding.
const rankCypher = `
WITH node, coalesce(node.` + propRankPhrases + `, ['  ']) AS ph
WITH node, CASE
  WHEN ph[0] = $padded OR $phrase IN node.` + propCodePhrases + ` THEN [0, true]
  WHEN $padded IN ph[1..] THEN [1, true]
  WHEN any(p IN ph WHERE all(w IN $whole WHERE p CONTAINS w)) THEN [2, any(p IN ph WHERE p STARTS WITH $lead AND all(w IN $whole WHERE p CONTAINS w))]
  WHEN all(w IN $words WHERE w IN node.searchTokens) THEN [2, ph[0] STARTS WITH $lead]
  WHEN any(p IN ph WHERE all(w IN $starts WHERE p CONTAINS w)) THEN [3, any(p IN ph WHERE p STARTS WITH $lead AND all(w IN $starts WHERE p CONTAINS w))]
  WHEN all(w IN $words WHERE any(t IN node.searchTokens WHERE t STARTS WITH w)) THEN [3, ph[0] STARTS WITH $lead]
  WHEN any(p IN ph WHERE all(w IN $stems WHERE p CONTAINS w)) THEN [4, any(p IN ph WHERE p STARTS WITH $lead AND all(w IN $stems WHERE p CONTAINS w))]
  ELSE [4, ph[0] STARTS WITH $lead] END AS rk
WITH node, node:` + model.KindSource + ` AND rk[0] <> 0 AS aside, rk[0] AS rank, rk[1] AS leading
ORDER BY aside, rank, leading DESC, node.id
LIMIT $first`

// around returns each of xs between before and after.
func around(before string, xs []string, after string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = before + x + after
	}
	return out
}

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
	phrase := strings.Join(words, " ") // model.Phrase(text)
	ws := uniq(words)
	recs, err = s.searchRead(ctx, text, kinds, limit, props, true, map[string]any{
		"phrase": phrase,
		"padded": padded(phrase),
		"lead":   " " + phrase,
		"words":  ws,
		"whole":  around(" ", ws, " "),
		"starts": around(" ", ws, ""),
		"stems":  around(" ", model.SearchTerms(text), ""),
		"first":  first,
	})
	return recs, true, err
}
