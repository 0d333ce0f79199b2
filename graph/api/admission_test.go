package api

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// gated is a store whose path searches wait until the gate opens (or their
// request is over): costly work that holds its slot.
type gated struct {
	graph.Store
	gate    chan struct{}
	started chan struct{}
}

func (g gated) ShortestPaths(ctx context.Context, q model.PathQuery) ([]model.Path, error) {
	g.started <- struct{}{}
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.Store.ShortestPaths(ctx, q)
}

const costlyPaths = `{ paths(from: "country:PH", to: "country:TH", maxHops: 6) { length } }`

func (s *testServer) postFrom(client, query string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(gql(query)))
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = client + ":4000"
	return s.do(req)
}

// While 200 costly requests arrive at once, a country lookup is answered:
// the costly ones take at most MaxHeavy slots, and the rest are refused
// with 429, Retry-After and RATE_LIMITED instead of queueing without end.
func TestCheapAnsweredDuringFlood(t *testing.T) {
	store := gated{Store: seedStore(t), gate: make(chan struct{}), started: make(chan struct{}, 200)}
	s := newTestServerOn(t, store, admissionWith(func(a *AdmissionLimits) {
		a.MaxHeavy = 4
		a.HeavyWait = 100 * time.Millisecond
	}))
	var wg sync.WaitGroup
	statuses := make(chan *httptest.ResponseRecorder, 200)
	for i := range 200 {
		wg.Go(func() { statuses <- s.postFrom(fmt.Sprintf("10.0.%d.%d", i/250, i%250+1), costlyPaths) })
	}
	for range 4 {
		<-store.started // four costly searches hold every slot
	}

	rec := s.postFrom("10.9.9.9", `{ country(code: "PH") { name } }`)
	r := decode(t, rec)
	if rec.Code != http.StatusOK || string(r.Data) != `{"country":{"name":"Philippines"}}` {
		t.Errorf("a country lookup during the flood = %d %s, want the Philippines", rec.Code, rec.Body)
	}

	time.Sleep(200 * time.Millisecond) // past HeavyWait: the rest are refused
	close(store.gate)
	wg.Wait()
	close(statuses)
	answered, refused := 0, 0
	for rec := range statuses {
		r := decode(t, rec)
		switch rec.Code {
		case http.StatusOK:
			if len(r.Errors) > 0 {
				t.Errorf("an admitted costly query got %v", r.codes())
			}
			answered++
		case http.StatusTooManyRequests:
			if codes := r.codes(); len(codes) != 1 || codes[0] != graph.CodeRateLimited {
				t.Errorf("a refused query got codes %v, want RATE_LIMITED", codes)
			}
			if rec.Header().Get("Retry-After") == "" {
				t.Errorf("a 429 without Retry-After")
			}
			refused++
		default:
			t.Errorf("status %d: %s", rec.Code, rec.Body)
		}
	}
	if answered < 4 || refused == 0 || answered+refused != 200 {
		t.Errorf("%d answered, %d refused; want at least the 4 admitted answered and the rest refused", answered, refused)
	}
}

// One client may have MaxClientHeavy costly queries running; the next is
// refused at once, and another client is not affected.
func TestClientHeavyLimit(t *testing.T) {
	store := gated{Store: seedStore(t), gate: make(chan struct{}), started: make(chan struct{}, 10)}
	s := newTestServerOn(t, store, admissionWith(func(a *AdmissionLimits) { a.MaxClientHeavy = 2 }))
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { s.postFrom("10.0.0.1", costlyPaths) })
	}
	<-store.started
	<-store.started
	if rec := s.postFrom("10.0.0.1", costlyPaths); rec.Code != http.StatusTooManyRequests {
		t.Errorf("a third costly query from one client = %d, want 429: %s", rec.Code, rec.Body)
	}
	wg.Go(func() {
		if rec := s.postFrom("10.0.0.2", costlyPaths); rec.Code != http.StatusOK {
			t.Errorf("another client's costly query = %d, want 200: %s", rec.Code, rec.Body)
		}
	})
	<-store.started
	close(store.gate)
	wg.Wait()
}

// A client that spends its cost allowance waits for it to refill; others
// do not.
func TestClientCostWindow(t *testing.T) {
	s := newTestServer(t, admissionWith(func(a *AdmissionLimits) {
		a.ClientCostPerSecond = 10
		a.ClientCostBurst = 400
	}))
	q := `{ search(text: "nurse", first: 5) { id } }` // costs 106
	codes := []int{}
	for range 5 {
		codes = append(codes, s.postFrom("10.0.0.1", q).Code)
	}
	if want := []int{200, 200, 200, 429, 429}; fmt.Sprint(codes) != fmt.Sprint(want) {
		t.Errorf("five searches costing 106 against an allowance of 400 = %v, want %v", codes, want)
	}
	rec := s.postFrom("10.0.0.1", q)
	if ra := rec.Header().Get("Retry-After"); rec.Code != 429 || ra == "" || ra == "0" {
		t.Errorf("refused: %d, Retry-After %q; want 429 and a time to wait", rec.Code, ra)
	}
	if rec := s.postFrom("10.0.0.2", q); rec.Code != http.StatusOK {
		t.Errorf("another client = %d, want 200", rec.Code)
	}
}

func TestBucket(t *testing.T) {
	t0 := time.Unix(0, 0)
	b := bucket{rate: 100, burst: 200, tokens: 200, last: t0}
	if w := b.take(150, t0); w != 0 {
		t.Errorf("take 150 of 200 = wait %v, want none", w)
	}
	if w := b.take(100, t0); w != 500*time.Millisecond {
		t.Errorf("take 100 of 50 = wait %v, want 500ms", w)
	}
	if w := b.take(100, t0.Add(500*time.Millisecond)); w != 0 {
		t.Errorf("after 500ms = wait %v, want none", w)
	}
	// More than the burst passes when the bucket is full, and empties it.
	if w := b.take(1000, t0.Add(10*time.Second)); w != 0 {
		t.Errorf("take 1000 from a full bucket of 200 = wait %v, want none", w)
	}
	if w := b.take(1, t0.Add(10*time.Second)); w == 0 {
		t.Errorf("after spending more than the burst, a take passed")
	}
}
