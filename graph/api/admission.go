package api

import (
	"context"
	"fmt"
	"math"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
)

// AdmissionLimits bound the work the server takes on, so that no client,
// and no flood, can keep the others from being answered. An operation is
// heavy when its cost (see costLimit) is above HeavyCost; a cheap one (a
// country, a node) is never queued behind heavy ones.
type AdmissionLimits struct {
	MaxConcurrent       int           // operations at once, any cost
	MaxClientConcurrent int           // operations at once from one client
	MaxHeavy            int           // heavy operations at once
	MaxClientHeavy      int           // heavy operations at once from one client
	HeavyCost           int           // an operation costing more is heavy
	HeavyWait           time.Duration // how long a heavy operation waits for a slot
	ClientCostPerSecond int           // cost one client may spend per second...
	ClientCostBurst     int           // ...saved up to this much
	CostPerSecond       int           // cost all heavy operations may spend per second
	ClientIPHeader      string        // header a trusted proxy puts the client's address in
}

// DefaultAdmission is the server's default admission limits.
func DefaultAdmission() AdmissionLimits {
	return AdmissionLimits{
		MaxConcurrent:       512,
		MaxClientConcurrent: 64,
		HeavyCost:           200,
		MaxHeavy:            max(4, 2*runtime.GOMAXPROCS(0)),
		MaxClientHeavy:      4,
		HeavyWait:           2 * time.Second,
		ClientCostPerSecond: 20000,
		ClientCostBurst:     40000,
		CostPerSecond:       25000 * runtime.GOMAXPROCS(0),
	}
}

// maxClients bounds the clients remembered at once; idle ones are dropped
// first, and past it the newcomers share one allowance.
const maxClients = 10000

// admission applies AdmissionLimits; it is safe for concurrent use.
type admission struct {
	lim   AdmissionLimits
	all   chan struct{} // a token per operation running
	heavy chan struct{} // a token per heavy operation running
	now   func() time.Time

	mu      sync.Mutex
	clients map[string]*clientState
	global  bucket
}

type clientState struct {
	running, heavy int
	bucket         bucket
}

func newAdmission(lim AdmissionLimits) *admission {
	a := &admission{
		lim:     lim,
		all:     make(chan struct{}, max(1, lim.MaxConcurrent)),
		heavy:   make(chan struct{}, max(1, lim.MaxHeavy)),
		now:     time.Now,
		clients: map[string]*clientState{},
	}
	a.global = bucket{rate: float64(lim.CostPerSecond), burst: float64(lim.CostPerSecond), tokens: float64(lim.CostPerSecond), last: a.now()}
	return a
}

// refusal is why an operation was not admitted, and when to come back.
type refusal struct {
	why   string
	retry time.Duration
}

type admissionState struct {
	client  string
	refused *refusal
}

type admissionKey struct{}

// middleware names the client of each /graphql request and answers 429,
// with Retry-After, when its operation was refused.
func (a *admission) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := &admissionState{client: a.clientOf(r)}
		ctx := context.WithValue(r.Context(), admissionKey{}, st)
		next.ServeHTTP(&refusingWriter{ResponseWriter: w, st: st}, r.WithContext(ctx))
	})
}

// clientOf names the client: its IP address, or the last address of the
// configured header (set by a trusted proxy).
func (a *admission) clientOf(r *http.Request) string {
	if h := a.lim.ClientIPHeader; h != "" {
		if v := r.Header.Get(h); v != "" {
			parts := strings.Split(v, ",")
			return clip(strings.TrimSpace(parts[len(parts)-1]), 64)
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return clip(r.RemoteAddr, 64)
	}
	return host
}

// refusingWriter turns the answer to a refused operation into a 429.
type refusingWriter struct {
	http.ResponseWriter
	st    *admissionState
	wrote bool
}

func (w *refusingWriter) WriteHeader(code int) {
	if !w.wrote {
		w.wrote = true
		if f := w.st.refused; f != nil && code == http.StatusOK {
			w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(max(f.retry, time.Second).Seconds()))))
			code = http.StatusTooManyRequests
		}
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *refusingWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *refusingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// limit is a response middleware: it admits an operation before it runs,
// or answers RATE_LIMITED. Answers to requests refused earlier (parse,
// validation, cost) pass through.
func (a *admission) limit(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	st, _ := ctx.Value(admissionKey{}).(*admissionState)
	if st == nil || len(graphql.GetErrors(ctx)) > 0 || !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	stats := extension.GetComplexityStats(ctx) // set by costLimit
	if stats == nil {
		return next(ctx)
	}
	release, f := a.admit(ctx, st.client, stats.Complexity)
	if f != nil {
		st.refused = f
		return &graphql.Response{Errors: gqlerror.List{{
			Message:    f.why,
			Extensions: map[string]any{"code": graph.CodeRateLimited, "retryAfterSeconds": int(math.Ceil(max(f.retry, time.Second).Seconds()))},
		}}}
	}
	defer release()
	return next(ctx)
}

// admit takes the slots and the cost an operation needs, or says why not.
func (a *admission) admit(ctx context.Context, client string, cost int) (release func(), f *refusal) {
	heavy := cost > a.lim.HeavyCost
	select {
	case a.all <- struct{}{}:
	default:
		return nil, &refusal{fmt.Sprintf("the server is answering %d requests at once, its limit: try again shortly", cap(a.all)), time.Second}
	}
	freeAll := func() { <-a.all }
	c, f := a.enter(client, cost, heavy)
	if f != nil {
		freeAll()
		return nil, f
	}
	leave := func() { a.leave(client, c, heavy) }
	if !heavy {
		return func() { leave(); freeAll() }, nil
	}
	wait, cancel := context.WithTimeout(ctx, a.lim.HeavyWait)
	defer cancel()
	select {
	case a.heavy <- struct{}{}:
		return func() { <-a.heavy; leave(); freeAll() }, nil
	case <-wait.Done():
		leave()
		freeAll()
		return nil, &refusal{fmt.Sprintf("the server is running %d costly queries at once, its limit: try again shortly, or ask for less (this query costs %d; above %d a query counts as costly)", cap(a.heavy), cost, a.lim.HeavyCost), time.Second}
	}
}

// enter counts the operation against its client's limits and spends its
// cost, or says why not.
func (a *admission) enter(client string, cost int, heavy bool) (*clientState, *refusal) {
	a.mu.Lock()
	defer a.mu.Unlock()
	now := a.now()
	c := a.client(client, now)
	switch {
	case c.running >= a.lim.MaxClientConcurrent:
		return nil, &refusal{fmt.Sprintf("you have %d requests running, the limit per client: wait for their answers", c.running), time.Second}
	case heavy && c.heavy >= a.lim.MaxClientHeavy:
		return nil, &refusal{fmt.Sprintf("you have %d costly queries running, the limit per client: wait for their answers (this query costs %d; above %d a query counts as costly)", c.heavy, cost, a.lim.HeavyCost), time.Second}
	}
	if wait := c.bucket.take(float64(cost), now); wait > 0 {
		return nil, &refusal{fmt.Sprintf("you have spent your allowance of %d cost per second (this query costs %d): try again in %s", a.lim.ClientCostPerSecond, cost, wait.Round(time.Millisecond)), wait}
	}
	if heavy && a.lim.CostPerSecond > 0 {
		if wait := a.global.take(float64(cost), now); wait > 0 {
			c.bucket.refund(float64(cost))
			return nil, &refusal{fmt.Sprintf("the server is at its limit of %d cost per second for costly queries: try again in %s", a.lim.CostPerSecond, wait.Round(time.Millisecond)), wait}
		}
	}
	c.running++
	if heavy {
		c.heavy++
	}
	return c, nil
}

func (a *admission) leave(client string, c *clientState, heavy bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	c.running--
	if heavy {
		c.heavy--
	}
}

// client returns the state of a client, making room for a new one by
// dropping those that are idle with a full allowance. Called with a.mu.
func (a *admission) client(name string, now time.Time) *clientState {
	if c := a.clients[name]; c != nil {
		return c
	}
	if len(a.clients) >= maxClients {
		for k, c := range a.clients {
			if c.running == 0 && c.bucket.full(now) {
				delete(a.clients, k)
			}
		}
		if len(a.clients) >= maxClients {
			name = "(other clients)"
			if c := a.clients[name]; c != nil {
				return c
			}
		}
	}
	burst := float64(max(a.lim.ClientCostBurst, a.lim.ClientCostPerSecond))
	c := &clientState{bucket: bucket{rate: float64(a.lim.ClientCostPerSecond), burst: burst, tokens: burst, last: now}}
	a.clients[name] = c
	return c
}

// bucket is a token bucket of cost: rate per second, up to burst.
type bucket struct {
	rate, burst, tokens float64
	last                time.Time
}

func (b *bucket) refill(now time.Time) {
	if el := now.Sub(b.last).Seconds(); el > 0 {
		b.tokens = min(b.burst, b.tokens+el*b.rate)
	}
	b.last = now
}

// take spends n, or returns how long until n is there. A cost above the
// burst passes when the bucket is full, and empties it.
func (b *bucket) take(n float64, now time.Time) time.Duration {
	if b.rate <= 0 {
		return 0
	}
	b.refill(now)
	if b.tokens >= n || b.tokens >= b.burst {
		b.tokens -= n
		return 0
	}
	return time.Duration((min(n, b.burst) - b.tokens) / b.rate * float64(time.Second))
}

func (b *bucket) refund(n float64) { b.tokens = min(b.burst, b.tokens+n) }

func (b *bucket) full(now time.Time) bool {
	b.refill(now)
	return b.tokens >= b.burst
}

// withContext runs next with f's additions to each request's context (the
// store's cap on one request's queries).
func withContext(f func(context.Context) context.Context, next http.Handler) http.Handler {
	if f == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(f(r.Context())))
	})
}
