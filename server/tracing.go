package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// tracingEnabled reports whether the standard OpenTelemetry variables ask
// for traces: OTEL_TRACES_EXPORTER=otlp, or an OTLP endpoint with no
// exporter named; OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn
// it off. With none of them set it is off.
func tracingEnabled(getenv func(string) string) (bool, error) {
	if strings.EqualFold(getenv("OTEL_SDK_DISABLED"), "true") {
		return false, nil
	}
	switch exp := strings.TrimSpace(getenv("OTEL_TRACES_EXPORTER")); exp {
	case "none":
		return false, nil
	case "otlp":
	case "":
		if getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == "" && getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") == "" {
			return false, nil
		}
	default:
		return false, fmt.Errorf("OTEL_TRACES_EXPORTER=%s: this server exports traces by otlp (or none)", exp)
	}
	for _, v := range []string{"OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"} {
		if p := getenv(v); p != "" && p != "http/protobuf" {
			return false, fmt.Errorf("%s=%s: this server sends OTLP over http/protobuf (port 4318 on a collector)", v, p)
		}
	}
	return true, nil
}

// setupTracing installs a tracer provider that sends the spans of GraphQL
// operations and Neo4j queries by OTLP over HTTP, when the environment
// asks for it; the exporter reads the other OTEL_EXPORTER_OTLP_* variables
// (endpoint, headers, timeout), the SDK OTEL_TRACES_SAMPLER, OTEL_BSP_*,
// OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES. It returns a function that
// flushes and stops it; off, it installs nothing and tracing costs nothing.
func setupTracing(ctx context.Context, getenv func(string) string) (func(context.Context) error, error) {
	noop := func(context.Context) error { return nil }
	on, err := tracingEnabled(getenv)
	if err != nil || !on {
		return noop, err
	}
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return noop, fmt.Errorf("tracing: %w", err)
	}
	res, err := resource.New(ctx,
		resource.WithAttributes(attribute.String("service.name", "skillsgraph")),
		resource.WithFromEnv(), // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win
		resource.WithTelemetrySDK(),
	)
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		return noop, fmt.Errorf("tracing: %w", err)
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	return tp.Shutdown, nil
}
