package storetest

import (
	"fmt"
	"strings"
)

// Paging of `arrangements`, stated in code (issue 10: every list is
// bounded). The seed has 49 arrangements, 8 of them MRAs; the cursor is that
// of arrangement:asean-mra-dental, the fifth by ID.
const afterDental = `"Y3Vyc29yOmFycmFuZ2VtZW50OmFzZWFuLW1yYS1kZW50YWw"`

// manyPages asks n times, under different aliases, for a page of first
// items of list with the selection sel of each node.
func manyPages(list, sel string, n, first int) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s(first: %d) { edges { node { %s } } } ", i, list, first, sel)
	}
	b.WriteString("}")
	return b.String()
}

// manyArrangements asks n pages of first arrangements with their parties
// and sources: each costs 10 + 1 + 6*first (10 for a list of every
// arrangement, 1 for the field, then per item edges, node, parties, code,
// sources, title).
func manyArrangements(n, first int) string {
	return manyPages("arrangements", "parties { code } sources { title }", n, first)
}

var pageChecks = []check{
	{name: "arrangements: a first page of 5", query: `{ arrangements(first: 5) { edges { node { id } } } }`,
		path: "arrangements.edges.*.node.id", want: []any{"arrangement:asean-agp-2016", "arrangement:asean-amnp-2012",
			"arrangement:asean-mra-accountancy", "arrangement:asean-mra-architecture", "arrangement:asean-mra-dental"}},
	{name: "arrangements: the first page counts them all and says more follow",
		query: `{ arrangements(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
		path:  "arrangements", want: map[string]any{"totalCount": 49.0, "pageInfo": map[string]any{
			"hasNextPage": true, "hasPreviousPage": false, "endCursor": strings.Trim(afterDental, `"`)}}},
	{name: "arrangements: the next page starts after the cursor", query: `{ arrangements(first: 5, after: ` + afterDental + `) { edges { node { id } } } }`,
		path: "arrangements.edges.*.node.id", want: []any{"arrangement:asean-mra-engineering", "arrangement:asean-mra-medical",
			"arrangement:asean-mra-nursing", "arrangement:asean-mra-surveying", "arrangement:asean-mra-tourism"}},
	{name: "arrangements: the default page is 20", query: `{ arrangements { totalCount pageInfo { hasNextPage } } }`,
		path: "arrangements", want: map[string]any{"totalCount": 49.0, "pageInfo": map[string]any{"hasNextPage": true}}},
	{name: "arrangements: a filter pages too", query: `{ arrangements(filter: {type: MRA}, first: 3, after: ` + afterDental + `) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`,
		path: "arrangements", want: map[string]any{"totalCount": 8.0, "pageInfo": map[string]any{"hasNextPage": true}, "edges": []any{
			map[string]any{"node": map[string]any{"id": "arrangement:asean-mra-engineering"}},
			map[string]any{"node": map[string]any{"id": "arrangement:asean-mra-medical"}},
			map[string]any{"node": map[string]any{"id": "arrangement:asean-mra-nursing"}}}}},
	{name: "arrangements: the last filtered page says none follow", query: `{ arrangements(filter: {type: MRA}, first: 5, after: ` + afterDental + `) { pageInfo { hasNextPage hasPreviousPage } } }`,
		path: "arrangements.pageInfo", want: map[string]any{"hasNextPage": false, "hasPreviousPage": true}},
	{name: "arrangements: first over the limit", query: `{ arrangements(first: 101) { totalCount } }`, code: "BAD_USER_INPUT"},
	{name: "arrangements: first under 1", query: `{ arrangements(first: 0) { totalCount } }`, code: "BAD_USER_INPUT"},
	{name: "arrangements: a cursor of no page", query: `{ arrangements(after: "nope") { totalCount } }`, code: "BAD_USER_INPUT"},
	// Nine pages of 100 cost 9 * 611 = 5,499, over the default limit of
	// 5,000; nine pages of 5 cost 9 * 41 = 369.
	{name: "arrangements: cost counted by first, refused when over", query: manyArrangements(9, 100), code: "TOO_COMPLEX", contains: "the query costs 5499,"},
	{name: "arrangements: cost counted by first, small pages pass", query: manyArrangements(9, 5),
		path: "a8.edges.0.node.parties.0.code", want: "BN"},
	// authorities too: 116 in the seed, 8 of them Philippine.
	{name: "authorities: a page of a country's, then the next", query: `{ authorities(country: "PH", first: 2, after: "Y3Vyc29yOmF1dGhvcml0eTpkbXctcGg") { totalCount edges { node { id } } } }`,
		path: "authorities", want: map[string]any{"totalCount": 8.0, "edges": []any{
			map[string]any{"node": map[string]any{"id": "authority:dole-ph"}},
			map[string]any{"node": map[string]any{"id": "authority:dot-ph"}}}}},
	{name: "authorities: first over the limit", query: `{ authorities(first: 101) { totalCount } }`, code: "BAD_USER_INPUT"},
	{name: "authorities: cost counted by first", query: manyPages("authorities", "id name country { code } sources { title }", 9, 100), code: "TOO_COMPLEX"},
	{name: "authorities: small pages pass", query: manyPages("authorities", "id name country { code } sources { title }", 9, 5),
		path: "a8.edges.*.node.id", want: []any{"authority:aa-register", "authority:aac", "authority:acpacc", "authority:acpe-register", "authority:acpecc"}},
	// Lists of neighbours nested in each other multiply: each one within
	// another is priced as 10 items. A country's arrangements' parties'
	// arrangements' parties' arrangements' parties' arrangements (depth 9,
	// priced 9 before) grew the server past 10 GB; five levels of them (2
	// million items in the seed) are refused before they run, four (the
	// parties of the parties' arrangements, 226 kB) are answered.
	{name: "seven nested lists of neighbours are refused before they run",
		query: `{ country(code:"PH") { arrangements { parties { arrangements { parties { arrangements { parties { arrangements { id } } } } } } } } }`,
		code:  "TOO_COMPLEX", contains: "the query costs 1111113,"},
	{name: "five nested lists of neighbours are refused",
		query: `{ country(code:"PH") { arrangements { parties { arrangements { parties { arrangements { id } } } } } } }`,
		code:  "TOO_COMPLEX", contains: "the query costs 11113,"},
	{name: "four nested lists of neighbours are answered",
		query: `{ country(code:"PH") { arrangements { parties { arrangements { parties { code } } } } } }`,
		path:  "country.arrangements.0.parties.0.arrangements.0.parties.0.code", want: "BN"},
}
