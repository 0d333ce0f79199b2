package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// seed is the real embedded dataset, loaded once for all tests.
var seed = sync.OnceValues(func() (*model.Graph, error) { return dataset.Load(dataset.Embedded()) })

func seedStore(t testing.TB) *memstore.Store {
	t.Helper()
	g, err := seed()
	if err != nil {
		t.Fatalf("loading the seed: %v", err)
	}
	return memstore.New(g)
}

// testServer is the handler New returns, with the default limits, over a
// store; timeout, when set, bounds each request as the server does.
type testServer struct {
	t       *testing.T
	handler http.Handler
	timeout time.Duration
}

func newTestServer(t *testing.T, opts ...Option) *testServer {
	t.Helper()
	return newTestServerOn(t, seedStore(t), opts...)
}

func newTestServerOn(t *testing.T, store graph.Store, opts ...Option) *testServer {
	t.Helper()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	return &testServer{t: t, handler: New(store, DefaultLimits(), logger, opts...)}
}

// admissionWith is the default admission limits changed by change.
func admissionWith(change func(*AdmissionLimits)) Option {
	lim := DefaultAdmission()
	change(&lim)
	return WithAdmission(lim)
}

// gqlResponse is a GraphQL response as a client sees it.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Extensions struct {
		DataVersion *model.DataVersion `json:"dataVersion"`
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

func (s *testServer) do(req *http.Request) *httptest.ResponseRecorder {
	s.t.Helper()
	if s.timeout > 0 {
		ctx, cancel := context.WithTimeout(req.Context(), s.timeout)
		defer cancel()
		req = req.WithContext(ctx)
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	return rec
}

// decode reads a GraphQL response; every error must have a code.
func decode(t *testing.T, rec *httptest.ResponseRecorder) gqlResponse {
	t.Helper()
	var r gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("response is not JSON (%v): %.500s", err, rec.Body)
	}
	for i, e := range r.Errors {
		if c, _ := e.Extensions["code"].(string); c == "" {
			t.Errorf("errors[%d] %q has no extensions.code", i, e.Message)
		}
	}
	return r
}

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

// stillAnswers checks the handler answers a good query after a bad one.
func (s *testServer) stillAnswers() {
	s.t.Helper()
	rec, r := s.post(`{ countries(aseanOnly: true) { code } }`, nil)
	if rec.Code != http.StatusOK || len(r.Errors) > 0 || !strings.Contains(string(r.Data), `{"code":"PH"}`) {
		s.t.Fatalf("after that, a good query got %d %.500s", rec.Code, rec.Body)
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

// introspectionQuery is the schema query GraphiQL sends, in short.
func introspectionQuery() string {
	return `query IntrospectionQuery { __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name ofType { kind name } } } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`
}
