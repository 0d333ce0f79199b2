package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/export"
	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
	"github.com/skillsgraph/skillsgraph/server/web"
)

// requestInfo is what the layers of one request learn about it, for its log
// line.
type requestInfo struct {
	id string

	mu        sync.Mutex
	operation string
	codes     []string
}

func (i *requestInfo) setOperation(name string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.operation = name
}

func (i *requestInfo) setCodes(codes []string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.codes = codes
}

type requestInfoKey struct{}

func requestInfoFrom(ctx context.Context) *requestInfo {
	i, _ := ctx.Value(requestInfoKey{}).(*requestInfo)
	return i
}

// requestID returns the caller's X-Request-Id when it is a sensible token,
// or a new random one.
func requestID(r *http.Request) string {
	if id := r.Header.Get("X-Request-Id"); id != "" && len(id) <= 128 && strings.IndexFunc(id, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.ContainsRune("-_.:", c))
	}) < 0 {
		return id
	}
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// observe gives each request an ID (echoed in X-Request-Id and put in every
// log line about it), counts it, logs one line when it ends, and turns a
// panic outside the resolvers (which gqlgen already recovers) into a logged
// INTERNAL error.
func observe(logger *slog.Logger, m *metrics, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{id: requestID(r)}
		ctx := context.WithValue(r.Context(), requestInfoKey{}, info)
		w.Header().Set("X-Request-Id", info.id)
		rec := &statusRecorder{ResponseWriter: w}

		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.ErrorContext(ctx, "panic in handler", "panic", v)
				if rec.status == 0 {
					api.WriteInternal(rec)
				}
			}
			if rec.status == 0 {
				rec.status = http.StatusOK
			}
			m.observeHTTP(rec.status)
			level := slog.LevelInfo
			if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
				level = slog.LevelDebug // probes and scrapes: every few seconds
			}
			info.mu.Lock()
			op, codes := info.operation, info.codes
			info.mu.Unlock()
			attrs := []slog.Attr{
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status),
				slog.Duration("duration", time.Since(start)),
				slog.Int("bytes", rec.bytes),
			}
			if op != "" {
				attrs = append(attrs, slog.String("operation", op))
			}
			if len(codes) > 0 {
				attrs = append(attrs, slog.Any("error_codes", codes))
			}
			logger.LogAttrs(ctx, level, "request", attrs...)
		}()
		next.ServeHTTP(rec, r.WithContext(ctx))
	})
}

// requestIDHandler adds the request ID to every record logged with a
// request's context.
type requestIDHandler struct{ slog.Handler }

func (h requestIDHandler) Handle(ctx context.Context, r slog.Record) error {
	if info := requestInfoFrom(ctx); info != nil {
		r.AddAttrs(slog.String("request_id", info.id))
	}
	return h.Handler.Handle(ctx, r)
}

func (h requestIDHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return requestIDHandler{h.Handler.WithAttrs(attrs)}
}

func (h requestIDHandler) WithGroup(name string) slog.Handler {
	return requestIDHandler{h.Handler.WithGroup(name)}
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

// readier is a store that can answer without holding its data yet.
type readier interface {
	Ready(ctx context.Context) error
}

// pinger is a store that can be out of reach (Neo4j); a store that is not
// one (memory) is always ready.
type pinger interface {
	Ping(ctx context.Context) error
}

const readyTimeout = 2 * time.Second

// readyz answers 200 when the store answers, 503 with the reason otherwise.
func readyz(store graph.Store, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, body := http.StatusOK, map[string]string{"status": "ready"}
		if p, ok := store.(pinger); ok {
			ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
			defer cancel()
			check := p.Ping
			if rd, ok := store.(readier); ok {
				check = rd.Ready // answers, and holds a complete dataset
			}
			if err := check(ctx); errors.Is(err, neo4jstore.ErrNotLoaded) {
				status = http.StatusServiceUnavailable
				body = map[string]string{"status": "unavailable", "reason": "the graph database holds no complete dataset yet"}
			} else if err != nil {
				logger.WarnContext(ctx, "store not ready", "err", err)
				status = http.StatusServiceUnavailable
				body = map[string]string{"status": "unavailable", "reason": "the graph database did not answer"}
				if ctx.Err() != nil {
					body["reason"] = fmt.Sprintf("the graph database did not answer within %s", readyTimeout)
				}
			}
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(body)
	})
}

// exampleQuery is what GraphiQL shows on a first visit.
const exampleQuery = `# skillsgraph: how skills and qualifications are recognised across ASEAN.
# Run this with the ▶ button (or Ctrl-Enter); open the Docs for every type and field.
# Every response carries extensions.dataVersion, so that what you see can be cited.
query NurseFromPhilippinesToSingapore {
  recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") {
    outcome
    reason
    paths {
      strength
      summary
      conditions
      instrument { title }
      steps { relation explanation sources { title url } }
    }
  }
}

query AseanFrameworks {
  countries(aseanOnly: true) {
    code
    name
    frameworks { code name referencing { status year } }
  }
}
`

// mountPages adds the pages people use in a browser (GraphiQL at /, the
// recognition explorer at /explore, their embedded assets), the schema as
// SDL at /schema.graphql, and the exports at /export/ (both stores offer
// them; see graph/export).
func mountPages(mux *http.ServeMux, store graph.Store, logger *slog.Logger) {
	if s, ok := store.(export.Store); ok {
		mux.Handle("/export/", export.Handler(s, logger)) // any method: the exports answer a wrong one with a coded error
	}
	mux.Handle("GET /{$}", web.GraphiQL("/graphql", exampleQuery))
	mux.Handle("GET /explore", web.Explorer("/graphql"))
	mux.Handle("GET /assets/", web.Assets("/assets/"))
	mux.Handle("GET /schema.graphql", web.Schema(graph.NewExecutableSchema(graph.Config{}).Schema()))
}
