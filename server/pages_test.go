package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The server mounts the pages, their assets, the SDL and the exports.
func TestPagesAndExportsMounted(t *testing.T) {
	s := newTestServer(t, nil)
	for path, wantType := range map[string]string{
		"/":                     "text/html",
		"/explore":              "text/html",
		"/assets/graphiql.js":   "text/javascript",
		"/assets/explore.js":    "text/javascript",
		"/schema.graphql":       "application/graphql",
		"/export/graph.graphml": "application/graphml+xml",
		"/export/graph.jsonld":  "application/ld+json",
		"/export/graph.csv.zip": "application/zip",
		"/export/recognition.graphml?from=PH&to=SG&qualification=qualification:ph-prc-registered-nurse": "application/graphml+xml",
	} {
		rec := s.do(httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), wantType) {
			t.Errorf("GET %s = %d %q, want 200 %s", path, rec.Code, rec.Header().Get("Content-Type"), wantType)
		}
		if strings.HasPrefix(path, "/export/") && !strings.Contains(rec.Header().Get("Content-Disposition"), `filename="skillsgraph-`) {
			t.Errorf("GET %s: Content-Disposition %q names no dataset version", path, rec.Header().Get("Content-Disposition"))
		}
	}
	if rec := s.do(httptest.NewRequest(http.MethodGet, "/export/recognition.graphml?from=PH", nil)); rec.Code != http.StatusBadRequest {
		t.Errorf("export with bad input = %d, want 400", rec.Code)
	}
	// A wrong method or an unknown export reaches the exports, which answer
	// in JSON with a code, not the server's plain-text 405 and 404.
	for _, c := range []struct {
		method, path string
		status       int
	}{{http.MethodPost, "/export/graph.graphml", http.StatusMethodNotAllowed}, {http.MethodGet, "/export/graph.xml", http.StatusNotFound}} {
		rec := s.do(httptest.NewRequest(c.method, c.path, nil))
		if rec.Code != c.status || rec.Header().Get("Content-Type") != "application/json" || !strings.Contains(rec.Body.String(), `"code":`) {
			t.Errorf("%s %s = %d %q %s, want %d, JSON with a code", c.method, c.path, rec.Code, rec.Header().Get("Content-Type"), rec.Body, c.status)
		}
	}
}
