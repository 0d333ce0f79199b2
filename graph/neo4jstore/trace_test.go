package neo4jstore

import (
	"testing"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/skillsgraph/skillsgraph/graph/storetest"
)

// With a tracer provider installed, a GraphQL operation over Neo4j is a
// span, and each Cypher query it costs is a span inside it.
func TestQuerySpans(t *testing.T) {
	s := neo4jStore(t)
	spans := tracetest.NewInMemoryExporter()
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans)))
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	r := storetest.Do(t, storetest.Handler(s), `query Frameworks { country(code: "PH") { frameworks { code } } }`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var op sdktrace.ReadOnlySpan
	var queries []sdktrace.ReadOnlySpan
	for _, sp := range spans.GetSpans().Snapshots() {
		switch {
		case sp.Name() == "query Frameworks":
			op = sp
		case sp.Parent().IsValid() && len(sp.Name()) > 6 && sp.Name()[:6] == "neo4j ":
			queries = append(queries, sp)
		}
	}
	if op == nil || len(queries) == 0 {
		t.Fatalf("spans %v, want the operation and its Neo4j queries", names(spans))
	}
	for _, q := range queries {
		if q.Parent().SpanID() != op.SpanContext().SpanID() {
			t.Errorf("span %q is not inside the operation's span", q.Name())
		}
		attrs := map[string]string{}
		for _, a := range q.Attributes() {
			attrs[string(a.Key)] = a.Value.Emit()
		}
		if attrs["db.system.name"] != "neo4j" || attrs["db.query.text"] == "" {
			t.Errorf("span %q has attributes %v, want db.system.name=neo4j and the query text", q.Name(), attrs)
		}
	}
}

func names(e *tracetest.InMemoryExporter) []string {
	var out []string
	for _, s := range e.GetSpans() {
		out = append(out, s.Name)
	}
	return out
}
