// Package api is the GraphQL endpoint as users get it: the executable
// schema over a store, with its limits (depth, cost, body size), per-request
// loaders, caches, persisted queries, the error table and panic recovery,
// and extensions.dataVersion on every answer. The server mounts it at
// /graphql; the behaviour suite (graph/storetest) tests this same handler.
package api

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
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Limits bound what one request may ask.
type Limits struct {
	Introspection bool  // allow schema introspection (GraphiQL needs it)
	MaxDepth      int   // deepest field nesting, introspection excepted
	MaxComplexity int   // highest cost (see costListsByFirst)
	MaxBodyBytes  int64 // largest request body
}

// DefaultLimits are the server's defaults.
func DefaultLimits() Limits {
	return Limits{Introspection: true, MaxDepth: 12, MaxComplexity: 5000, MaxBodyBytes: 1 << 20}
}

// Caches: parsed queries, and the queries behind persisted-query hashes.
// Queries longer than maxCachedQuery are served but not cached, so that the
// caches' memory stays bounded whatever clients send.
const (
	queryCacheSize   = 500
	apqCacheSize     = 1000
	maxCachedQuery   = 16 << 10
	ParserTokenLimit = 20000 // the most tokens a query may have
)

type options struct {
	loaderWait time.Duration       // how long loaders wait for siblings
	versionTTL time.Duration       // how often extensions.dataVersion is asked of the store again; 0: once
	schema     func(*graph.Config) // a test's changes to the executable schema's config
	observe    Observer
}

// Option configures the handler.
type Option func(*options)

// WithLoaderWait sets how long loaders wait for sibling fields; by default,
// the store's graph.BatchWindow.
func WithLoaderWait(d time.Duration) Option {
	return func(o *options) { o.loaderWait = d }
}

// WithVersionTTL has the data version asked of the store again every d (a
// database can be reloaded under a running server); by default it is asked
// once.
func WithVersionTTL(d time.Duration) Option {
	return func(o *options) { o.versionTTL = d }
}

// WithSchema lets a test change the executable schema's config (stub a
// resolver).
func WithSchema(f func(*graph.Config)) Option {
	return func(o *options) { o.schema = f }
}

// WithObserver has f told of every request when it is answered (metrics,
// logs).
func WithObserver(f Observer) Option {
	return func(o *options) { o.observe = f }
}

// Handler serves GraphQL over POST and GET.
type Handler struct {
	http.Handler
	versions *dataVersions
}

// DataVersion is the version of the data the store holds, as every answer
// reports it.
func (h *Handler) DataVersion() model.DataVersion { return h.versions.get() }

// New returns the GraphQL handler over store.
func New(store graph.Store, limits Limits, logger *slog.Logger, opts ...Option) *Handler {
	o := options{loaderWait: graph.BatchWindow(store), observe: func(context.Context, Operation) {}}
	for _, opt := range opts {
		opt(&o)
	}
	versions := newDataVersions(store, o.versionTTL, logger)

	gcfg := graph.Config{Resolvers: &graph.Resolver{Store: store}}
	costListsByFirst(&gcfg.Complexity)
	if o.schema != nil {
		o.schema(&gcfg)
	}
	srv := handler.New(graph.NewExecutableSchema(gcfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(queryCache())
	srv.SetParserTokenLimit(ParserTokenLimit)
	if limits.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: apqCache()})
	srv.Use(depthLimit{max: limits.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(limits.MaxComplexity))
	srv.SetErrorPresenter(PresentError(logger))
	srv.SetRecoverFunc(Recover(logger))
	srv.AroundOperations(traceOperations())
	srv.AroundOperations(graph.LoaderMiddleware(store, o.loaderWait))
	srv.AroundFields(graph.PrefetchMiddleware(store))
	srv.AroundResponses(aroundResponses(versions, o.observe))
	return &Handler{Handler: withTraceContext(graphqlEndpoint(srv, limits.MaxBodyBytes, versions, o.observe)), versions: versions}
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
