package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/rs/cors"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
)

// handlerOptions are the parts of the wiring that differ between the memory
// store, Neo4j and tests.
type handlerOptions struct {
	metrics *metrics
	api     []api.Option
}

type handlerOption func(*handlerOptions)

func withMetrics(m *metrics) handlerOption {
	return func(o *handlerOptions) { o.metrics = m }
}

// withAPI passes options to the GraphQL handler (graph/api).
func withAPI(opts ...api.Option) handlerOption {
	return func(o *handlerOptions) { o.api = append(o.api, opts...) }
}

// newHandler returns the server's HTTP surface over store: /graphql, the
// pages, the schema and the exports (mountPages), /healthz, /readyz and
// /metrics, behind CORS, request IDs,
// per-request timeouts and one log line per request.
func newHandler(cfg config, store graph.Store, logger *slog.Logger, opts ...handlerOption) http.Handler {
	o := handlerOptions{}
	for _, opt := range opts {
		opt(&o)
	}
	if o.metrics == nil {
		o.metrics = newMetrics()
	}
	gql := api.New(store, cfg.limits(), logger, append(o.api, api.WithAdmission(cfg.Admission), api.WithObserver(observeOperation(o.metrics)))...)
	o.metrics.setDataVersion(gql.DataVersion)

	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mountPages(mux, store, logger)
	mux.HandleFunc("GET /healthz", healthz)
	mux.Handle("GET /readyz", readyz(store, logger))
	mux.Handle("GET /metrics", o.metrics)

	c := cors.New(cors.Options{
		AllowedOrigins: cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: cfg.CORSHeaders,
		ExposedHeaders: []string{"X-Request-Id", "Retry-After"},
		MaxAge:         600,
	})
	return observe(logger, o.metrics, c.Handler(withTimeout(cfg.RequestTimeout, mux)))
}

// observeOperation counts each GraphQL operation and tells the request's
// log line its name and error codes.
func observeOperation(m *metrics) api.Observer {
	return func(ctx context.Context, op api.Operation) {
		if op.Outcome != "refused" {
			m.observeOperation(op.Name, op.Outcome, op.Duration, op.Direct, op.Projected)
		}
		if info := requestInfoFrom(ctx); info != nil {
			if op.Name != "" {
				info.setOperation(op.Name)
			}
			info.setCodes(op.Codes)
		}
	}
}

// withTimeout bounds each request's context; resolvers and stores see the
// deadline and stop.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
