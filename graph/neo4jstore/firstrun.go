package neo4jstore

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// firstRunBudget bounds the first run of a query text, which is not
// stopped when the request that started it gives up.
const firstRunBudget = 2 * time.Minute

// firstRuns lets one query of each text run before any other of that text
// has: Neo4j plans a query on its first run and keeps the plan, and
// planning a large query (the recognition traversal: a dozen chained
// subqueries) takes seconds of CPU. Without it, N concurrent requests on a
// cold server each plan the same text at once, N times the CPU on the same
// cores, and if planning outlasts their deadlines none of them finishes and
// no plan is kept: the server stalls. With it, the first run plans while
// the others wait (holding no connection), and it runs to its end even if
// its request gives up, so that its plan is kept.
type firstRuns struct {
	mu      sync.Mutex
	done    map[string]bool          // texts Neo4j has planned once
	running map[string]chan struct{} // texts whose first run is under way: closed when it ends
}

// wait returns when query may run: at once if a run of it has ended well
// before; after the first run ends if one is under way (or ctx's error).
// It returns lead=true to the caller that must make the first run, which
// then calls finish.
func (f *firstRuns) wait(ctx context.Context, query string) (lead bool, err error) {
	for {
		f.mu.Lock()
		if f.done[query] {
			f.mu.Unlock()
			return false, nil
		}
		ch, ok := f.running[query]
		if !ok {
			if f.running == nil {
				f.running, f.done = map[string]chan struct{}{}, map[string]bool{}
			}
			f.running[query] = make(chan struct{})
			f.mu.Unlock()
			return true, nil
		}
		f.mu.Unlock()
		select {
		case <-ch: // ended: well (the plan is kept), or not (try to lead)
		case <-ctx.Done():
			return false, ctx.Err()
		}
	}
}

// finish ends the first run of query; ok says whether Neo4j planned it
// (it answered, or refused the query itself).
func (f *firstRuns) finish(query string, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ok {
		f.done[query] = true
	}
	close(f.running[query])
	delete(f.running, query)
}

// firstRun makes the first run of a query text: detached from ctx's
// cancellation and deadline (bounded by firstRunBudget instead), so that
// Neo4j finishes planning it even when the request gives up; the caller
// still gets its answer, or ctx's error, as soon as ctx says.
func (s *Store) firstRun(ctx context.Context, query string, exec func(context.Context) ([]*neo4j.Record, error)) ([]*neo4j.Record, error) {
	type result struct {
		v   []*neo4j.Record
		err error
	}
	out := make(chan result, 1)
	go func() {
		dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), firstRunBudget)
		defer cancel()
		v, err := exec(dctx)
		var dbErr *neo4j.Neo4jError
		s.first.finish(query, err == nil || errors.As(err, &dbErr))
		out <- result{v, err}
	}()
	select {
	case r := <-out:
		return r.v, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
