package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// While Neo4j is known to be down, queries fail at once without going to
// the driver, still as unavailable; Ping (the check behind /readyz) opens
// the breaker, and a probe after the cooldown is let through.
func TestBreakerFailsFast(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var sent atomic.Int32
	s, err := Open(ctx, Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", freePort(t))},
		WithQueryObserver(func(string, time.Duration, error) { sent.Add(1) }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.Ping(ctx); !errors.Is(err, model.ErrUnavailable) {
		t.Fatalf("Ping with nothing listening = %v, want unavailable", err)
	}
	for range 50 {
		_, err := s.Nodes(ctx, []string{"country:PH"})
		if !errors.Is(err, model.ErrUnavailable) || !strings.Contains(err.Error(), "not tried again") {
			t.Fatalf("Nodes while the breaker is open = %v, want unavailable at once", err)
		}
	}
	if n := sent.Load(); n != 0 {
		t.Errorf("%d queries went to the driver while the breaker was open, want 0", n)
	}
	// After the cooldown, one query probes (and finds it still down).
	s.brk.mu.Lock()
	s.brk.probeAt = s.brk.probeAt.Add(-breakerCooldown)
	s.brk.mu.Unlock()
	if _, err := s.Nodes(ctx, []string{"country:PH"}); !errors.Is(err, model.ErrUnavailable) {
		t.Errorf("the probe = %v, want unavailable", err)
	}
	if n := sent.Load(); n != 1 {
		t.Errorf("%d queries went to the driver after the cooldown, want the 1 probe", n)
	}
}

func TestBreakerStates(t *testing.T) {
	now := time.Unix(100, 0)
	b := &breaker{now: func() time.Time { return now }}
	for i := range breakerFailures {
		if ok, _ := b.allow(); !ok {
			t.Fatalf("refused after %d failures, want let through until %d", i, breakerFailures)
		}
		b.done(false, unreachable)
	}
	if ok, _ := b.allow(); ok {
		t.Fatalf("let through after %d failures in a row", breakerFailures)
	}
	now = now.Add(breakerCooldown)
	ok, probe := b.allow()
	if !ok || !probe {
		t.Fatalf("after the cooldown: allow = %v, %v; want one probe", ok, probe)
	}
	if ok, _ := b.allow(); ok {
		t.Errorf("a second query let through while the probe runs")
	}
	b.done(true, reached)
	if ok, probe := b.allow(); !ok || probe {
		t.Errorf("after a successful probe: allow = %v, %v; want closed", ok, probe)
	}
}

// One request's queries run at most n at once.
func TestLimitQueries(t *testing.T) {
	ctx := LimitQueries(context.Background(), 2)
	q := requestSlots(ctx)
	r1, _ := q.acquire(ctx)
	r2, _ := q.acquire(ctx)
	short, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if _, err := q.acquire(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a third query = %v, want it to wait for a slot until its deadline", err)
	}
	r1()
	if _, err := q.acquire(ctx); err != nil {
		t.Errorf("after one finished: %v", err)
	}
	r2()
}

// A query that ran out of its caller's time on a slow Neo4j is no evidence
// that Neo4j is down: it neither opens nor closes the breaker.
func TestBreakerIgnoresTimeouts(t *testing.T) {
	b := &breaker{now: time.Now}
	expired, cancel := context.WithCancel(context.Background())
	cancel()
	slow := fmt.Errorf("%w: %w", model.ErrUnavailable, context.DeadlineExceeded)
	for range 2 * breakerFailures {
		b.done(false, outcomeOf(expired, slow))
	}
	if ok, _ := b.allow(); !ok {
		t.Errorf("the breaker opened on timeouts alone")
	}
	if o := outcomeOf(context.Background(), slow); o != unreachable {
		t.Errorf("outcome of unavailable with time left = %v, want unreachable", o)
	}
	if o := outcomeOf(context.Background(), errors.New("syntax error")); o != reached {
		t.Errorf("outcome of a query error = %v, want reached", o)
	}
}
