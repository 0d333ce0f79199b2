package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// deepQuery nests fields n deep, following level references to and fro.
func deepQuery(n int) string {
	var b strings.Builder
	b.WriteString(`{ country(code: "PH") { frameworks { levels { `)
	depth := 3
	for i := 0; depth+2 <= n-1; i++ {
		if i%2 == 0 {
			b.WriteString("referencedTo { level { ")
		} else {
			b.WriteString("referencedFrom { level { ")
		}
		depth += 2
	}
	b.WriteString("id")
	for i := 0; i < (depth-3)/2; i++ {
		b.WriteString(" } }")
	}
	b.WriteString(" } } } }")
	return b.String()
}

func TestBadInput(t *testing.T) {
	apqQuery := `{ __typename }`
	for _, tc := range []struct {
		name       string
		change     func(*config)
		method     string
		target     string
		body       string
		ctype      string
		wantStatus int
		wantCode   string // "" : no error at all
		wantData   string // when set, the data wanted
		skipIf     func(gqlResponse) string
	}{
		{
			name: "unknown country code", body: gql(`{ country(code: "XX") { name } }`),
			wantStatus: 200, wantCode: graph.CodeBadUserInput, skipIf: stubbed("Query.country"),
		},
		{name: "malformed query", body: gql(`{ countries {`), wantStatus: 422, wantCode: graph.CodeParseFailed},
		{name: "wrong argument type", body: gql(`{ country(code: 5) { name } }`), wantStatus: 422, wantCode: graph.CodeValidation},
		{
			name: "variable of the wrong type", body: `{"query":"query($n: Int) { occupations(first: $n) { totalCount } }","variables":{"n":"many"}}`,
			wantStatus: 422, wantCode: graph.CodeValidation,
		},
		{
			name: "required variable missing", body: `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{}}`,
			wantStatus: 422, wantCode: graph.CodeValidation,
		},
		{
			name: "required variable null", body: `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{"c":null}}`,
			wantStatus: 422, wantCode: graph.CodeValidation,
		},
		{
			// gqlgen reads JSON numbers as json.Number, a string, so a number
			// passes as a String variable; the resolver then refuses the value.
			name: "number for a String variable", body: `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{"c":5}}`,
			wantStatus: 200, wantCode: graph.CodeBadUserInput, skipIf: stubbed("Query.country"),
		},
		{name: "too many tokens", body: gql("{ " + strings.Repeat("__typename ", api.ParserTokenLimit) + "}"), wantStatus: 422, wantCode: graph.CodeParseFailed},
		{name: "unknown field", body: gql(`{ countries { nope } }`), wantStatus: 422, wantCode: graph.CodeValidation},
		{name: "no query", body: `{"query":""}`, wantStatus: 422, wantCode: graph.CodeValidation},
		{name: "too deep", body: gql(deepQuery(14)), wantStatus: 200, wantCode: graph.CodeTooComplex},
		{
			name: "too deep through fragments",
			body: gql(`query { country(code: "PH") { ...F } }
fragment F on Country { frameworks { levels { ...L } } }
fragment L on FrameworkLevel { referencedTo { level { referencedFrom { level { ... on FrameworkLevel { referencedTo { level { referencedFrom { level { referencedTo { level { id } } } } } } } } } } } }`),
			wantStatus: 200, wantCode: graph.CodeTooComplex,
		},
		{
			name: "too complex", change: func(c *config) { c.MaxComplexity = 500 },
			body:       gql(`{ occupations(first: 100) { edges { node { id standards { units { skills { label } } } } } } }`),
			wantStatus: 200, wantCode: graph.CodeTooComplex,
		},
		{
			name: "too complex by a variable first", change: func(c *config) { c.MaxComplexity = 500 },
			body:       `{"query":"query($n: Int) { occupations(first: $n) { edges { node { id standards { units { skills { label } } } } } } }","variables":{"n":100}}`,
			wantStatus: 200, wantCode: graph.CodeTooComplex,
		},
		{
			name: "paths cost by maxHops", change: func(c *config) { c.MaxComplexity = 100 },
			body:       gql(`{ paths(from: "country:PH", to: "country:SG", maxHops: 6, first: 50) { length nodes { id } } }`),
			wantStatus: 200, wantCode: graph.CodeTooComplex,
		},
		{
			name: "first out of range is the resolver's to refuse", body: gql(`{ occupations(first: 100000) { totalCount } }`),
			wantStatus: 200, wantCode: graph.CodeBadUserInput,
		},
		{
			name: "oversized body", change: func(c *config) { c.MaxBodyBytes = 1024 },
			body:       `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 2000) + `"}}`,
			wantStatus: 413, wantCode: graph.CodeBadUserInput,
		},
		{name: "unknown node", body: gql(`{ node(id: "country:ZZ") { id } }`), wantStatus: 200, wantData: `{"node":null}`},
		{name: "not an ID", body: gql(`{ node(id: "bogus") { id } }`), wantStatus: 200, wantCode: graph.CodeBadUserInput},
		{name: "body not JSON", body: `query { __typename }`, wantStatus: 400, wantCode: graph.CodeBadUserInput},
		{name: "body JSON but not an object", body: `[{"query":"{ __typename }"}]`, wantStatus: 400, wantCode: graph.CodeBadUserInput},
		{name: "body not declared JSON", body: `{ __typename }`, ctype: "text/plain", wantStatus: 415, wantCode: graph.CodeBadUserInput},
		{name: "method not allowed", method: http.MethodPut, body: gql(`{ __typename }`), wantStatus: 405, wantCode: graph.CodeBadUserInput},
		{name: "GET with variables not JSON", method: http.MethodGet, target: "/graphql?query=" + url.QueryEscape(`{ __typename }`) + "&variables=%7Bnope", wantStatus: 400, wantCode: graph.CodeBadUserInput},
		{name: "GET with a malformed URL query", method: http.MethodGet, target: "/graphql?query=%zz", wantStatus: 400, wantCode: graph.CodeBadUserInput},
		{
			name: "APQ hash that does not match", body: `{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("0", 64) + `"}}}`,
			wantStatus: 200, wantCode: graph.CodeBadUserInput,
		},
		{
			name: "APQ of an unknown version", body: `{"query":"` + apqQuery + `","extensions":{"persistedQuery":{"version":2,"sha256Hash":"` + sha(apqQuery) + `"}}}`,
			wantStatus: 200, wantCode: graph.CodeBadUserInput,
		},
		{
			name: "introspection turned off", change: func(c *config) { c.Introspection = false },
			body: gql(`{ __schema { queryType { name } } }`), wantStatus: 200, wantCode: graph.CodeBadUserInput,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, tc.change)
			method, target, ctype := tc.method, tc.target, tc.ctype
			if method == "" {
				method = http.MethodPost
			}
			if target == "" {
				target = "/graphql"
			}
			if ctype == "" {
				ctype = "application/json"
			}
			var body io.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			}
			req := httptest.NewRequest(method, target, body)
			req.Header.Set("Content-Type", ctype)
			rec := s.do(req)
			r := decode(t, rec)
			if tc.skipIf != nil {
				if why := tc.skipIf(r); why != "" {
					t.Skip(why)
				}
			}
			if rec.Code != tc.wantStatus {
				t.Errorf("status = %d, want %d: %s", rec.Code, tc.wantStatus, rec.Body)
			}
			codes := r.codes()
			switch {
			case tc.wantCode == "" && len(codes) > 0:
				t.Errorf("error codes = %v, want none: %s", codes, rec.Body)
			case tc.wantCode != "" && (len(codes) == 0 || codes[0] != tc.wantCode):
				t.Errorf("error codes = %v, want %s: %s", codes, tc.wantCode, rec.Body)
			}
			if tc.wantData != "" && string(r.Data) != tc.wantData {
				t.Errorf("data = %s, want %s", r.Data, tc.wantData)
			}
			for _, e := range r.Errors {
				if e.Message == "" || e.Message == "internal error" {
					t.Errorf("error message %q does not say what to fix", e.Message)
				}
			}
			s.stillAnswers()
		})
	}
}

func gql(query string) string {
	b, _ := json.Marshal(map[string]string{"query": query})
	return string(b)
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// stubbed skips a case while the resolver of field (Type.field) is still
// gqlgen's generated stub, which panics "not implemented" (recovered as
// INTERNAL); once the resolver is written the case must pass.
func stubbed(field string) func(gqlResponse) string {
	return func(r gqlResponse) string {
		codes := r.codes()
		if len(codes) == 0 || codes[0] != graph.CodeInternal {
			return ""
		}
		src, err := os.ReadFile("../graph/schema.resolvers.go")
		if err != nil {
			return ""
		}
		typ, name, _ := strings.Cut(field, ".")
		stub := regexp.MustCompile(`(?s)func \(r \*` + strings.ToLower(typ[:1]) + typ[1:] + `Resolver\) ` + strings.ToUpper(name[:1]) + name[1:] + `\(.*?\n}`)
		if body := stub.Find(src); body != nil && bytes.Contains(body, []byte("not implemented")) {
			return field + " resolver is still the generated stub (graph/schema.resolvers.go)"
		}
		return ""
	}
}

func TestTooComplexSaysWhy(t *testing.T) {
	s := newTestServer(t, func(c *config) { c.MaxComplexity = 500; c.MaxDepth = 5 })
	for _, tc := range []struct{ query, want string }{
		{`{ occupations(first: 100) { edges { node { id standards { id } } } } }`, "more than the limit of 500"},
		{deepQuery(8), "more than the limit of 5"},
	} {
		_, r := s.post(tc.query, nil)
		if len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tc.want) {
			t.Errorf("%s: errors = %+v, want one saying %q", tc.query, r.Errors, tc.want)
		}
		if r.Data != nil && string(r.Data) != "null" {
			t.Errorf("%s: data = %s, want none: the query must not run", tc.query, r.Data)
		}
	}
	// Within the limits, the same shapes run.
	if _, r := s.post(`{ occupations(first: 2) { edges { node { id standards { id } } } } }`, nil); len(r.Errors) > 0 {
		t.Errorf("a query within the limits got %+v", r.Errors)
	}
}

// panicking answers countries with a panic, as a resolver bug would.
type panicking struct{ graph.ResolverRoot }

func (p panicking) Query() graph.QueryResolver { return panickingQuery{p.ResolverRoot.Query()} }

type panickingQuery struct{ graph.QueryResolver }

func (panickingQuery) Countries(context.Context, *bool) ([]*model.Country, error) {
	panic("boom: secret detail at /home/dev/graph/schema.resolvers.go:42")
}

func TestPanicInResolver(t *testing.T) {
	s := newTestServer(t, nil, withAPI(api.WithSchema(func(c *graph.Config) { c.Resolvers = panicking{c.Resolvers} })))
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(gql(`{ countries { code } }`)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "panic-test-1")
	rec := s.do(req)
	r := decode(t, rec)
	if rec.Code != http.StatusOK {
		t.Errorf("status = %d, want 200", rec.Code)
	}
	if codes := r.codes(); len(codes) != 1 || codes[0] != graph.CodeInternal || r.Errors[0].Message != "internal error" {
		t.Errorf("errors = %+v, want one INTERNAL \"internal error\"", r.Errors)
	}
	for _, leak := range []string{"boom", "secret", ".go:", "goroutine", "panic"} {
		if strings.Contains(rec.Body.String(), leak) {
			t.Errorf("body shows %q: %s", leak, rec.Body)
		}
	}
	logs := s.logs.String()
	if !strings.Contains(logs, "boom") || !strings.Contains(logs, `"request_id":"panic-test-1"`) {
		t.Errorf("the panic is not logged with the request ID:\n%s", logs)
	}
	// The other resolvers still answer.
	if _, r := s.post(`{ country(code: "PH") { name } }`, nil); len(r.Errors) > 0 {
		t.Errorf("after the panic, country(PH) got %+v", r.Errors)
	}
}

// slow is a store that answers lists only when the request gives up.
type slow struct{ graph.Store }

func (slow) List(ctx context.Context, _ model.ListQuery) (model.Page, error) {
	<-ctx.Done()
	return model.Page{}, ctx.Err()
}

func TestRequestTimeout(t *testing.T) {
	s := newTestServerOn(t, slow{seedStore(t)}, func(c *config) { c.RequestTimeout = 50 * time.Millisecond })
	start := time.Now()
	rec, r := s.post(`{ occupations { totalCount } }`, nil)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s, want about the 50ms timeout", d)
	}
	if rec.Code != http.StatusOK {
		t.Errorf("status = %d, want 200", rec.Code)
	}
	if codes := r.codes(); len(codes) == 0 || codes[0] != graph.CodeDeadlineExceeded {
		t.Errorf("codes = %v, want DEADLINE_EXCEEDED (a timeout, not an outage): %s", codes, rec.Body)
	}
}
