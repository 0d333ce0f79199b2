package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// graphqlEndpoint guards gqlgen's handler: it refuses, with GraphQL-shaped
// errors that carry a code and the data version, what gqlgen would answer
// without a code (an unsupported method or content type, a body that is too
// large or not JSON, a malformed URL query).
func graphqlEndpoint(gql http.Handler, maxBody int64, versions *dataVersions, observe Observer) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		refuse := func(status int, format string, args ...any) {
			observe(r.Context(), Operation{Outcome: "refused", Codes: []string{graph.CodeBadUserInput}})
			WriteError(w, status, graph.CodeBadUserInput, fmt.Sprintf(format, args...), map[string]any{"dataVersion": versions.get()})
		}
		switch r.Method {
		case http.MethodOptions:
		case http.MethodGet:
			q, err := url.ParseQuery(r.URL.RawQuery)
			if err != nil {
				refuse(http.StatusBadRequest, "the URL's query string is malformed: %v", err)
				return
			}
			for _, p := range []string{"variables", "extensions"} {
				if v := q.Get(p); v != "" && !json.Valid([]byte(v)) {
					refuse(http.StatusBadRequest, "the %s parameter is not valid JSON", p)
					return
				}
			}
		case http.MethodPost:
			if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" || err != nil {
				refuse(http.StatusUnsupportedMediaType, `send the request as JSON, with "Content-Type: application/json" and a body like {"query": "{ countries { code name } }"}`)
				return
			}
			tooLarge := func() {
				refuse(http.StatusRequestEntityTooLarge, "the request body is larger than the limit of %d bytes: send a shorter query, or use variables and persisted queries", maxBody)
			}
			if r.ContentLength > maxBody {
				tooLarge()
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
			if err != nil {
				if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
					tooLarge()
					return
				}
				refuse(http.StatusBadRequest, "the request body could not be read")
				return
			}
			if !json.Valid(body) {
				refuse(http.StatusBadRequest, `the request body is not valid JSON: send {"query": "...", "variables": {...}}`)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			refuse(http.StatusMethodNotAllowed, "use POST (or GET for queries) on /graphql, not %s", r.Method)
			return
		}
		gql.ServeHTTP(w, r)
	})
}

// Operation is what the handler tells its Observer about each request to
// /graphql.
type Operation struct {
	// Name is the operation's name, "anonymous" when it has none, "unknown"
	// when the request did not parse, "" when it was refused before.
	Name string
	// Outcome is "ok", "error" (executed, with errors), "rejected" (refused
	// before execution: parse, validation, limits) or "refused" (a bad HTTP
	// request, never given to the executor).
	Outcome  string
	Codes    []string // the codes of its errors, in order
	Duration time.Duration
	// Direct: the answer was written directly, not by gqlgen's executor
	// (graph/direct.go).
	Direct bool
	// Projected counts the root fields written from a projection, each
	// read with everything below it in one store call (graph/project.go).
	Projected int
}

// Observer hears of every request to /graphql when it is answered.
type Observer func(ctx context.Context, op Operation)

// aroundResponses adds extensions.dataVersion to every response, makes sure
// every error has a code, and counts the operation.
func aroundResponses(versions *dataVersions, observe Observer) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		ctx, written := graph.MarkDirect(ctx)
		resp := next(ctx)
		if resp == nil {
			return nil
		}
		if resp.Extensions == nil {
			resp.Extensions = map[string]any{}
		}
		resp.Extensions["dataVersion"] = versions.forRequest(ctx)
		resp.Errors = capErrors(resp.Errors)

		rejected := len(resp.Data) == 0 && len(resp.Errors) > 0 // refused before execution
		w := written()
		op := Operation{Name: operationName(ctx), Outcome: "ok", Codes: ensureCodes(resp, rejected), Direct: w.Direct, Projected: w.Projected}
		switch {
		case rejected:
			op.Outcome = "rejected"
		case len(resp.Errors) > 0:
			op.Outcome = "error"
		}
		op.Duration = time.Since(graphql.GetStartTime(ctx))
		observe(ctx, op)
		return resp
	}
}

// operationName names the operation for logs and metrics: its name,
// "anonymous" when it has none, "unknown" when the request did not parse.
func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return "unknown"
	}
	op := graphql.GetOperationContext(ctx).Operation
	switch {
	case op == nil:
		return "unknown"
	case op.Name == "":
		return "anonymous"
	default:
		return clip(op.Name, MaxOperationName) // names come from clients
	}
}

// dataVersions caches the store's data version: fetched once at start and,
// with a TTL (Neo4j, whose data can be reloaded under us), refreshed in the
// background when stale, so that no response waits for it.
type dataVersions struct {
	store  graph.Store
	ttl    time.Duration
	logger *slog.Logger
	seen   func(context.Context) (string, bool) // the version a request read (consistency.go)

	mu         sync.Mutex
	v          model.DataVersion
	fetched    time.Time
	failed     bool
	refreshing bool
}

// unknownVersion is sent while the store has not said which data it holds.
var unknownVersion = model.DataVersion{Version: "unknown", Date: "unknown"}

// versionRetry is how soon a failed fetch is tried again.
const versionRetry = 10 * time.Second

func newDataVersions(store graph.Store, ttl time.Duration, logger *slog.Logger) *dataVersions {
	d := &dataVersions{store: store, ttl: ttl, logger: logger, v: unknownVersion}
	d.refresh()
	return d
}

// get returns the cached version, starting a refresh when it is stale.
func (d *dataVersions) get() model.DataVersion {
	d.mu.Lock()
	defer d.mu.Unlock()
	age := time.Since(d.fetched)
	stale := (d.failed && age > versionRetry) || (d.ttl > 0 && age > d.ttl)
	if stale && !d.refreshing {
		d.refreshing = true
		go d.refresh()
	}
	return d.v
}

func (d *dataVersions) refresh() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	v, err := d.store.DataVersion(ctx)
	d.mu.Lock()
	defer d.mu.Unlock()
	d.refreshing, d.fetched, d.failed = false, time.Now(), err != nil
	if err != nil {
		d.logger.Warn("could not read the data version", "err", err)
		return
	}
	d.v = v
}
