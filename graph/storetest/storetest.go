// Package storetest is the one behaviour suite every store must pass: the
// same GraphQL queries, answered over the same seed, compared with the same
// expected answers (golden files in testdata/). memstore and neo4jstore both
// call Run; an answer that differs between them fails the suite.
//
// Each case is testdata/<name>.graphql, a query whose first lines may be
// `# variables: {...}` ; its answer is testdata/<name>.golden.json. Run
// `go test ./graph/memstore -update` to rewrite the golden files from the
// memory store, then review the diff as you would code.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
)

var update = flag.Bool("update", false, "rewrite the golden files of graph/storetest from this store's answers")

// Dir is the folder of the cases and golden files.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

// LoaderWait is how long the suite's loaders wait for sibling fields, as
// the server does for Neo4j, so that batching is exercised on every store.
const LoaderWait = 2 * time.Millisecond

// Handler returns the API's GraphQL handler over store (graph/api, as the
// server mounts it at /graphql), with the default limits, for tests.
func Handler(store graph.Store) http.Handler {
	return HandlerWithWait(store, LoaderWait)
}

// HandlerWithWait is Handler with loaders that wait wait for siblings.
func HandlerWithWait(store graph.Store, wait time.Duration) http.Handler {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	return api.New(store, api.DefaultLimits(), logger, api.WithLoaderWait(wait))
}

// Response is a GraphQL response reduced to what the suite compares: the
// data, and each error's message, path and code.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors,omitempty"`
}

// Error is one GraphQL error as compared.
type Error struct {
	Message string `json:"message"`
	Path    []any  `json:"path,omitempty"`
	Code    string `json:"code"`
}

// Do runs one query against h and returns the reduced response.
func Do(t testing.TB, h http.Handler, query string, variables map[string]any) Response {
	t.Helper()
	rec := post(h, query, variables)
	var raw struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Path       []any          `json:"path"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	out := Response{Data: raw.Data}
	for _, e := range raw.Errors {
		code, _ := e.Extensions["code"].(string)
		out.Errors = append(out.Errors, Error{Message: e.Message, Path: e.Path, Code: code})
	}
	return out
}

// post sends one query to h as a client would.
func post(h http.Handler, query string, variables map[string]any) *httptest.ResponseRecorder {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req.WithContext(context.Background()))
	return rec
}

// Case is one query of the suite.
type Case struct {
	Name      string
	Query     string
	Variables map[string]any
}

// Cases reads the suite's cases from testdata, sorted by name.
func Cases(t testing.TB) []Case {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(Dir(), "*.graphql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in %s: %v", Dir(), err)
	}
	sort.Strings(files)
	var cases []Case
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := Case{Name: strings.TrimSuffix(filepath.Base(f), ".graphql"), Query: string(b)}
		for _, line := range strings.Split(c.Query, "\n") {
			if v, ok := strings.CutPrefix(line, "# variables:"); ok {
				if err := json.Unmarshal([]byte(v), &c.Variables); err != nil {
					t.Fatalf("%s: variables: %v", f, err)
				}
			}
		}
		cases = append(cases, c)
	}
	return cases
}

// Run runs every case against store and compares each answer with its
// golden file. With -update it writes the golden files instead.
func Run(t *testing.T, store graph.Store) {
	h := Handler(store)
	for _, c := range Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			got := canonical(t, Do(t, h, c.Query, c.Variables))
			golden := filepath.Join(Dir(), c.Name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run go test ./graph/memstore -update, then review it): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("answer differs from %s:\n%s", filepath.Base(golden), diff(string(want), string(got)))
			}
		})
	}
	RunChecks(t, h)
	RunReadme(t, h)
	RunDirect(t, store)
	if _, ok := store.(graph.Projector); ok {
		t.Run("projection", func(t *testing.T) { RunProjection(t, store) })
	}
}

func canonical(t testing.TB, r Response) []byte {
	t.Helper()
	var data any
	if len(r.Data) > 0 {
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatal(err)
		}
	}
	// Errors of sibling fields arrive in any order; compare them sorted.
	sort.SliceStable(r.Errors, func(i, j int) bool {
		pi, pj := fmt.Sprint(r.Errors[i].Path), fmt.Sprint(r.Errors[j].Path)
		if pi != pj {
			return pi < pj
		}
		return r.Errors[i].Message < r.Errors[j].Message
	})
	b, err := json.MarshalIndent(map[string]any{"data": data, "errors": r.Errors}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// diff shows the first lines where want and got part, with context.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	from := max(0, i-3)
	var b strings.Builder
	b.WriteString("  first difference at line " + itoa(i+1) + "\n")
	for j := from; j < min(len(w), i+6); j++ {
		b.WriteString("  want: " + w[j] + "\n")
	}
	for j := from; j < min(len(g), i+6); j++ {
		b.WriteString("  got:  " + g[j] + "\n")
	}
	return b.String()
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
