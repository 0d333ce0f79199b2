package storetest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// A check states, in code, an answer users rely on, so that a golden file
// rewritten by mistake cannot hide a wrong answer. Paths select values from
// the response data: "countries.*.code" collects code from each element.
type check struct {
	name  string
	query string
	path  string
	want  any    // compared after a JSON round trip
	code  string // for error cases: the expected extensions.code
}

var checks = []check{
	{name: "ASEAN members", query: `{ countries(aseanOnly: true) { code } }`, path: "countries.*.code",
		want: []any{"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"}},
	{name: "AQRF has levels 1 to 8", query: `{ framework(code: "AQRF") { levels { level } } }`, path: "framework.levels.*.level",
		want: []any{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0}},
	{name: "PQF 4 is comparable to MQF 4 in Malaysia", query: `{ levelEquivalents(framework: "PQF", level: 4, country: "MY") { id } }`,
		path: "levelEquivalents.*.id", want: []any{"level:MQF:4", "level:MSCS:4"}},
	{name: "PQF 4 is referenced to AQRF 4", query: `{ node(id: "level:PQF:4") { ... on FrameworkLevel { referencedTo { level { id } fit } } } }`,
		path: "node.referencedTo.*.level.id", want: []any{"level:AQRF:4"}},
	{name: "node resolves a country", query: `{ node(id: "country:PH") { id ... on Country { name } } }`, path: "node.name", want: "Philippines"},
	{name: "node of an unknown ID is null", query: `{ node(id: "country:ZZ") { id } }`, path: "node", want: nil},
	{name: "nursing MRA parties", query: `{ node(id: "arrangement:asean-mra-nursing") { ... on Arrangement { parties { code } } } }`,
		path: "node.parties.*.code", want: []any{"BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"}},
	{name: "Cambodia-Thailand pilot covers bricklayers and plasterers",
		query: `{ node(id: "arrangement:kh-th-mrs-bricklaying-plastering") { ... on Arrangement { occupations { iscoCode } } } }`,
		path:  "node.occupations.*.iscoCode", want: []any{"7112", "7123"}},
	{name: "search is accent- and case-insensitive", query: `{ search(text: "VIỆT NAM", kinds: [Country]) { id } }`,
		path: "search.*.id", want: []any{"country:VN"}},
	{name: "occupations by ISCO prefix", query: `{ occupations(filter: {iscoCode: "221"}) { totalCount edges { node { iscoCode } } } }`,
		path: "occupations.edges.*.node.iscoCode", want: []any{"2211", "2212"}},
	{name: "unknown country code", query: `{ country(code: "XX") { name } }`, code: "BAD_USER_INPUT"},
	{name: "malformed ID", query: `{ node(id: "bogus") { id } }`, code: "BAD_USER_INPUT"},
	{name: "level outside the framework", query: `{ levelEquivalents(framework: "PQF", level: 9) { id } }`, code: "BAD_USER_INPUT"},
	{name: "unknown framework", query: `{ framework(code: "XQF") { id } }`, code: "BAD_USER_INPUT"},
	{name: "page size out of range", query: `{ occupations(first: 1000) { totalCount } }`, code: "BAD_USER_INPUT"},
	{name: "bad cursor", query: `{ qualifications(after: "nope") { totalCount } }`, code: "BAD_USER_INPUT"},
	{name: "search text too short", query: `{ search(text: " a ") { id } }`, code: "BAD_USER_INPUT"},
}

// RunChecks runs the stated answers against h.
func RunChecks(t *testing.T, h http.Handler) {
	t.Run("checks", func(t *testing.T) {
		for _, c := range checks {
			t.Run(c.name, func(t *testing.T) {
				r := Do(t, h, c.query, nil)
				if c.code != "" {
					if len(r.Errors) == 0 || r.Errors[0].Code != c.code {
						t.Fatalf("%s: errors = %+v, want one with code %s", c.query, r.Errors, c.code)
					}
					if strings.TrimSpace(r.Errors[0].Message) == "" || strings.Contains(r.Errors[0].Message, "panic") {
						t.Errorf("%s: unhelpful message %q", c.query, r.Errors[0].Message)
					}
					return
				}
				if len(r.Errors) > 0 {
					t.Fatalf("%s: unexpected errors %+v", c.query, r.Errors)
				}
				var data any
				if err := json.Unmarshal(r.Data, &data); err != nil {
					t.Fatal(err)
				}
				got := Select(data, c.path)
				want := roundTrip(c.want)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s\n  %s = %v\n  want %v", c.query, c.path, got, want)
				}
			})
		}
	})
}

// Select returns the value at a dotted path in decoded JSON; "*" maps over
// a list.
func Select(v any, path string) any {
	if path == "" {
		return v
	}
	head, rest, _ := strings.Cut(path, ".")
	if head == "*" {
		list, _ := v.([]any)
		out := []any{}
		for _, e := range list {
			out = append(out, Select(e, rest))
		}
		return out
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprintf("<no %s>", head)
	}
	return Select(m[head], rest)
}

func roundTrip(v any) any {
	b, _ := json.Marshal(v)
	var out any
	_ = json.Unmarshal(b, &out)
	return out
}
