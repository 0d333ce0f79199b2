package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// seed is the real embedded dataset, loaded once for all tests.
var seed = sync.OnceValues(func() (*dataset.Graph, error) { return dataset.Load(dataset.Embedded()) })

func seedStore(t *testing.T) *memstore.Store {
	t.Helper()
	g, err := seed()
	if err != nil {
		t.Fatalf("loading the seed: %v", err)
	}
	return memstore.New(g)
}

// testServer is the real handler over the memory store, with its logs kept.
type testServer struct {
	t       *testing.T
	handler http.Handler
	logs    *syncBuffer
}

func newTestServer(t *testing.T, change func(*config), opts ...handlerOption) *testServer {
	t.Helper()
	return newTestServerOn(t, seedStore(t), change, opts...)
}

func newTestServerOn(t *testing.T, store graph.Store, change func(*config), opts ...handlerOption) *testServer {
	t.Helper()
	cfg := defaultConfig()
	if change != nil {
		change(&cfg)
	}
	logs := &syncBuffer{}
	logger := slog.New(requestIDHandler{slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})})
	return &testServer{t: t, handler: newHandler(cfg, store, logger, opts...), logs: logs}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// gqlResponse is a GraphQL response as a client sees it.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Extensions struct {
		DataVersion *versionJSON `json:"dataVersion"`
	} `json:"extensions"`
}

func (r gqlResponse) codes() []string {
	var cs []string
	for _, e := range r.Errors {
		c, _ := e.Extensions["code"].(string)
		cs = append(cs, c)
	}
	return cs
}

// do serves req and returns the recorded response.
func (s *testServer) do(req *http.Request) *httptest.ResponseRecorder {
	s.t.Helper()
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	return rec
}

// decode reads a GraphQL response; every response must be one, with a code
// on every error and the data version.
func decode(t *testing.T, rec *httptest.ResponseRecorder) gqlResponse {
	t.Helper()
	var r gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%v): %s", err, rec.Body)
	}
	for i, e := range r.Errors {
		if c, _ := e.Extensions["code"].(string); c == "" {
			t.Errorf("errors[%d] %q has no extensions.code", i, e.Message)
		}
	}
	if r.Extensions.DataVersion == nil || r.Extensions.DataVersion.Version == "" || r.Extensions.DataVersion.Date == "" {
		t.Errorf("response has no extensions.dataVersion {version, date}: %s", rec.Body)
	}
	return r
}

// post sends a GraphQL request as JSON.
func (s *testServer) post(query string, vars map[string]any) (*httptest.ResponseRecorder, gqlResponse) {
	s.t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		s.t.Fatal(err)
	}
	return s.postRaw(string(body), "application/json")
}

func (s *testServer) postRaw(body, contentType string) (*httptest.ResponseRecorder, gqlResponse) {
	s.t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	rec := s.do(req)
	return rec, decode(s.t, rec)
}

// stillAnswers checks the server answers a good query after a bad one.
func (s *testServer) stillAnswers() {
	s.t.Helper()
	rec, r := s.post(`{ countries(aseanOnly: true) { code } }`, nil)
	if rec.Code != http.StatusOK || len(r.Errors) > 0 {
		s.t.Fatalf("after that, a good query got %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(string(r.Data), `{"code":"PH"}`) {
		s.t.Fatalf("after that, a good query got %s (want the ASEAN Member States)", r.Data)
	}
}

func TestGraphQLGetAndPost(t *testing.T) {
	s := newTestServer(t, nil)
	g, _ := seed()
	for _, tc := range []struct {
		name string
		req  *http.Request
	}{
		{"GET", httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape(`query Hello { __typename }`), nil)},
		{"POST", func() *http.Request {
			r := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"query Hello { __typename }"}`))
			r.Header.Set("Content-Type", "application/json")
			return r
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := s.do(tc.req)
			if rec.Code != http.StatusOK {
				t.Fatalf("status = %d, want 200: %s", rec.Code, rec.Body)
			}
			r := decode(t, rec)
			if string(r.Data) != `{"__typename":"Query"}` || len(r.Errors) > 0 {
				t.Errorf("response = %s, want data {__typename: Query}", rec.Body)
			}
			if got := *r.Extensions.DataVersion; got.Version != g.Meta.Version || got.Date != g.Meta.Date {
				t.Errorf("dataVersion = %+v, want %s of %s", got, g.Meta.Version, g.Meta.Date)
			}
		})
	}
}

func TestRealQuery(t *testing.T) {
	s := newTestServer(t, nil)
	_, r := s.post(`query($code: String!) { country(code: $code) { id name frameworks { code } } }`, map[string]any{"code": "PH"})
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data struct {
		Country struct {
			ID, Name   string
			Frameworks []struct{ Code string }
		}
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	if data.Country.ID != "country:PH" || data.Country.Name != "Philippines" || len(data.Country.Frameworks) == 0 {
		t.Errorf("country(PH) = %s, want the Philippines with its frameworks", r.Data)
	}
}

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
			// gqlgen reads JSON numbers as json.Number, a string, so a number
			// passes as a String variable; the resolver then refuses the value.
			name: "number for a String variable", body: `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{"c":5}}`,
			wantStatus: 200, wantCode: graph.CodeBadUserInput, skipIf: stubbed("Query.country"),
		},
		{name: "too many tokens", body: gql("{ " + strings.Repeat("__typename ", parserTokenLimit) + "}"), wantStatus: 422, wantCode: graph.CodeParseFailed},
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

func TestQueryDepth(t *testing.T) {
	for _, tc := range []struct {
		query      string
		want, intr int
	}{
		{`{ __typename }`, 1, 0},
		{`{ country(code: "PH") { name } }`, 2, 0},
		{deepQuery(14), 14, 0},
		{`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`, 0, 13},
		{`{ __type(name: "Country") { name } country(code: "PH") { name } }`, 2, 2},
		{`query { a: country(code: "PH") { ...F } } fragment F on Country { frameworks { ... on QualificationFramework { code } } }`, 3, 0},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if got, intr := queryDepth(doc, doc.Operations[0]); got != tc.want || intr != tc.intr {
			t.Errorf("queryDepth(%s) = %d, %d, want %d, %d", tc.query, got, intr, tc.want, tc.intr)
		}
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
	s := newTestServer(t, nil, withSchema(func(c *graph.Config) { c.Resolvers = panicking{c.Resolvers} }))
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

func TestAPQ(t *testing.T) {
	s := newTestServer(t, nil)
	query := `query APQ { countries(aseanOnly: true) { code } }`
	ext := `"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + sha(query) + `"}}`
	q, _ := json.Marshal(query)

	_, r := s.postRaw(`{`+ext+`}`, "application/json")
	if codes := r.codes(); len(r.Errors) != 1 || r.Errors[0].Message != "PersistedQueryNotFound" || codes[0] != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("hash only, first time: errors = %+v, want PersistedQueryNotFound", r.Errors)
	}
	for _, step := range []string{`{"query":` + string(q) + `,` + ext + `}`, `{` + ext + `}`} {
		rec, r := s.postRaw(step, "application/json")
		if rec.Code != http.StatusOK || len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"code":"PH"`) {
			t.Fatalf("%s: got %d %s, want the countries", step, rec.Code, rec.Body)
		}
	}
	// And over GET, as CDNs like it.
	rec := s.do(httptest.NewRequest(http.MethodGet, "/graphql?extensions="+url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"`+sha(query)+`"}}`), nil))
	if r := decode(t, rec); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"code":"PH"`) {
		t.Errorf("GET with the hash: %s", rec.Body)
	}
}

func TestCORS(t *testing.T) {
	preflight := func(s *testServer, origin string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", http.MethodPost)
		req.Header.Set("Access-Control-Request-Headers", "content-type, x-request-id")
		return s.do(req)
	}
	t.Run("any origin", func(t *testing.T) {
		s := newTestServer(t, nil)
		rec := preflight(s, "https://app.example.org")
		if rec.Code/100 != 2 {
			t.Errorf("preflight status = %d, want 2xx", rec.Code)
		}
		h := rec.Header()
		if got := h.Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("Access-Control-Allow-Origin = %q, want *", got)
		}
		if got := h.Get("Access-Control-Allow-Methods"); !strings.Contains(got, "POST") {
			t.Errorf("Access-Control-Allow-Methods = %q, want POST in it", got)
		}
		if got := strings.ToLower(h.Get("Access-Control-Allow-Headers")); !strings.Contains(got, "content-type") || !strings.Contains(got, "x-request-id") {
			t.Errorf("Access-Control-Allow-Headers = %q, want content-type and x-request-id", got)
		}
		if got := h.Get("Access-Control-Max-Age"); got != "600" {
			t.Errorf("Access-Control-Max-Age = %q, want 600", got)
		}
		if got := h.Get("Access-Control-Allow-Credentials"); got != "" {
			t.Errorf("Access-Control-Allow-Credentials = %q, want none", got)
		}

		req := httptest.NewRequest(http.MethodGet, "/graphql?query="+url.QueryEscape("{ __typename }"), nil)
		req.Header.Set("Origin", "https://app.example.org")
		rec = s.do(req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "*" {
			t.Errorf("GET: Access-Control-Allow-Origin = %q, want *", got)
		}
		if got := rec.Header().Get("Access-Control-Expose-Headers"); !strings.EqualFold(got, "X-Request-Id") {
			t.Errorf("GET: Access-Control-Expose-Headers = %q, want X-Request-Id", got)
		}
	})
	t.Run("listed origins", func(t *testing.T) {
		s := newTestServer(t, func(c *config) { c.CORSOrigins = parseOrigins("https://app.example.org, https://other.example.org") })
		if got := preflight(s, "https://app.example.org").Header().Get("Access-Control-Allow-Origin"); got != "https://app.example.org" {
			t.Errorf("listed origin: Access-Control-Allow-Origin = %q, want it echoed", got)
		}
		if got := preflight(s, "https://evil.example.com").Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("unlisted origin: Access-Control-Allow-Origin = %q, want none", got)
		}
	})
}

func TestGraphiQL(t *testing.T) {
	s := newTestServer(t, nil)
	rec := s.do(httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	body := rec.Body.String()
	for _, want := range []string{"graphiql", `"/graphql"`, "NurseFromPhilippinesToSingapore"} {
		if !strings.Contains(body, want) {
			t.Errorf("GraphiQL page does not mention %s", want)
		}
	}
	if rec := s.do(httptest.NewRequest(http.MethodGet, "/nowhere", nil)); rec.Code != http.StatusNotFound {
		t.Errorf("GET /nowhere = %d, want 404", rec.Code)
	}
}

// The example query GraphiQL shows must run.
func TestExampleQueryRuns(t *testing.T) {
	s := newTestServer(t, nil)
	for _, op := range []string{"NurseFromPhilippinesToSingapore", "AseanFrameworks"} {
		body, _ := json.Marshal(map[string]string{"query": exampleQuery, "operationName": op})
		rec, r := s.postRaw(string(body), "application/json")
		if len(r.Errors) == 1 && r.Errors[0].Message == "not available yet" {
			t.Logf("%s: skipped, graph/pending.go still stands in for the recognition logic", op)
			continue
		}
		if rec.Code != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("%s: %d %s", op, rec.Code, rec.Body)
		}
	}
}

func TestHealth(t *testing.T) {
	s := newTestServer(t, nil)
	rec := s.do(httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != "ok" {
		t.Errorf("/healthz = %d %q, want 200 ok", rec.Code, rec.Body)
	}
	rec = s.do(httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"ready"`) {
		t.Errorf("/readyz on memory = %d %s, want 200 ready", rec.Code, rec.Body)
	}

	down := newTestServerOn(t, unreachable{seedStore(t)}, nil)
	rec = down.do(httptest.NewRequest(http.MethodGet, "/readyz", nil))
	var body struct{ Status, Reason string }
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != http.StatusServiceUnavailable || body.Reason == "" {
		t.Errorf("/readyz with the database down = %d %s, want 503 with a reason", rec.Code, rec.Body)
	}
	if strings.Contains(rec.Body.String(), "10.0.0.7") {
		t.Errorf("/readyz shows the driver's error: %s", rec.Body)
	}
	if rec := down.do(httptest.NewRequest(http.MethodGet, "/healthz", nil)); rec.Code != http.StatusOK {
		t.Errorf("/healthz with the database down = %d, want 200: the process is alive", rec.Code)
	}
}

// unreachable is a store whose database does not answer.
type unreachable struct{ graph.Store }

func (unreachable) Ping(context.Context) error {
	return errors.New("dial tcp 10.0.0.7:7687: connection refused")
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

func TestMetrics(t *testing.T) {
	m := newMetrics()
	s := newTestServer(t, nil, withMetrics(m))
	s.post(`query Hello { __typename }`, nil)
	s.post(`{ countries {`, nil)
	s.post(`query Bad { country(code: "XX") { name } }`, nil)
	m.observeQuery("MATCH (n) RETURN n", 3*time.Millisecond, nil)
	m.observeQuery("MATCH (n) RETURN n", time.Millisecond, errors.New("down"))

	rec := s.do(httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
		t.Fatalf("/metrics = %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	body := rec.Body.String()
	for _, want := range []string{
		`skillsgraph_http_requests_total{code="200"} 2`,
		`skillsgraph_http_requests_total{code="422"} 1`,
		`skillsgraph_graphql_operations_total{operation="Hello",outcome="ok"} 1`,
		`skillsgraph_graphql_operations_total{operation="Bad",outcome="error"} 1`,
		`skillsgraph_graphql_operations_total{operation="unknown",outcome="rejected"} 1`,
		`skillsgraph_graphql_duration_seconds_bucket{operation="Hello",le="+Inf"} 1`,
		`skillsgraph_graphql_duration_seconds_count{operation="Hello"} 1`,
		`skillsgraph_graphql_duration_seconds_sum{operation="Hello"} `,
		`# TYPE skillsgraph_graphql_duration_seconds histogram`,
		`skillsgraph_neo4j_queries_total 2`,
		`skillsgraph_neo4j_query_errors_total 1`,
		`skillsgraph_dataset_info{version="`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if t.Failed() {
		t.Log(body)
	}
}

func TestRequestIDAndLog(t *testing.T) {
	s := newTestServer(t, nil)
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(gql(`query Named { __typename }`)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "abc-123")
	if got := s.do(req).Header().Get("X-Request-Id"); got != "abc-123" {
		t.Errorf("X-Request-Id = %q, want the caller's abc-123", got)
	}
	var line map[string]any
	for l := range strings.Lines(s.logs.String()) {
		if strings.Contains(l, `"msg":"request"`) {
			_ = json.Unmarshal([]byte(l), &line)
		}
	}
	for k, want := range map[string]any{"request_id": "abc-123", "method": "POST", "path": "/graphql", "status": float64(200), "operation": "Named"} {
		if line[k] != want {
			t.Errorf("request log %s = %v, want %v (line %v)", k, line[k], want, line)
		}
	}
	if _, ok := line["duration"]; !ok {
		t.Errorf("request log has no duration: %v", line)
	}

	for _, in := range []string{"", "has spaces and \"quotes\"", strings.Repeat("x", 200)} {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Header.Set("X-Request-Id", in)
		got := s.do(req).Header().Get("X-Request-Id")
		if got == "" || got == in {
			t.Errorf("X-Request-Id %q: answered %q, want a new ID", in, got)
		}
	}
}

// introspectionQuery is the query GraphiQL sends to learn the schema
// (graphql-js getIntrospectionQuery with inputValueDeprecation).
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

// GraphiQL's schema query is deep and large: the limits must let it through.
func TestIntrospectionWithinLimits(t *testing.T) {
	s := newTestServer(t, nil)
	rec, r := s.post(introspectionQuery, nil)
	if rec.Code != http.StatusOK || len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"RecognitionPath"`) {
		t.Errorf("introspection: %d %.300s", rec.Code, rec.Body)
	}
}
