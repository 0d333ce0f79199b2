// Package api is the GraphQL endpoint as users get it: the executable
// schema over a store, with its limits (depth, cost, document shape,
// argument sizes, body size; admission control when the server asks for
// it), per-request loaders, byte-bounded caches, persisted queries,
// consistent reads, the error table and panic recovery, and
// extensions.dataVersion on every answer. The server mounts it at
// /graphql; the behaviour suite (graph/storetest) tests this same handler,
// limits included.
package api

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"

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

// Queries longer than maxCachedQuery are served but not cached (see
// cache.go for the caches' bounds in bytes).
const (
	maxCachedQuery   = 16 << 10
	ParserTokenLimit = 20000 // the most tokens a query may have
)

type options struct {
	loaderWait   time.Duration       // how long loaders wait for siblings
	versionTTL   time.Duration       // how often extensions.dataVersion is asked of the store again; 0: once
	schema       func(*graph.Config) // a test's changes to the executable schema's config
	observe      Observer
	admission    *AdmissionLimits                      // nil: no admission control
	reqCtx       func(context.Context) context.Context // what the store adds to each request's context
	tracking     *versionTracking                      // how the store tells which dataset a request read
	executorOnly bool                                  // no direct writes (graph/direct.go)
}

// Option configures the handler.
type Option func(*options)

// WithExecutorOnly has every operation answered by gqlgen's executor,
// never written directly (graph/direct.go): for the tests that hold the two
// to the same answers, and the benchmarks that compare them.
func WithExecutorOnly() Option {
	return func(o *options) { o.executorOnly = true }
}

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

// WithAdmission has operations admitted by lim before they run (see
// admission.go): over a limit, HTTP 429 and RATE_LIMITED.
func WithAdmission(lim AdmissionLimits) Option {
	return func(o *options) { o.admission = &lim }
}

// WithRequestContext has f add to each request's context what the store
// needs (Neo4j: its cap on one request's queries).
func WithRequestContext(f func(context.Context) context.Context) Option {
	return func(o *options) { o.reqCtx = f }
}

// WithVersionTracking is for a store whose data can be reloaded under a
// running server (Neo4j): track prepares a request's context, seen returns
// the dataset version its reads returned ("" when none returned data) and
// whether they returned two. A request that read two is run again (see
// consistency.go), and every answer carries the version it read.
func WithVersionTracking(track func(context.Context) context.Context, seen func(context.Context) (version string, mixed bool)) Option {
	return func(o *options) { o.tracking = &versionTracking{track: track, seen: seen} }
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
	if o.tracking != nil {
		versions.seen = o.tracking.seen
	}

	gcfg := graph.Config{Resolvers: &graph.Resolver{Store: store}}
	costListsByFirst(&gcfg.Complexity)
	if o.schema != nil {
		o.schema(&gcfg)
	}
	prefetch := graph.PrefetchMiddleware(store)
	var es graphql.ExecutableSchema
	if o.executorOnly {
		es = graph.NewExecutableSchema(gcfg)
	} else {
		es = graph.NewDirectSchema(gcfg, prefetch)
	}
	srv := handler.New(es)
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(postJSON{})
	qc := queryCache()
	srv.SetQueryCache(qc)
	srv.SetParserTokenLimit(ParserTokenLimit)
	srv.SetValidationRulesFn(cappedRules(maxValidationErrors))
	if limits.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: apqCache()})
	srv.Use(shapeLimit{cache: qc, tokenLimit: ParserTokenLimit})
	srv.Use(&enumVariables{})
	srv.Use(depthLimit{max: limits.MaxDepth})
	srv.Use(&costLimit{max: limits.MaxComplexity})
	srv.SetErrorPresenter(PresentError(logger))
	srv.SetRecoverFunc(Recover(logger))
	srv.AroundRootFields(graph.LimitArguments)
	srv.AroundOperations(traceOperations())
	srv.AroundOperations(graph.LoaderMiddleware(store, o.loaderWait))
	srv.AroundFields(prefetch)
	srv.AroundResponses(aroundResponses(versions, o.observe))
	var adm *admission
	if o.admission != nil {
		adm = newAdmission(*o.admission)
		srv.AroundResponses(adm.limit)
	}
	var h http.Handler = graphqlEndpoint(consistent(o.tracking, versions, o.observe, srv), limits.MaxBodyBytes, versions, o.observe)
	if adm != nil {
		h = adm.middleware(h)
	}
	return &Handler{Handler: withTraceContext(withContext(o.reqCtx, h)), versions: versions}
}
