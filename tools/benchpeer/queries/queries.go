// Package queries holds what the side-by-side benchmark asks (scripts/bench-peer):
// each question as this server's GraphQL, as @neo4j/graphql's GraphQL, and as
// the one hand-written Cypher query the floor server runs, with where each
// answer keeps its data so that the answers can be compared.
package queries

import (
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Query is one question of the benchmark.
type Query struct {
	Name string
	// Ours is this server's operation, with Vars; the floor server is sent
	// the same body and recognises it by this text.
	Ours string
	Vars map[string]any
	// OursPath says where the answer's data is under "data": keys, "[]"
	// for every element of a list, "[0]" for the first.
	OursPath string
	// Peer is @neo4j/graphql's operation for the same data ("" when it has
	// none), with PeerVars, its data at PeerPath.
	Peer     string
	PeerVars map[string]any
	PeerPath string
	// Cypher is the floor's one query ("" when there is none); each record
	// has one column, v. Params makes its parameters from Vars; Key is the
	// field it answers under "data", a list unless One.
	Cypher string
	Params func(vars map[string]any) map[string]any
	Key    string
	One    bool
}

// All is every question, in the order they are timed.
var All = []Query{
	{
		Name:     "nested",
		Ours:     `{ countries { code name frameworks { code name levels { level title qualifications { id title } } } } }`,
		OursPath: "countries",
		Peer:     `{ countries { code name frameworks { code name levels { level title qualifications { id title } } } } }`,
		PeerPath: "countries",
		Cypher: `
MATCH (c:Country)
RETURN c {.code, .name,
  frameworks: [(c)<-[:OF_COUNTRY]-(f:QualificationFramework) | f {.code, .name,
    levels: [(f)-[:HAS_LEVEL]->(l:FrameworkLevel) | l {.level, .title,
      qualifications: [(l)<-[:AT_LEVEL]-(q:Qualification) | q {.id, .title}]}]}]} AS v
ORDER BY c.id`,
		Key: "countries",
	},
	{
		// A list with relationships, one page of it: the largest page
		// this server gives (graph.ListFirst), ordered by ID, with the total.
		Name:     "arrangements",
		Ours:     `{ arrangements(first: 100) { totalCount edges { node { id title type parties { code } sources { id title } } } } }`,
		OursPath: "arrangements",
		Peer:     `{ arrangementsConnection(first: 100, sort: [{ id: ASC }]) { totalCount edges { node { id title type parties { code } sources { id title } } } } }`,
		PeerPath: "arrangementsConnection",
		Cypher: `
MATCH (n:Arrangement)
WITH count(n) AS total
MATCH (a:Arrangement)
WITH total, a ORDER BY a.id LIMIT $first
WITH total, collect(a {.id, .title, .type,
  parties: [(a)-[:PARTY]->(c:Country) | c {.code}],
  sources: [(a)-[:CITES]->(s:Source) | s {.id, .title}]}) AS nodes
RETURN {totalCount: total, edges: [x IN nodes | {node: x}]} AS v`,
		Params: func(map[string]any) map[string]any { return map[string]any{"first": 100} },
		Key:    "arrangements",
		One:    true,
	},
	{
		Name:     "country",
		Ours:     `query ($code: String!) { country(code: $code) { code name aseanMember } }`,
		Vars:     map[string]any{"code": "PH"},
		OursPath: "country",
		Peer:     `query ($code: String!) { countries(where: { code: { eq: $code } }) { code name aseanMember } }`,
		PeerVars: map[string]any{"code": "PH"},
		PeerPath: "countries.[0]",
		Cypher: `
MATCH (c:Country {id: $id})
RETURN c {.code, .name, .aseanMember} AS v`,
		Params: func(vars map[string]any) map[string]any {
			code, _ := vars["code"].(string)
			return map[string]any{"id": "country:" + strings.ToUpper(strings.TrimSpace(code))}
		},
		Key: "country",
		One: true,
	},
	{
		Name:     "search",
		Ours:     `query ($text: String!) { search(text: $text, kinds: [QUALIFICATION_FRAMEWORK], first: 100) { id ... on QualificationFramework { code name } } }`,
		Vars:     map[string]any{"text": "qualifications framework"},
		OursPath: "search",
		// The same full-text index (graph/neo4jstore/search.go: the one over
		// the kind's label, as a @fulltext type of the peer declares), asked
		// the same Lucene query: every word as a prefix.
		Peer:     `query ($phrase: String!) { frameworksByText(phrase: $phrase, first: 100) { edges { node { id code name } } } }`,
		PeerVars: map[string]any{"phrase": "+qualific* +framework*"}, // the stems of the text (model.SearchTerms)
		PeerPath: "frameworksByText.edges.[].node",
		Cypher: `
CALL db.index.fulltext.queryNodes('search_tokens_QualificationFramework_v1', $lucene) YIELD node
RETURN node {.id, .code, .name} AS v
ORDER BY node.id
LIMIT 100`,
		Params: func(vars map[string]any) map[string]any {
			text, _ := vars["text"].(string)
			tokens := model.SearchTerms(text) // what this server's search matches: stems
			lucene := make([]string, len(tokens))
			for i, t := range tokens {
				lucene[i] = "+" + t + "*" // tokens are letters and digits only
			}
			return map[string]any{"lucene": strings.Join(lucene, " ")}
		},
		Key: "search",
	},
	{
		Name: "recognition",
		Ours: `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") {
  outcome reason paths { strength summary conditions blocked instrument { id title }
  steps { relation from { id } to { id } explanation sources { title url } } } } }`,
		OursPath: "recognitionPaths",
	},
}

// ByOurs returns the question whose Ours text is q.
func ByOurs(q string) (Query, bool) {
	for _, x := range All {
		if x.Ours == q {
			return x, true
		}
	}
	return Query{}, false
}
