package api

import (
	"bytes"
	"context"
	"io"
	"net/http"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// versionTracking is how a store whose data can be reloaded under a running
// server (Neo4j) tells which dataset a request read: track prepares a
// request's context, seen returns the version its reads returned ("" when
// none returned data) and whether they returned two.
type versionTracking struct {
	track func(context.Context) context.Context
	seen  func(context.Context) (version string, mixed bool)
}

// mixedRetries is how often a request that read two datasets (a reload
// happened while it ran) is run again before it is refused.
const mixedRetries = 2

const mixedMessage = "the data was being reloaded while this request ran, and its answer would have mixed two versions of it: try again"

// consistent runs each GraphQL request with its reads tracked, and runs it
// again, from the start, when they returned data of two datasets; the
// answer sent is always from one dataset. The body is already in memory
// (graphqlEndpoint read it), so running again costs no reading.
func consistent(vt *versionTracking, versions *dataVersions, observe Observer, next http.Handler) http.Handler {
	if vt == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body []byte
		if r.Body != nil {
			body, _ = io.ReadAll(r.Body)
		}
		for attempt := 0; ; attempt++ {
			ctx := vt.track(r.Context())
			rr := r.WithContext(ctx)
			rr.Body = io.NopCloser(bytes.NewReader(body))
			buf := &bufferedResponse{header: http.Header{}}
			next.ServeHTTP(buf, rr)
			if _, mixed := vt.seen(ctx); !mixed {
				buf.sendTo(w)
				return
			}
			if attempt == mixedRetries || r.Context().Err() != nil {
				observe(r.Context(), Operation{Outcome: "refused", Codes: []string{graph.CodeUnavailable}})
				WriteError(w, http.StatusServiceUnavailable, graph.CodeUnavailable, mixedMessage, map[string]any{"dataVersion": versions.get()})
				return
			}
			// A reload happened: learn the version now held (the store
			// tests what it reads against it) before running again.
			versions.refresh()
		}
	})
}

// bufferedResponse keeps an answer until it is known to be sent.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header { return b.header }

func (b *bufferedResponse) WriteHeader(code int) {
	if b.status == 0 {
		b.status = code
	}
}

func (b *bufferedResponse) Write(p []byte) (int, error) {
	if b.status == 0 {
		b.status = http.StatusOK
	}
	return b.body.Write(p)
}

func (b *bufferedResponse) sendTo(w http.ResponseWriter) {
	for k, v := range b.header {
		w.Header()[k] = v
	}
	if b.status == 0 {
		b.status = http.StatusOK
	}
	w.WriteHeader(b.status)
	_, _ = w.Write(b.body.Bytes())
}

// forRequest returns the version to put in a response: the one the
// request's reads returned, looked up at once when the cached one is older
// (a reload happened), so that a response never carries the version of
// other data than its own.
func (d *dataVersions) forRequest(ctx context.Context) model.DataVersion {
	v := d.get()
	if d.seen == nil {
		return v
	}
	seen, _ := d.seen(ctx)
	if seen == "" || seen == v.Version {
		return v
	}
	d.refresh()
	if v = d.get(); v.Version == seen {
		return v
	}
	return model.DataVersion{Version: seen, Date: "unknown"}
}
