package neo4jstore

import (
	"context"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/storetest"
)

// A GraphQL request costs a number of Neo4j round trips bounded by its
// depth, not by the size of its lists: the loaders batch sibling fields.
func TestRoundTripsBoundedByDepth(t *testing.T) {
	neo4jStore(t) // skip or fail as the other Neo4j tests do
	var queries atomic.Int64
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The data version every answer carries is read once per process (and
	// retried in the background after a failure), not per request: not
	// counted.
	count := func(q string, _ time.Duration, _ error) {
		if q != dataVersionCypher {
			queries.Add(1)
		}
	}
	s, err := Open(ctx, DisposableConfigFromEnv(os.Getenv), WithQueryObserver(count))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	// Loaders wait longer than the server's 3ms here: on a busy shared
	// machine, sibling resolvers can start further apart, and what this test
	// asserts is how requests are batched, not how fast.
	h := storetest.HandlerWithWait(s, 20*time.Millisecond)

	cases := []struct {
		name, query string
		depth       int // fields that fetch: each may cost one round trip
	}{
		{"countries, frameworks, levels, references, qualifications",
			`{ countries { code frameworks { code levels { id referencedTo { fit level { id qualifications { id } } } } } } }`, 5},
		{"the same with sources at every level",
			`{ countries { sources { title } frameworks { sources { title } levels { id sources { title } referencedTo { sources { title } level { id qualifications { id sources { title } } } } } } } }`, 10},
		{"a recognition question: its arguments, one traversal, the sources of its steps",
			`{ recognitionPaths(from: "PH", to: "MY", qualification: "qualification:ph-tesda-nc2-cookery") {
				outcome reason paths { strength summary instrument { id title } steps { relation from { id } to { id } explanation sources { title } } } } }`, 3},
		{"arrangements with parties, occupations and their qualifications",
			`{ arrangements(first: 50) { totalCount edges { node { id parties { code } occupations { iscoCode qualifications { id country { code } level { id } } } } } } }`, 6}, // 50: 100 costs more than the limit (qualifications nested in occupations are priced 10 each)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			queries.Store(0)
			r := storetest.Do(t, h, c.query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("errors: %+v", r.Errors)
			}
			n := queries.Load()
			t.Logf("%d Neo4j round trips for a query of fetch depth %d (%d bytes of data)", n, c.depth, len(r.Data))
			if n > int64(c.depth) {
				t.Errorf("%d round trips, want at most %d (one per level of nesting)", n, c.depth)
			}
		})
	}
}
