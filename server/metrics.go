package main

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// durationBuckets are the upper bounds, in seconds, of the GraphQL duration
// histogram.
var durationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// maxOperationNames bounds the operation label: names come from clients, so
// past this many distinct ones the rest are counted as "other".
const maxOperationNames = 100

// metrics are the server's counters, served in the Prometheus text format
// (written by hand: the format is simple and a client library would be the
// only dependency it needed).
type metrics struct {
	mu          sync.Mutex
	http        map[int]uint64        // status code -> requests
	ops         map[[2]string]uint64  // operation, outcome -> operations
	durations   map[string]*histogram // operation -> durations
	names       map[string]bool       // operation names seen
	neo4j       uint64
	neo4jErrors uint64
	neo4jTime   float64
	version     func() model.DataVersion
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	count  uint64
}

func newMetrics() *metrics {
	return &metrics{
		http:      map[int]uint64{},
		ops:       map[[2]string]uint64{},
		durations: map[string]*histogram{},
		names:     map[string]bool{},
	}
}

func (m *metrics) setDataVersion(f func() model.DataVersion) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.version = f
}

func (m *metrics) observeHTTP(status int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.http[status]++
}

func (m *metrics) observeOperation(name, outcome string, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			name = "other"
		}
		m.names[name] = true
	}
	m.ops[[2]string{name, outcome}]++
	h := m.durations[name]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(durationBuckets))}
		m.durations[name] = h
	}
	s := d.Seconds()
	if i, _ := slices.BinarySearch(durationBuckets, s); i < len(durationBuckets) {
		h.counts[i]++
	}
	h.sum += s
	h.count++
}

// observeQuery is the Neo4j store's query observer: called once per Cypher
// round trip.
func (m *metrics) observeQuery(_ string, d time.Duration, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.neo4j++
	m.neo4jTime += d.Seconds()
	if err != nil {
		m.neo4jErrors++
	}
}

func (m *metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.write(w)
}

// write writes every metric, in a stable order.
func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	version := m.version
	m.mu.Unlock()
	var v model.DataVersion
	if version != nil {
		v = version() // outside the lock: it takes its own
	}
	m.mu.Lock()
	defer m.mu.Unlock()

	header(w, "skillsgraph_http_requests_total", "counter", "HTTP requests served, by status code.")
	codes := make([]int, 0, len(m.http))
	for c := range m.http {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	for _, c := range codes {
		fmt.Fprintf(w, "skillsgraph_http_requests_total{code=%q} %d\n", strconv.Itoa(c), m.http[c])
	}

	header(w, "skillsgraph_graphql_operations_total", "counter", "GraphQL operations, by operation name and outcome: ok, error (answered with errors) or rejected (refused before running: parse, validation, depth, cost).")
	keys := make([][2]string, 0, len(m.ops))
	for k := range m.ops {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return strings.Compare(a[0]+"\x00"+a[1], b[0]+"\x00"+b[1]) })
	for _, k := range keys {
		fmt.Fprintf(w, "skillsgraph_graphql_operations_total{operation=\"%s\",outcome=\"%s\"} %d\n", label(k[0]), label(k[1]), m.ops[k])
	}

	header(w, "skillsgraph_graphql_duration_seconds", "histogram", "Time to answer a GraphQL operation, by operation name.")
	names := make([]string, 0, len(m.durations))
	for n := range m.durations {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		h, op := m.durations[n], label(n)
		var cum uint64
		for i, le := range durationBuckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "skillsgraph_graphql_duration_seconds_bucket{operation=\"%s\",le=\"%s\"} %d\n", op, strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(w, "skillsgraph_graphql_duration_seconds_bucket{operation=\"%s\",le=\"+Inf\"} %d\n", op, h.count)
		fmt.Fprintf(w, "skillsgraph_graphql_duration_seconds_sum{operation=\"%s\"} %s\n", op, strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(w, "skillsgraph_graphql_duration_seconds_count{operation=\"%s\"} %d\n", op, h.count)
	}

	header(w, "skillsgraph_neo4j_queries_total", "counter", "Cypher round trips to Neo4j (0 with the in-memory store).")
	fmt.Fprintf(w, "skillsgraph_neo4j_queries_total %d\n", m.neo4j)
	header(w, "skillsgraph_neo4j_query_errors_total", "counter", "Cypher round trips to Neo4j that failed.")
	fmt.Fprintf(w, "skillsgraph_neo4j_query_errors_total %d\n", m.neo4jErrors)
	header(w, "skillsgraph_neo4j_query_seconds_total", "counter", "Time spent in Cypher round trips to Neo4j.")
	fmt.Fprintf(w, "skillsgraph_neo4j_query_seconds_total %s\n", strconv.FormatFloat(m.neo4jTime, 'g', -1, 64))

	header(w, "skillsgraph_dataset_info", "gauge", "The dataset served (always 1), labelled with its version and date.")
	fmt.Fprintf(w, "skillsgraph_dataset_info{version=\"%s\",date=\"%s\"} 1\n", label(v.Version), label(v.Date))
}

func header(w io.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// label escapes a label value as the text format wants.
func label(v string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(v)
}
