package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
)

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
		// Retry-After too: a 429's wait, which browser code cannot read
		// cross-origin unless it is exposed.
		if got := rec.Header().Get("Access-Control-Expose-Headers"); !strings.EqualFold(got, "X-Request-Id, Retry-After") {
			t.Errorf("GET: Access-Control-Expose-Headers = %q, want X-Request-Id, Retry-After", got)
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
