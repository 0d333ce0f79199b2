package api

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// reloading is a store whose first `mixedFor` requests read two dataset
// versions, as while the seed is reloaded under a running server.
type reloading struct {
	graph.Store
	mixedFor int32
	requests atomic.Int32
	versions atomic.Int32 // DataVersion calls
}

func (s *reloading) DataVersion(ctx context.Context) (model.DataVersion, error) {
	s.versions.Add(1)
	return s.Store.DataVersion(ctx)
}

type seenKey struct{}

type seenState struct {
	mu      sync.Mutex
	version string
	mixed   bool
}

func (s *reloading) tracking() Option {
	return WithVersionTracking(
		func(ctx context.Context) context.Context {
			n := s.requests.Add(1)
			held, _ := s.Store.DataVersion(ctx) // the version its reads return
			return context.WithValue(ctx, seenKey{}, &seenState{version: held.Version, mixed: n <= s.mixedFor})
		},
		func(ctx context.Context) (string, bool) {
			st := ctx.Value(seenKey{}).(*seenState)
			st.mu.Lock()
			defer st.mu.Unlock()
			return st.version, st.mixed
		},
	)
}

// A request that read two datasets is run again, and its answer is from
// one; one that keeps reading two is refused as UNAVAILABLE, never mixed.
func TestMixedDatasetsAreRetried(t *testing.T) {
	calm := &reloading{Store: seedStore(t)}
	newTestServerOn(t, calm, calm.tracking()).post(`{ country(code: "PH") { name } }`, nil)
	store := &reloading{Store: seedStore(t), mixedFor: 1}
	s := newTestServerOn(t, store, store.tracking())
	rec, r := s.post(`{ country(code: "PH") { name } }`, nil)
	if rec.Code != http.StatusOK || string(r.Data) != `{"country":{"name":"Philippines"}}` {
		t.Errorf("after one mixed read: %d %s, want the answer", rec.Code, rec.Body)
	}
	if n := store.requests.Load(); n != 2 {
		t.Errorf("the request ran %d times, want 2 (once more after reading two datasets)", n)
	}
	// Before running again the server reads which dataset is now held:
	// Neo4j's store tests what it reads against that version.
	if n, calmN := store.versions.Load(), calm.versions.Load(); n != calmN+1 {
		t.Errorf("DataVersion was read %d times, want %d: once more than for a request that read one dataset", n, calmN+1)
	}

	store = &reloading{Store: seedStore(t), mixedFor: 100}
	s = newTestServerOn(t, store, store.tracking())
	rec, r = s.post(`{ country(code: "PH") { name } }`, nil)
	if codes := r.codes(); rec.Code != http.StatusServiceUnavailable || len(codes) != 1 || codes[0] != graph.CodeUnavailable {
		t.Errorf("always mixed: %d %v, want 503 UNAVAILABLE", rec.Code, codes)
	}
	if n := store.requests.Load(); n != 1+mixedRetries {
		t.Errorf("the request ran %d times, want %d", n, 1+mixedRetries)
	}
}

// newer is a store that says it holds version 2 once reloaded.
type newer struct {
	graph.Store
	version atomic.Value
}

func (n *newer) DataVersion(ctx context.Context) (model.DataVersion, error) {
	v, err := n.Store.DataVersion(ctx)
	v.Version = n.version.Load().(string)
	return v, err
}

// An answer carries the version of the data it read, even when the cached
// version is older (dataVersion never lags the data).
func TestDataVersionFollowsTheData(t *testing.T) {
	store := &newer{Store: seedStore(t)}
	store.version.Store("v1")
	read := "v1"
	vt := WithVersionTracking(
		func(ctx context.Context) context.Context { return ctx },
		func(context.Context) (string, bool) { return read, false },
	)
	s := newTestServerOn(t, store, vt, WithVersionTTL(0))
	if _, r := s.post(`{ country(code: "PH") { name } }`, nil); r.Extensions.DataVersion.Version != "v1" {
		t.Fatalf("dataVersion = %+v, want v1", r.Extensions.DataVersion)
	}
	store.version.Store("v2") // reloaded; the cache (no TTL) still says v1
	read = "v2"
	if _, r := s.post(`{ country(code: "PH") { name } }`, nil); r.Extensions.DataVersion.Version != "v2" {
		t.Errorf("after a reload, dataVersion = %+v, want v2, the version of the data read", r.Extensions.DataVersion)
	}
}

// slowToConnect is a store still waiting for a connection when the request's
// time runs out: the driver reports that as unreachable, but the request
// ran out of time, and its answer says so.
type slowToConnect struct{ graph.Store }

func (slowToConnect) List(ctx context.Context, _ model.ListQuery) (model.Page, error) {
	<-ctx.Done()
	return model.Page{}, fmt.Errorf("%w: ConnectivityError: %w", model.ErrUnavailable, ctx.Err())
}

func TestTimeoutIsNotAnOutage(t *testing.T) {
	s := newTestServerOn(t, slowToConnect{seedStore(t)})
	s.timeout = 50 * time.Millisecond
	_, r := s.post(`{ occupations { totalCount } }`, nil)
	if codes := r.codes(); len(codes) == 0 || codes[0] != graph.CodeDeadlineExceeded {
		t.Errorf("codes = %v, want DEADLINE_EXCEEDED", codes)
	}
}
