package main

import (
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// durationBuckets are the upper bounds, in seconds, of the GraphQL duration
// histogram.
var durationBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Operation names come from clients: the label keeps at most
// maxOperationNames distinct ones (the rest count as "other"), each already
// cut to api.MaxOperationName bytes by the GraphQL handler, so that a
// client cannot grow the metrics without bound.
const maxOperationNames = 100

// metrics are the server's Prometheus metrics, with the Go runtime's and
// the process's, served at /metrics.
type metrics struct {
	reg         *prometheus.Registry
	http        *prometheus.CounterVec
	ops         *prometheus.CounterVec
	durations   *prometheus.HistogramVec
	direct      prometheus.Counter
	projected   prometheus.Counter
	neo4j       prometheus.Counter
	neo4jErrors prometheus.Counter
	neo4jTime   prometheus.Counter

	mu      sync.Mutex
	names   map[string]bool // operation names seen
	version func() model.DataVersion
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		http: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "skillsgraph_http_requests_total", Help: "HTTP requests served, by status code.",
		}, []string{"code"}),
		ops: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "skillsgraph_graphql_operations_total",
			Help: "GraphQL operations, by operation name and outcome: ok, error (answered with errors) or rejected (refused before running: parse, validation, depth, cost).",
		}, []string{"operation", "outcome"}),
		durations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "skillsgraph_graphql_duration_seconds", Help: "Time to answer a GraphQL operation, by operation name.",
			Buckets: durationBuckets,
		}, []string{"operation"}),
		direct: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skillsgraph_graphql_direct_total",
			Help: "GraphQL operations answered by the direct write, not gqlgen's executor (graph/direct.go); the rest of skillsgraph_graphql_operations_total went to the executor.",
		}),
		projected: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skillsgraph_graphql_projected_fields_total",
			Help: "Root fields written from a projection: read with everything below their nodes in one store call and written from what it returned (graph/project.go).",
		}),
		neo4j: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skillsgraph_neo4j_queries_total", Help: "Cypher round trips to Neo4j (0 with the in-memory store).",
		}),
		neo4jErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skillsgraph_neo4j_query_errors_total", Help: "Cypher round trips to Neo4j that failed.",
		}),
		neo4jTime: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skillsgraph_neo4j_query_seconds_total", Help: "Time spent in Cypher round trips to Neo4j.",
		}),
		names: map[string]bool{},
	}
	m.reg.MustRegister(m.http, m.ops, m.durations, m.direct, m.projected, m.neo4j, m.neo4jErrors, m.neo4jTime, datasetInfo{m},
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) setDataVersion(f func() model.DataVersion) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.version = f
}

func (m *metrics) observeHTTP(status int) {
	m.http.WithLabelValues(strconv.Itoa(status)).Inc()
}

func (m *metrics) observeOperation(name, outcome string, d time.Duration, direct bool, projected int) {
	if direct {
		m.direct.Inc()
	}
	m.projected.Add(float64(projected))
	name = m.operationLabel(name)
	m.ops.WithLabelValues(name, outcome).Inc()
	m.durations.WithLabelValues(name).Observe(d.Seconds())
}

// operationLabel bounds the operation label's values.
func (m *metrics) operationLabel(name string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.names[name] {
		if len(m.names) >= maxOperationNames {
			return "other"
		}
		m.names[name] = true
	}
	return name
}

// observeQuery is the Neo4j store's query observer: called once per Cypher
// round trip.
func (m *metrics) observeQuery(_ string, d time.Duration, err error) {
	m.neo4j.Inc()
	m.neo4jTime.Add(d.Seconds())
	if err != nil {
		m.neo4jErrors.Inc()
	}
}

func (m *metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}).ServeHTTP(w, r)
}

// datasetInfo is skillsgraph_dataset_info: always 1, labelled with the
// version and date of the data served, read when scraped.
type datasetInfo struct{ m *metrics }

var datasetInfoDesc = prometheus.NewDesc("skillsgraph_dataset_info",
	"The dataset served (always 1), labelled with its version and date.", []string{"version", "date"}, nil)

func (d datasetInfo) Describe(ch chan<- *prometheus.Desc) { ch <- datasetInfoDesc }

func (d datasetInfo) Collect(ch chan<- prometheus.Metric) {
	d.m.mu.Lock()
	version := d.m.version
	d.m.mu.Unlock()
	var v model.DataVersion
	if version != nil {
		v = version() // outside the lock: it takes its own
	}
	ch <- prometheus.MustNewConstMetric(datasetInfoDesc, prometheus.GaugeValue, 1, v.Version, v.Date)
}
