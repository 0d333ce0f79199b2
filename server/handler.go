package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"

	"github.com/skillsgraph/skillsgraph/graph"
)

// handlerOptions are the parts of the wiring that differ between the memory
// store, Neo4j and tests.
type handlerOptions struct {
	metrics    *metrics
	loaderWait time.Duration                         // how long loaders wait for siblings: 0 in memory, a few ms over a network
	versionTTL time.Duration                         // how often extensions.dataVersion is asked of the store again; 0: once
	schema     func(*graph.Config)                   // a test's changes to the executable schema's config
	reqCtx     func(context.Context) context.Context // what the store adds to each request's context
	tracking   *versionTracking                      // how the store tells which dataset a request read
}

func withVersionTracking(vt *versionTracking) handlerOption {
	return func(o *handlerOptions) { o.tracking = vt }
}

type handlerOption func(*handlerOptions)

func withMetrics(m *metrics) handlerOption {
	return func(o *handlerOptions) { o.metrics = m }
}

func withLoaderWait(d time.Duration) handlerOption {
	return func(o *handlerOptions) { o.loaderWait = d }
}

func withVersionTTL(d time.Duration) handlerOption {
	return func(o *handlerOptions) { o.versionTTL = d }
}

func withRequestContext(f func(context.Context) context.Context) handlerOption {
	return func(o *handlerOptions) { o.reqCtx = f }
}

func withSchema(f func(*graph.Config)) handlerOption {
	return func(o *handlerOptions) { o.schema = f }
}

// Queries longer than maxCachedQuery are served but not cached (see
// cache.go for the caches' bounds in bytes).
const (
	maxCachedQuery   = 16 << 10
	parserTokenLimit = 20000
)

// newHandler returns the server's HTTP surface over store: /graphql,
// GraphiQL at /, /healthz, /readyz and /metrics, behind CORS, request IDs,
// per-request timeouts and one log line per request.
func newHandler(cfg config, store graph.Store, logger *slog.Logger, opts ...handlerOption) http.Handler {
	o := handlerOptions{}
	for _, opt := range opts {
		opt(&o)
	}
	if o.metrics == nil {
		o.metrics = newMetrics()
	}
	versions := newDataVersions(store, o.versionTTL, logger)
	if o.tracking != nil {
		versions.seen = o.tracking.seen
	}
	o.metrics.setDataVersion(versions.get)

	gcfg := graph.Config{Resolvers: &graph.Resolver{Store: store}}
	costListsByFirst(&gcfg.Complexity)
	if o.schema != nil {
		o.schema(&gcfg)
	}
	srv := handler.New(graph.NewExecutableSchema(gcfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	qc := queryCache()
	srv.SetQueryCache(qc)
	srv.SetParserTokenLimit(parserTokenLimit)
	srv.SetValidationRulesFn(cappedRules(maxValidationErrors))
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: apqCache()})
	srv.Use(shapeLimit{cache: qc, tokenLimit: parserTokenLimit})
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(&costLimit{max: cfg.MaxComplexity})
	srv.SetErrorPresenter(presentError(graph.PresentError(logger)))
	srv.SetRecoverFunc(graph.Recover(logger))
	srv.AroundRootFields(graph.LimitArguments)
	srv.AroundOperations(graph.LoaderMiddleware(store, o.loaderWait))
	srv.AroundResponses(aroundResponses(versions, o.metrics))
	adm := newAdmission(cfg.Admission)
	srv.AroundResponses(adm.limit)

	mux := http.NewServeMux()
	mux.Handle("/graphql", adm.middleware(graphqlEndpoint(consistent(o.tracking, versions, srv), cfg.MaxBodyBytes, versions)))
	mux.Handle("GET /{$}", graphiql("/graphql"))
	mux.HandleFunc("GET /healthz", healthz)
	mux.Handle("GET /readyz", readyz(store, logger))
	mux.Handle("GET /metrics", o.metrics)

	c := cors.New(cors.Options{
		AllowedOrigins: cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Content-Type", "Authorization", "X-Request-Id"},
		ExposedHeaders: []string{"X-Request-Id"},
		MaxAge:         600,
	})
	return observe(logger, o.metrics, c.Handler(withTimeout(cfg.RequestTimeout, withContext(o.reqCtx, mux))))
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
