package neo4jstore

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// The tests compare this package's store, over the Neo4j at
// SKILLSGRAPH_TEST_NEO4J_URI (never NEO4J_URI), with memstore over the same
// seed. TestMain wipes that database, after CheckDisposable found nothing
// in it but this project's graph, and loads the embedded seed into it.
var (
	seed      *model.Graph
	ref       *memstore.Store
	db        *Store // nil when SKILLSGRAPH_TEST_NEO4J_URI is unset
	loadStats [2]Stats
	setupErr  error
)

func TestMain(m *testing.M) {
	var err error
	seed, err = dataset.Load(dataset.Embedded())
	if err != nil {
		fmt.Fprintln(os.Stderr, "neo4jstore tests: the embedded seed is invalid:", err)
		os.Exit(1)
	}
	ref = memstore.New(seed)
	if cfg := DisposableConfigFromEnv(os.Getenv); cfg.URI != "" {
		setupErr = setup(cfg)
	}
	code := m.Run()
	if db != nil {
		if err := db.Close(context.Background()); err != nil {
			fmt.Fprintln(os.Stderr, "neo4jstore tests: close:", err)
		}
	}
	os.Exit(code)
}

// setup wipes the test database and loads the seed twice (the second load
// must change nothing).
func setup(cfg Config) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := Open(ctx, cfg)
	if err != nil {
		return err
	}
	db = s
	if err := waitReady(ctx, s, time.Minute); err != nil {
		return err
	}
	if err := CheckDisposable(ctx, s); err != nil {
		return err
	}
	if err := wipe(ctx, s); err != nil {
		return err
	}
	for i := range loadStats {
		if loadStats[i], err = Load(ctx, s, seed); err != nil {
			return fmt.Errorf("load %d: %w", i+1, err)
		}
		fmt.Fprintf(os.Stderr, "neo4jstore tests: load %d into %s: %d nodes, %d relationships created, in %s\n",
			i+1, cfg.URI, loadStats[i].NodesCreated, loadStats[i].RelsCreated, loadStats[i].Elapsed.Round(time.Millisecond))
	}
	return nil
}

func wipe(ctx context.Context, s *Store) error {
	_, err := s.run(ctx, neo4j.AccessModeWrite, "wipe", `MATCH (n) DETACH DELETE n`, nil)
	return err
}

func waitReady(ctx context.Context, s *Store, within time.Duration) error {
	deadline := time.Now().Add(within)
	for {
		err := s.Ping(ctx)
		if err == nil || time.Now().After(deadline) {
			return err
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// neo4jStore returns the store under test, skipping the test when no Neo4j
// is configured, or failing it when CI=true (CI must run these tests).
func neo4jStore(t *testing.T) *Store {
	t.Helper()
	if os.Getenv(TestURIEnv) == "" {
		const how = "run the tests with scripts/test or scripts/with-neo4j, which start a private Neo4j"
		if os.Getenv("CI") == "true" {
			t.Fatal(TestURIEnv + " is not set, and CI=true: CI must run the Neo4j store tests (" + how + ")")
		}
		t.Skip(TestURIEnv + " is not set: skipping the Neo4j store tests (" + how + ")")
	}
	if setupErr != nil {
		t.Fatalf("setting up the test database at %s failed: %v", os.Getenv(TestURIEnv), setupErr)
	}
	return db
}

// Budgets: a read of the seed takes milliseconds, a load of it seconds, on
// an idle machine; these bounds are for a loaded one, and still fail a
// test that hangs. A test of many reads gives each its own queryBudget
// rather than sharing one, so that its budget grows with its reads.
const (
	testBudget  = time.Minute      // a test's few reads (ctxT)
	queryBudget = 30 * time.Second // one read of a test of many
	loadBudget  = 5 * time.Minute  // one Load of the seed
)

func ctxT(t *testing.T) context.Context { return ctxWithin(t, testBudget) }

// loadCtx is the context of one Load.
func loadCtx(t *testing.T) context.Context { return ctxWithin(t, loadBudget) }

func ctxWithin(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// same fails the test with the first difference between memstore's answer
// and ours.
func same(t *testing.T, call string, want, got any) bool {
	t.Helper()
	if d := firstDiff("", reflect.ValueOf(want), reflect.ValueOf(got)); d != "" {
		t.Errorf("%s: neo4jstore differs from memstore at %s", call, d)
		return false
	}
	return true
}

// firstDiff describes the first place where a and b differ, or returns "".
func firstDiff(path string, a, b reflect.Value) string {
	if !a.IsValid() || !b.IsValid() {
		if a.IsValid() != b.IsValid() {
			return fmt.Sprintf("%s: want %v, got %v", orRoot(path), a, b)
		}
		return ""
	}
	if a.Type() != b.Type() {
		return fmt.Sprintf("%s: want %s %#v, got %s %#v", orRoot(path), a.Type(), a, b.Type(), b)
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: want %v, got %v", orRoot(path), a, b)
			}
			return ""
		}
		return firstDiff(path, a.Elem(), b.Elem())
	case reflect.Slice:
		if a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: want %#v, got %#v (nil vs empty)", orRoot(path), a, b)
		}
		for i := 0; i < min(a.Len(), b.Len()); i++ {
			if d := firstDiff(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: want %d elements, got %d", orRoot(path), a.Len(), b.Len())
		}
	case reflect.Map:
		if a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: want %#v, got %#v (nil vs empty)", orRoot(path), a, b)
		}
		keys := map[string]reflect.Value{}
		for _, k := range append(a.MapKeys(), b.MapKeys()...) {
			keys[fmt.Sprint(k)] = k
		}
		names := make([]string, 0, len(keys))
		for n := range keys {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			k := keys[n]
			va, vb := a.MapIndex(k), b.MapIndex(k)
			if !va.IsValid() || !vb.IsValid() {
				return fmt.Sprintf("%s[%q]: want %v, got %v", path, n, va, vb)
			}
			if d := firstDiff(fmt.Sprintf("%s[%q]", path, n), va, vb); d != "" {
				return d
			}
		}
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !a.Type().Field(i).IsExported() {
				continue // a store's cache (model.Record's API object), not data
			}
			if d := firstDiff(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			return fmt.Sprintf("%s: want %#v, got %#v", orRoot(path), a, b)
		}
	}
	return ""
}

func orRoot(p string) string {
	if p == "" {
		return "the result"
	}
	return p
}
