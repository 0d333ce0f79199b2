package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetrics(t *testing.T) {
	g, err := seed()
	if err != nil {
		t.Fatal(err)
	}
	m := newMetrics()
	s := newTestServer(t, nil, withMetrics(m))
	s.post(`query Hello { __typename }`, nil)
	s.post(`query Countries { countries { code frameworks { code } } }`, nil)
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
		`skillsgraph_http_requests_total{code="200"} 3`,
		`skillsgraph_http_requests_total{code="422"} 1`,
		`skillsgraph_graphql_operations_total{operation="Hello",outcome="ok"} 1`,
		`skillsgraph_graphql_operations_total{operation="Bad",outcome="error"} 1`,
		`skillsgraph_graphql_operations_total{operation="unknown",outcome="rejected"} 1`,
		`skillsgraph_graphql_duration_seconds_bucket{operation="Hello",le="+Inf"} 1`,
		`skillsgraph_graphql_duration_seconds_count{operation="Hello"} 1`,
		`skillsgraph_graphql_duration_seconds_sum{operation="Hello"} `,
		`# TYPE skillsgraph_graphql_duration_seconds histogram`,
		`skillsgraph_neo4j_queries_total 2`,
		// Hello and Countries are written directly; Bad, with its error,
		// by the executor.
		`skillsgraph_graphql_direct_total 2`,
		// Countries: one root field written from a projection.
		`skillsgraph_graphql_projected_fields_total 1`,
		`skillsgraph_neo4j_query_errors_total 1`,
		// Labels come sorted by name, as the Prometheus client writes them.
		fmt.Sprintf(`skillsgraph_dataset_info{date=%q,version=%q} 1`, g.Meta.Date, g.Meta.Version),
		// The Go runtime's and the process's own metrics.
		`go_goroutines `,
		`go_memstats_heap_alloc_bytes `,
		`process_cpu_seconds_total `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if t.Failed() {
		t.Log(body)
	}
}

// Operation names come from clients: the label's values stay bounded.
func TestMetricsOperationNamesBounded(t *testing.T) {
	m := newMetrics()
	for i := range 2 * maxOperationNames {
		m.observeOperation(fmt.Sprintf("Op%d", i), "ok", time.Millisecond, false, 0)
	}
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	names := map[string]bool{}
	for l := range strings.Lines(rec.Body.String()) {
		if rest, ok := strings.CutPrefix(l, `skillsgraph_graphql_operations_total{operation="`); ok {
			names[rest[:strings.Index(rest, `"`)]] = true
		}
	}
	if len(names) != maxOperationNames+1 || !names["other"] {
		t.Errorf("%d operation labels, want %d and \"other\"", len(names), maxOperationNames)
	}
}
