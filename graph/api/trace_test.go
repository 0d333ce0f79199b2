package api_test

import (
	"io"
	"log/slog"
	"testing"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// With a tracer provider installed, each GraphQL operation is a span named
// by its type and name, marked as an error when the answer has errors.
func TestOperationSpans(t *testing.T) {
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	prev := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(prev) })

	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	h := api.New(memstore.New(g), api.DefaultLimits(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	storetest.Do(t, h, `query Philippines { country(code: "PH") { name } }`, nil)
	storetest.Do(t, h, `query Nowhere { country(code: "XX") { name } }`, nil)

	got := map[string]sdktrace.ReadOnlySpan{}
	for _, s := range spans.GetSpans().Snapshots() {
		got[s.Name()] = s
	}
	ok, bad := got["query Philippines"], got["query Nowhere"]
	if ok == nil || bad == nil {
		t.Fatalf("spans %v, want \"query Philippines\" and \"query Nowhere\"", names(spans))
	}
	if ok.Status().Code.String() != "Unset" || bad.Status().Code.String() != "Error" {
		t.Errorf("span status %s and %s, want Unset and Error", ok.Status().Code, bad.Status().Code)
	}
	if bad.Status().Description != "BAD_USER_INPUT" {
		t.Errorf("error span says %q, want the error code BAD_USER_INPUT", bad.Status().Description)
	}
}

func names(e *tracetest.InMemoryExporter) []string {
	var out []string
	for _, s := range e.GetSpans() {
		out = append(out, s.Name)
	}
	return out
}
