package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/internal/memo"
)

// searchIndex is the full-text index over the folded words of every node
// (the searchTokens property, a list of strings). Its analyzer is
// "keyword": each word, already folded by model.Tokens when the dataset was
// built, is one index term, exactly as memstore sees it. A prefix query
// "tok*" on such terms matches exactly the words that start with tok, so
// the index returns exactly memstore's matches. (The "standard-folding"
// analyzer would not: it drops English stop words such as "in" and "the",
// and re-tokenises words differently from model.Tokens.) The name carries
// a version so that a changed definition gets a new index.
const searchIndex = "node_search_tokens_v1"

// searchIndexOf names the full-text index a search of kind reads: one per
// kind label, defined as searchIndex is but over that label's nodes, or
// searchIndex for any kind or several (kind ""). A search of one kind then
// takes from the index only that kind's matches: on a graph 100 times the
// seed, "qualifications framework" matches 12 frameworks and 2,300 other
// nodes (sources, arrangements), each of which the whole-graph index would
// hand to Neo4j to load and test for the label.
func searchIndexOf(kind string) string {
	if kind == "" {
		return searchIndex
	}
	return "search_tokens_" + kind + "_v1"
}

// searchIndexes are every full-text index Search reads: searchIndex, then
// one per kind label in name order.
func searchIndexes() []string {
	out := []string{searchIndex}
	for _, kind := range slices.Sorted(maps.Keys(kindLabels)) {
		out = append(out, searchIndexOf(kind))
	}
	return out
}

// luceneMaxClauses is Lucene's default limit on the clauses of a query.
// Every search term is one clause (model.SearchTerms gives at most
// model.MaxSearchTokens), so the index query alone decides which nodes
// match (TestSearchTermsFitOneIndexQuery).
const luceneMaxClauses = 1024

// searchCypher takes candidates from the full-text index $index, keeps
// those of the kinds asked for, in ID order, at most $limit. The index query
// (luceneQuery) requires a word starting with each token, which is
// model.TokensMatch, the predicate memstore applies: so no word is tested
// again here (that cost Neo4j a comparison per word and token of every
// candidate). When one kind is asked for, $index is that kind's
// (searchIndexOf), every candidate is of the kind, and none is tested;
// otherwise the kinds are tested on each candidate's labels. The node is
// returned whole, or as a projection of what the request reads. The
// indexes are over :Node and the kind labels only (searchIndexCypher), so
// no candidate needs :Node tested.
// kind is the one kind asked for, "" for any or several; when ranked,
// rankCypher goes between the candidates and the projection.
func searchCypher(kind string, props []string, ranked bool) (string, error) {
	kindTest := "\nWHERE size($kinds) = 0 OR any(l IN labels(node) WHERE l IN $kinds)"
	if kind != "" {
		if !kindLabels[kind] {
			return "", fmt.Errorf("neo4jstore: search: %q is not a kind", kind)
		}
		kindTest = ""
	}
	ret := "node"
	if props != nil {
		var err error
		if ret, err = projection("node", kind, props); err != nil {
			return "", err
		}
		// Of a node's words, only those the ranking can use: the ones
		// that start with a word or search term of the text.
		ret = strings.Replace(ret, "node."+model.PropSearchTokens,
			"[t IN coalesce(node."+model.PropSearchTokens+", []) WHERE any(x IN $prefixes WHERE t STARTS WITH x)]", 1)
	}
	tail := ""
	if ranked {
		tail = rankCypher
	}
	// Ordered and cut before the projection: only the nodes kept are
	// projected (a third less CPU for Neo4j than sorting projections).
	return `
CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node
WITH node` + kindTest + `
WITH node ORDER BY node.id LIMIT $limit` + tail + `
RETURN ` + ret + ` AS node`, nil
}

// searchTexts holds the texts searchCypher built for the kinds,
// projections and rankings asked most recently: a request's search then
// builds no text (the same operation asks the same properties).
var searchTexts = memo.Map[string, searchBuilt]{Max: 256}

type searchBuilt struct {
	cypher string
	err    error
}

// searchText is searchCypher, remembered.
func searchText(kind string, props []string, ranked bool) (string, error) {
	for _, p := range props {
		if strings.ContainsAny(p, ",\x00") { // not a property name (searchCypher says so), and not a key
			return searchCypher(kind, props, ranked)
		}
	}
	key := kind + "\x00" + strconv.FormatBool(ranked) + "\x00" + strconv.FormatBool(props == nil) + "\x00" + strings.Join(props, ",")
	b := searchTexts.Get(key, func() searchBuilt {
		c, err := searchCypher(kind, props, ranked)
		return searchBuilt{c, err}
	})
	return b.cypher, b.err
}

// Search returns up to limit records of the kinds (any kind when none)
// whose words match every word of text (model.TokensMatch), in ID order. A
// text without words matches nothing, and costs no query.
func (s *Store) Search(ctx context.Context, text string, kinds []string, limit int) ([]*model.Record, error) {
	return s.SearchProps(ctx, text, kinds, limit, nil)
}

// SearchProps is Search returning of each record only the properties
// props (all when nil). Of its search tokens it returns those that start
// with a word or search term of the text: all a ranking of the results
// for the text can use (graph's matchOf), at a fraction of their size.
func (s *Store) SearchProps(ctx context.Context, text string, kinds []string, limit int, props []string) ([]*model.Record, error) {
	return s.searchRead(ctx, text, kinds, limit, props, false, nil)
}

// searchRead runs a search: its candidates, then when ranked rankCypher
// with the parameters more, then the projection.
func (s *Store) searchRead(ctx context.Context, text string, kinds []string, limit int, props []string, ranked bool, more map[string]any) ([]*model.Record, error) {
	tokens := uniq(model.SearchTerms(text))
	out := []*model.Record{}
	if len(tokens) == 0 || limit <= 0 {
		return out, ctx.Err()
	}
	kind := "" // the one kind asked for, when it is one: a label in the text
	if len(kinds) == 1 && kindLabels[kinds[0]] {
		kind = kinds[0]
	}
	cypher, err := searchText(kind, props, ranked)
	if err != nil {
		return nil, err
	}
	params := map[string]any{
		"index":  searchIndexOf(kind),
		"lucene": luceneQuery(tokens),
		"kinds":  append([]string{}, kinds...),
		"limit":  limit,
	}
	if slices.Contains(props, model.PropSearchTokens) { // the projection keeps the words ranking can use
		params["prefixes"] = rankPrefixes(model.Tokens(text), tokens)
	}
	maps.Copy(params, more)
	recs, err := s.read(ctx, "search", cypher, params)
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		n, _ := rec.Get("node")
		var r *model.Record
		if props != nil {
			r, err = fromProjection(ctx, n, kind, props)
		} else {
			r, err = toRecord(n)
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// rankPrefixes are the prefixes of the search tokens a ranking can use:
// the terms, and each word of the text that no term is a prefix of (a
// token that starts with such a word starts with the term too, so testing
// the word as well would keep nothing more and cost Neo4j a comparison per
// token).
func rankPrefixes(words, terms []string) []string {
	out := append([]string{}, terms...)
	for _, w := range words {
		if !slices.ContainsFunc(out, func(p string) bool { return strings.HasPrefix(w, p) }) {
			out = append(out, w)
		}
	}
	return out
}

// luceneQuery requires a term starting with each token: "+tok1* +tok2*".
// Tokens hold only letters and digits; any Lucene syntax character is
// escaped all the same.
func luceneQuery(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('+')
		for _, r := range t {
			if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/ `, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		b.WriteByte('*')
	}
	return b.String()
}
