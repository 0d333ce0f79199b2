package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestRedactedURI(t *testing.T) {
	for in, want := range map[string]string{
		"neo4j://neo4j:s3cret@db:7687":      "neo4j://neo4j:xxxxx@db:7687",
		"bolt://db:7687":                    "bolt://db:7687",
		"neo4j+s://u:p@h/?policy=x":         "neo4j+s://u:xxxxx@h/?policy=x",
		"not a uri with a password: s3cret": "(unparseable URI)",
	} {
		if got := redactURI(in); got != want {
			t.Errorf("redactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBigOperationNamesStayBounded(t *testing.T) {
	m := newMetrics()
	s := newTestServer(t, nil, withMetrics(m))
	for i := range 20 {
		name := fmt.Sprintf("N%d%s", i, strings.Repeat("x", 200<<10))
		rec, _ := s.post("query "+name+" { __typename }", nil)
		if rec.Code != 200 {
			t.Fatalf("status %d", rec.Code)
		}
	}
	scrape := httptest.NewRecorder()
	m.ServeHTTP(scrape, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if n := scrape.Body.Len(); n > 64<<10 {
		t.Errorf("a /metrics scrape after 20 operations with 200 KB names is %d bytes, want under 64 KB", n)
	}
	for _, line := range strings.Split(s.logs.String(), "\n") {
		if len(line) > 2048 {
			t.Errorf("a log line of %d bytes: %.200s", len(line), line)
		}
	}
}
