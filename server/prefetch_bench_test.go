package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// prefetchQueries are nested reads, each costing a round trip per level
// without the prefetch and a fixed one or two with it.
var prefetchQueries = []struct{ name, query string }{
	{"nested", `{ countries { frameworks { levels { qualifications { id } } } } }`},
	{"nested-peer", `{ countries { code name frameworks { code name levels { level title qualifications { id title } } } } }`},
	{"arrangements", `{ arrangements(first: 100) { edges { node { parties { code } sources { title } } } } }`},
	{"country-nested", `{ country(code: "PH") { frameworks { levels { qualifications { id } } } } }`},
}

// batchedOnly is the Neo4j store without Traverse: the API reads it as
// before the prefetch, a round trip per level after a batch window.
type batchedOnly struct {
	graph.Store
	window time.Duration
}

func (s batchedOnly) BatchWindow() time.Duration { return s.window }

// BenchmarkPrefetch measures nested reads on Neo4j (the seed) with the
// prefetch ("one-query") and without it ("per-level"), 16 requests at a
// time; the ratio of the two ns/op in one run is the throughput gained. It
// WIPES the database at NEO4J_URI:
//
//	scripts/with-neo4j go test -run '^$' -bench Prefetch ./server/
func BenchmarkPrefetch(b *testing.B) {
	if os.Getenv("NEO4J_URI") == "" {
		b.Skip("NEO4J_URI is not set (scripts/with-neo4j starts a Neo4j)")
	}
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.ConfigFromEnv(os.Getenv))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close(ctx)
	if _, err := neo4jstore.Load(ctx, s, seed); err != nil {
		b.Fatal(err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	stores := []struct {
		name  string
		store graph.Store
	}{{"per-level", batchedOnly{s, neo4jstore.DefaultBatchWindow}}, {"one-query", s}}
	for _, q := range prefetchQueries {
		body, _ := json.Marshal(map[string]string{"query": q.query})
		var answers []string
		for _, st := range stores {
			h := newHandler(defaultConfig(), st.store, logger)
			for range 20 { // the answer must be good; plans and caches warm up
				check(b, h, body)
			}
			answers = append(answers, answer(h, body))
			b.Run(q.name+"/"+st.name, func(b *testing.B) {
				b.SetParallelism(8) // 16 at a time on 2 cores
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
						req.Header.Set("Content-Type", "application/json")
						rec := httptest.NewRecorder()
						h.ServeHTTP(rec, req)
						if rec.Code != http.StatusOK {
							b.Errorf("%s: HTTP %d", q.name, rec.Code)
						}
					}
				})
			})
		}
		if answers[0] != answers[1] {
			b.Fatalf("%s: the answers differ with and without the prefetch", q.name)
		}
	}
}

// answer returns the body of the query's answer.
func answer(h http.Handler, body []byte) string {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.String()
}
