package main

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
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// graphqlEndpoint guards gqlgen's handler: it refuses, with GraphQL-shaped
// errors that carry a code and the data version, what gqlgen would answer
// without a code (an unsupported method or content type, a body that is too
// large or not JSON, a malformed URL query).
func graphqlEndpoint(gql http.Handler, maxBody int64, versions *dataVersions) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		refuse := func(status int, format string, args ...any) {
			writeGraphQLError(w, r, versions, status, graph.CodeBadUserInput, fmt.Sprintf(format, args...))
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

// writeGraphQLError answers with one GraphQL error of the given code.
func writeGraphQLError(w http.ResponseWriter, r *http.Request, versions *dataVersions, status int, code, msg string) {
	if info := requestInfoFrom(r.Context()); info != nil {
		info.setCodes([]string{code})
	}
	body, _ := json.Marshal(&graphql.Response{
		Errors:     gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}},
		Extensions: map[string]any{"dataVersion": versions.get()},
	})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// presentError puts every error through the graph package's presenter, then
// gives the errors gqlgen raises before executing a query the codes of this
// API: too costly is TOO_COMPLEX, and the caller's other mistakes that gqlgen
// leaves without a code are BAD_USER_INPUT.
func presentError(base graphql.ErrorPresenterFunc) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if gerr, ok := errors.AsType[*gqlerror.Error](err); ok && gerr.Err == nil && errorCode(gerr) == "" && graphql.GetFieldContext(ctx) == nil {
			// Raised by gqlgen before execution (bad APQ data, an undecodable body):
			// the request is at fault, not the server.
			if i := strings.Index(gerr.Message, " body:"); i >= 0 {
				gerr.Message = gerr.Message[:i] // gqlgen echoes the whole body
			}
			setCode(gerr, graph.CodeBadUserInput)
			gerr.Message = clip(gerr.Message, maxMessageBytes)
			return gerr
		}
		if gerr, ok := errors.AsType[*gqlerror.Error](err); ok && gerr.Err != nil && gerr.Err.Error() == "introspection disabled" {
			gerr.Message = "schema introspection is turned off on this server"
			setCode(gerr, graph.CodeBadUserInput)
			return gerr
		}
		gerr := base(ctx, err)
		if gerr == nil {
			return nil
		}
		gerr.Message = clip(gerr.Message, maxMessageBytes)
		switch errorCode(gerr) {
		case "COMPLEXITY_LIMIT_EXCEEDED":
			setCode(gerr, graph.CodeTooComplex)
			if graphql.HasOperationContext(ctx) {
				if s := extension.GetComplexityStats(ctx); s != nil {
					gerr.Message = fmt.Sprintf("the query costs %d, more than the limit of %d: ask for fewer items (a smaller `first` or `maxHops`) or fewer nested fields, or split it into several queries", s.Complexity, s.ComplexityLimit)
				}
			}
		case "":
			setCode(gerr, graph.CodeInternal)
		}
		return gerr
	}
}

func errorCode(e *gqlerror.Error) string {
	code, _ := e.Extensions["code"].(string)
	return code
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// aroundResponses adds extensions.dataVersion to every response, makes sure
// every error has a code, and counts the operation.
func aroundResponses(versions *dataVersions, m *metrics) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
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
		codes := make([]string, 0, len(resp.Errors))
		for _, e := range resp.Errors {
			if errorCode(e) == "" {
				if rejected {
					setCode(e, graph.CodeBadUserInput)
				} else {
					setCode(e, graph.CodeInternal)
				}
			}
			codes = append(codes, errorCode(e))
		}

		outcome := "ok"
		switch {
		case rejected:
			outcome = "rejected"
		case len(resp.Errors) > 0:
			outcome = "error"
		}
		name := operationName(ctx)
		m.observeOperation(name, outcome, time.Since(graphql.GetStartTime(ctx)))
		if info := requestInfoFrom(ctx); info != nil {
			info.setOperation(name)
			info.setCodes(codes)
		}
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
		return clip(op.Name, maxOperationName) // names come from clients
	}
}

// versionJSON is extensions.dataVersion.
type versionJSON struct {
	Version string `json:"version"`
	Date    string `json:"date"`
	Title   string `json:"title,omitempty"`
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
	v          versionJSON
	fetched    time.Time
	failed     bool
	refreshing bool
}

// unknownVersion is sent while the store has not said which data it holds.
var unknownVersion = versionJSON{Version: "unknown", Date: "unknown"}

// versionRetry is how soon a failed fetch is tried again.
const versionRetry = 10 * time.Second

func newDataVersions(store graph.Store, ttl time.Duration, logger *slog.Logger) *dataVersions {
	d := &dataVersions{store: store, ttl: ttl, logger: logger, v: unknownVersion}
	d.refresh()
	return d
}

// get returns the cached version, starting a refresh when it is stale.
func (d *dataVersions) get() versionJSON {
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
	d.v = toVersionJSON(v)
}

func toVersionJSON(v model.DataVersion) versionJSON {
	return versionJSON{Version: v.Version, Date: v.Date, Title: v.Title}
}
