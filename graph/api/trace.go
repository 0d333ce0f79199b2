package api

import (
	"context"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// Tracing: every GraphQL operation is a span, and the store's work is done
// inside it (neo4jstore adds a span per Cypher query). Spans go to the
// global OpenTelemetry tracer provider, which does nothing unless the
// server was told to trace (server/tracing.go, the OTEL_* variables).

const tracerName = "github.com/skillsgraph/skillsgraph/graph/api"

// traceOperations starts a span per operation, named "<type> <name>", and
// ends it when the operation is answered, marked as an error when the
// answer has errors.
func traceOperations() graphql.OperationMiddleware {
	tracer := otel.Tracer(tracerName)
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		typ, name := "query", operationName(ctx)
		if op := graphql.GetOperationContext(ctx).Operation; op != nil {
			typ = string(op.Operation)
		}
		ctx, span := tracer.Start(ctx, typ+" "+name, trace.WithAttributes(
			attribute.String("graphql.operation.type", typ),
			attribute.String("graphql.operation.name", name),
		))
		respond := next(ctx)
		ended := false
		return func(ctx context.Context) *graphql.Response {
			resp := respond(ctx)
			if !ended {
				ended = true
				endOperationSpan(span, resp)
			}
			return resp
		}
	}
}

func endOperationSpan(span trace.Span, resp *graphql.Response) {
	defer span.End()
	if resp == nil || len(resp.Errors) == 0 {
		return
	}
	errCodes := make([]string, 0, len(resp.Errors))
	for _, e := range resp.Errors {
		errCodes = append(errCodes, errorCode(e))
	}
	span.SetAttributes(attribute.StringSlice("graphql.error.codes", errCodes))
	span.SetStatus(codes.Error, strings.Join(errCodes, ","))
}

// withTraceContext continues the caller's trace when the request carries
// one (a traceparent header).
func withTraceContext(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := otel.GetTextMapPropagator().Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
