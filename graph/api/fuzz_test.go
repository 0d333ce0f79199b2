package api

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
)

// FuzzRequest sends any body under any content type to the handler: the
// answer is never a 5xx and is always a GraphQL response whose errors
// carry a code. Its corpus (testdata/fuzz/FuzzRequest) holds the hostile
// payloads and runs with every `go test`.
func FuzzRequest(f *testing.F) {
	for _, seed := range []struct{ body, ctype string }{
		{gql(`{ countries { code } }`), "application/json"},
		{gql(`{ country(code: "ſG") { code } }`), "application/json"},
		{`{"query":"{ __typename }"}`, "application/json;;;=="},
		{gql(fragmentBomb(12)), "application/json"},
		{`{"query":"query($t: String!) { search(text: $t) { id } }","variables":{"t":"a a a a a"}}`, "application/json"},
		{`[]`, "application/json"},
		{`{"query":{"nested":true}}`, "application/json"},
	} {
		f.Add(seed.body, seed.ctype)
	}
	g, err := seed()
	if err != nil {
		f.Fatal(err)
	}
	s := New(memstore.New(g), DefaultLimits(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	f.Fuzz(func(t *testing.T, body, ctype string) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("status %d for %q (%s): %s", rec.Code, body, ctype, rec.Body)
		}
		var r gqlResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("answer is not JSON (%v) for %q: %s", err, body, rec.Body)
		}
		for _, e := range r.Errors {
			if c, _ := e.Extensions["code"].(string); c == "" {
				t.Fatalf("error %q without a code for %q", e.Message, body)
			}
		}
	})
}

// FuzzCost prices any valid document: the price is never negative, is the
// same twice, and is at least the number of fields the operation selects
// directly (each costs at least 1).
func FuzzCost(f *testing.F) {
	for _, q := range []string{
		`{ countries { code } }`,
		fragmentBomb(20),
		introspectionQuery(),
		aliases(10, `paths(from: "country:PH", to: "country:SG", maxHops: 6) { length }`),
		`query($n: Int) { occupations(first: $n) { edges { node { id } } } }`,
		`{ search(text: "nurse") { ... on Country { code } ... on Occupation { title } } }`,
	} {
		f.Add(q)
	}
	es := graph.NewExecutableSchema(costConfig())
	f.Fuzz(func(t *testing.T, query string) {
		doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, ParserTokenLimit)
		if err != nil || len(validator.Validate(es.Schema(), doc)) > 0 || len(doc.Operations) == 0 {
			return
		}
		op := doc.Operations[0]
		c1 := operationCost(t.Context(), es, doc, op, nil)
		c2 := operationCost(t.Context(), es, doc, op, nil)
		if c1 < 0 || c1 != c2 {
			t.Fatalf("cost of %q = %d then %d", query, c1, c2)
		}
		if n := len(op.SelectionSet); c1 < min(n, 1) {
			t.Fatalf("cost of %q = %d, less than its %d selections", query, c1, n)
		}
	})
}

func costConfig() graph.Config {
	c := graph.Config{Resolvers: &graph.Resolver{}}
	costListsByFirst(&c.Complexity)
	return c
}

// A list of neighbours nested in another is priced 10 items, the outermost
// once per item: a fragment costs what it costs where it is spread.
func TestCostOfNestedNeighbours(t *testing.T) {
	es := graph.NewExecutableSchema(costConfig())
	cost := func(query string) int {
		t.Helper()
		doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, ParserTokenLimit)
		if err != nil {
			t.Fatal(err)
		}
		if errs := validator.Validate(es.Schema(), doc); len(errs) > 0 {
			t.Fatal(errs)
		}
		return operationCost(t.Context(), es, doc, doc.Operations[0], nil)
	}
	for _, c := range []struct {
		query string
		want  int
	}{
		{`{ country(code: "PH") { arrangements { id } } }`, 3},                                                  // 1 + (1 + 1)
		{`{ country(code: "PH") { arrangements { parties { code } } } }`, 13},                                   // 1 + (1 + (1 + 10*1))
		{`{ country(code: "PH") { arrangements { parties { arrangements { id } } } } }`, 113},                   // 1 + (1 + (1 + 10*(1 + 10*1)))
		{`{ country(code: "PH") { code arrangements { title instrumentType: type } } }`, 5},                     // scalars of the outermost list once
		{`{ countries { frameworks { levels { qualifications { id } } } } }`, 10 + 1 + (1 + (1 + 10*(1+10*1)))}, // a root list is priced as a scan; frameworks outermost
		// The same fragment, spread outside a list of neighbours (its
		// arrangements outermost: 2) and within one (10 times: 11).
		{`{ country(code: "PH") { ...A arrangements { parties { ...A } } } } fragment A on Country { arrangements { id } }`, 1 + 2 + (1 + (1 + 10*11))},
	} {
		if got := cost(c.query); got != c.want {
			t.Errorf("cost of %s = %d, want %d", c.query, got, c.want)
		}
	}
}
