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
	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// benchQueries are what the benchmarks ask through the whole HTTP handler;
// "country" is the plain lookup the others are measured against.
var benchQueries = []struct{ name, query string }{
	{"country", `{ country(code: "PH") { code name aseanMember } }`},
	{"nested", `{ countries { code name frameworks { code name levels { level title qualifications { id title } } } } }`},
	{"arrangements", `{ arrangements(first: 100) { totalCount edges { node { id title type parties { code } sources { id title } } } } }`},
	{"recognition-nurse-PH-SG", `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") {
		outcome reason paths { strength summary conditions blocked instrument { id title }
		steps { relation from { id } to { id } explanation sources { title url } } } } }`},
	{"recognition-nurse-lean", `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") {
		outcome paths { strength summary } } }`},
	{"recognition-nc2-PH-MY", `{ recognitionPaths(from: "PH", to: "MY", qualification: "qualification:ph-tesda-nc2-cookery") {
		outcome reason paths { strength summary conditions steps { relation from { id } to { id } explanation sources { title } } } } }`},
	{"search", `{ search(text: "qualifications framework", kinds: [QUALIFICATION_FRAMEWORK], first: 100) { id ... on QualificationFramework { code name } } }`},
	{"paths-4-hops", `{ paths(from: "qualification:ph-tesda-nc2-cookery", to: "country:MY", maxHops: 4) { length relations nodes { id } } }`},
}

// BenchmarkAPI measures each query through the HTTP handler on the embedded
// store and (where SKILLSGRAPH_TEST_NEO4J_URI is set) on Neo4j, each on the seed and on a
// synthetic graph 100 times its size (dataset.Scale). scripts/bench runs it
// and prints the ratios. It reloads that database (never NEO4J_URI's),
// after checking that it holds nothing but this project's graph.
func BenchmarkAPI(b *testing.B) {
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	big := dataset.Scale(seed, 100)
	b.Logf("seed: %d nodes, %d relationships; x100: %d nodes, %d relationships",
		len(seed.Nodes), len(seed.Edges), len(big.Nodes), len(big.Edges))

	run := func(name string, store graph.Store, wait time.Duration, opts ...api.Option) {
		cfg := defaultConfig()
		// One benchmark loop is one client: lift the cost rate limits, or
		// this measures them (scripts/load exercises the limits).
		cfg.Admission.ClientCostPerSecond, cfg.Admission.CostPerSecond = 0, 0
		h := newHandler(cfg, store, slog.New(slog.NewTextHandler(io.Discard, nil)), withAPI(append(opts, api.WithLoaderWait(wait))...))
		for _, q := range benchQueries {
			body, _ := json.Marshal(map[string]string{"query": q.query})
			for range 20 { // the answer must be good; and caches, plans and the JIT warm up
				check(b, h, body)
			}
			b.Run(name+"/"+q.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: HTTP %d", q.name, rec.Code)
					}
				}
			})
		}
	}
	run("memory-seed", memstore.New(seed), 0)
	// The same without projections (graph/project.go): every node through
	// its resolvers and API object.
	run("memory-seed-unprojected", storetest.WithoutProjections(memstore.New(seed)), 0)
	// The same, every answer written by gqlgen's executor: what the direct
	// write (graph/direct.go) saves.
	run("memory-seed-executor", memstore.New(seed), 0, api.WithExecutorOnly())
	if !testing.Short() {
		run("memory-x100", memstore.New(big), 0)
	}

	cfg := neo4jstore.DisposableConfigFromEnv(os.Getenv)
	if cfg.URI == "" {
		b.Log(neo4jstore.TestURIEnv + " is not set: the Neo4j benchmarks are skipped (scripts/bench starts a Neo4j)")
		return
	}
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close(ctx)
	if err := neo4jstore.CheckDisposable(ctx, s); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		g    *model.Graph
	}{{"neo4j-seed", seed}, {"neo4j-x100", big}} {
		if testing.Short() && c.g == big {
			break // -short: the seed only
		}
		t0 := time.Now()
		if _, err := neo4jstore.Load(ctx, s, c.g); err != nil {
			b.Fatal(err)
		}
		b.Logf("%s: loaded in %s", c.name, time.Since(t0).Round(time.Millisecond))
		run(c.name, s, neo4jstore.DefaultBatchWindow)
	}
}

// check fails the benchmark unless the query answers without errors.
func check(b *testing.B, h http.Handler, body []byte) {
	b.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || len(r.Errors) > 0 || rec.Code != http.StatusOK {
		b.Fatalf("HTTP %d: %s", rec.Code, rec.Body.String())
	}
}
