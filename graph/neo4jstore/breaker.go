package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A circuit breaker makes requests fail at once while Neo4j is known to be
// out of reach, instead of each waiting seconds for the driver to give up.
// It opens when Ping fails (the check behind /readyz) or when
// breakerFailures queries in a row find Neo4j unreachable; while open, one
// query at a time, at most every breakerCooldown, is let through to probe,
// and Ping always tries. The first success closes it. Only a failure that
// happened while the caller still had time counts: a query that ran out of
// its own time on a slow (not down) Neo4j says nothing either way.
const (
	breakerFailures = 3
	breakerCooldown = time.Second
)

type breaker struct {
	mu       sync.Mutex
	now      func() time.Time
	failures int       // unavailable in a row
	open     bool      // Neo4j is known to be down
	since    time.Time // when it opened
	probeAt  time.Time // when the last probe was let through
	probing  bool
}

// allow says whether a query may go to Neo4j; probe is true when it is the
// one query let through while open, which must report with done.
func (b *breaker) allow() (ok, probe bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.open {
		return true, false
	}
	now := b.now()
	if b.probing || now.Sub(b.probeAt) < breakerCooldown {
		return false, false
	}
	b.probing, b.probeAt = true, now
	return true, true
}

// outcome is what a query says about Neo4j.
type outcome int

const (
	reached     outcome = iota // it answered (perhaps with an error of the query's)
	unreachable                // it could not be reached while there was time
	unknown                    // the caller's time ran out first
)

// outcomeOf classifies the error of a query run under ctx.
func outcomeOf(ctx context.Context, err error) outcome {
	switch {
	case !errors.Is(err, model.ErrUnavailable):
		return reached
	case ctx.Err() != nil:
		return unknown
	}
	return unreachable
}

// done reports a query's outcome.
func (b *breaker) done(probe bool, o outcome) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if probe {
		b.probing = false
	}
	switch o {
	case reached:
		b.failures, b.open = 0, false
		return
	case unknown:
		return
	}
	b.failures++
	if b.failures >= breakerFailures && !b.open {
		b.open, b.since, b.probeAt = true, b.now(), b.now()
	}
}

// trip opens the breaker at once (a failed Ping).
func (b *breaker) trip() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.failures = max(b.failures, breakerFailures)
	if !b.open {
		b.open, b.since, b.probeAt = true, b.now(), b.now()
	}
}

// refused is the error of a query the open breaker did not let through.
func (b *breaker) refused(op string) error {
	b.mu.Lock()
	since := b.now().Sub(b.since).Round(time.Millisecond)
	b.mu.Unlock()
	return fmt.Errorf("neo4jstore: %s: %w: it has not answered for %s (not tried again until it does)", op, model.ErrUnavailable, since)
}

// querySlots bounds the Cypher queries running at once: per store (below
// the driver's connection pool, so that a flood never leaves a cheap query
// without a connection) and per request (LimitQueries).
type querySlots chan struct{}

func (q querySlots) acquire(ctx context.Context) (release func(), err error) {
	if q == nil {
		return func() {}, nil
	}
	select {
	case q <- struct{}{}:
		return func() { <-q }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// acquire takes a slot of the request's (LimitQueries) and one of the
// store's, in that order.
func (s *Store) acquire(ctx context.Context) (release func(), err error) {
	freeReq, err := requestSlots(ctx).acquire(ctx)
	if err != nil {
		return nil, err
	}
	freeStore, err := s.slots.acquire(ctx)
	if err != nil {
		freeReq()
		return nil, err
	}
	return func() { freeStore(); freeReq() }, nil
}

type requestSlotsKey struct{}

// LimitQueries returns a context under which at most n Cypher queries run
// at once, whatever the number of resolvers that ask: one request then
// cannot take the whole connection pool.
func LimitQueries(ctx context.Context, n int) context.Context {
	if n <= 0 {
		return ctx
	}
	return context.WithValue(ctx, requestSlotsKey{}, make(querySlots, n))
}

func requestSlots(ctx context.Context) querySlots {
	q, _ := ctx.Value(requestSlotsKey{}).(querySlots)
	return q
}
