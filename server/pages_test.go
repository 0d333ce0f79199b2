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
}
