package main

import (
	"context"
	"testing"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Tracing is off unless the standard OTEL_* variables ask for it.
func TestTracingOffByDefault(t *testing.T) {
	stop, err := setupTracing(context.Background(), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	defer stop(context.Background())
	if _, sdk := otel.GetTracerProvider().(*sdktrace.TracerProvider); sdk {
		t.Error("with no OTEL_* variable set, a tracer provider was installed")
	}
}

func TestTracingSwitchedByEnv(t *testing.T) {
	for _, tc := range []struct {
		env     map[string]string
		on, bad bool
	}{
		{env: nil},
		{env: map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, on: true},
		{env: map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, on: true},
		{env: map[string]string{"OTEL_TRACES_EXPORTER": "otlp"}, on: true},
		{env: map[string]string{"OTEL_TRACES_EXPORTER": "none", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}},
		{env: map[string]string{"OTEL_SDK_DISABLED": "true", "OTEL_TRACES_EXPORTER": "otlp"}},
		{env: map[string]string{"OTEL_TRACES_EXPORTER": "zipkin"}, bad: true},
		{env: map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, bad: true},
	} {
		on, err := tracingEnabled(func(k string) string { return tc.env[k] })
		if on != tc.on || (err != nil) != tc.bad {
			t.Errorf("%v: on = %v, err = %v; want on %v, error %v", tc.env, on, err, tc.on, tc.bad)
		}
	}
}
