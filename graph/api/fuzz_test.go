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
