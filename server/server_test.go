package main

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// seed is the real embedded dataset, loaded once for all tests.
var seed = sync.OnceValues(func() (*model.Graph, error) { return dataset.Load(dataset.Embedded()) })

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
