package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"

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

// Caches: parsed queries, and the queries behind persisted-query hashes.
// Queries longer than maxCachedQuery are served but not cached, so that the
// caches' memory stays bounded whatever clients send.
const (
	queryCacheSize   = 500
	apqCacheSize     = 1000
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
	mux.Handle("/graphql", adm.middleware(graphqlEndpoint(srv, cfg.MaxBodyBytes, versions)))
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

// queryCache caches parsed and validated queries, keyed by their text.
func queryCache() graphql.Cache[*ast.QueryDocument] {
	return cappedCache[*ast.QueryDocument]{
		Cache: lru.New[*ast.QueryDocument](queryCacheSize),
		fits:  func(query string, _ *ast.QueryDocument) bool { return len(query) <= maxCachedQuery },
	}
}

// apqCache keeps the queries behind persisted-query hashes.
func apqCache() graphql.Cache[string] {
	return cappedCache[string]{
		Cache: lru.New[string](apqCacheSize),
		fits:  func(_, query string) bool { return len(query) <= maxCachedQuery },
	}
}

// cappedCache is a cache that declines the entries fits refuses.
type cappedCache[T any] struct {
	graphql.Cache[T]
	fits func(key string, v T) bool
}

func (c cappedCache[T]) Add(ctx context.Context, key string, v T) {
	if c.fits(key, v) {
		c.Cache.Add(ctx, key, v)
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
