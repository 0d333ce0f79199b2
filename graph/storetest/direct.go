package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
)

// directQueries are the reads the benchmarks measure (scripts/bench-peer):
// on every store, each must be written directly (graph/direct.go), not
// handed to the executor.
var directQueries = []string{
	`{ countries { code name frameworks { code name levels { level title qualifications { id title } } } } }`,
	`{ arrangements(first: 100) { totalCount edges { node { id title type parties { code } sources { id title } } } } }`,
	`{ country(code: "PH") { code name aseanMember } }`,
	`{ search(text: "qualifications framework", kinds: [QUALIFICATION_FRAMEWORK], first: 20) { id ... on QualificationFramework { code name } } }`,
	`{ node(id: "arrangement:asean-mra-nursing") { __typename id ... on Arrangement { title parties { code } recognises { __typename id } } } }`,
}

// RunDirect holds the direct write to the executor's answers: every case
// and check of the suite, and the benchmarks' reads, asked of a handler
// that writes directly and of one that only executes, must answer the same
// bytes. The benchmarks' reads must be written directly; so must, where
// the store answers in process, every answer without errors.
func RunDirect(t *testing.T, store graph.Store) {
	both, last := observed(store)
	executor := api.New(store, harnessLimits(), discard, api.WithLoaderWait(LoaderWait), api.WithExecutorOnly())
	_, traverses := store.(graph.Traverser) // else: in process

	ask := func(h http.Handler, query string, vars map[string]any) []byte {
		return post(h, query, vars).Body.Bytes()
	}
	type question struct {
		name, query string
		vars        map[string]any
		mustDirect  bool
	}
	var qs []question
	for _, c := range Cases(t) {
		qs = append(qs, question{name: c.Name, query: c.Query, vars: c.Variables})
	}
	for _, c := range allChecks() {
		qs = append(qs, question{name: c.name, query: c.query})
	}
	for i, q := range directQueries {
		qs = append(qs, question{name: "benchmark read " + itoa(i+1), query: q, mustDirect: true})
	}
	written := 0
	t.Run("direct", func(t *testing.T) {
		for _, q := range qs {
			got := ask(both, q.query, q.vars)
			wasDirect := last().Direct
			want := ask(executor, q.query, q.vars)
			if !sameAnswer(got, want) {
				t.Errorf("%s: the direct write answers\n%s\nthe executor\n%s", q.name, clipped(got), clipped(want))
			}
			if wasDirect {
				written++
			}
			if q.mustDirect && !wasDirect {
				t.Errorf("%s: answered by the executor, want written directly: %s", q.name, clipped(got))
			}
			if !traverses && !wasDirect && !hasErrors(got) {
				t.Errorf("%s: in process, an answer without errors was not written directly", q.name)
			}
		}
		t.Logf("%d of %d questions written directly, the others by the executor", written, len(qs))
	})
}

// sameAnswer reports whether two responses hold the same bytes of data and
// extensions and the same errors (in any order: the executor resolves root
// fields at once, and reports their errors as they come).
func sameAnswer(a, b []byte) bool {
	type response struct {
		Data       json.RawMessage   `json:"data"`
		Errors     []json.RawMessage `json:"errors"`
		Extensions json.RawMessage   `json:"extensions"`
	}
	var ra, rb response
	if json.Unmarshal(a, &ra) != nil || json.Unmarshal(b, &rb) != nil {
		return bytes.Equal(a, b)
	}
	sorted := func(errs []json.RawMessage) []string {
		out := make([]string, len(errs))
		for i, e := range errs {
			out[i] = string(e)
		}
		slices.Sort(out)
		return out
	}
	return bytes.Equal(ra.Data, rb.Data) && bytes.Equal(ra.Extensions, rb.Extensions) &&
		slices.Equal(sorted(ra.Errors), sorted(rb.Errors))
}

func hasErrors(body []byte) bool {
	var r struct {
		Errors []json.RawMessage `json:"errors"`
	}
	return json.Unmarshal(body, &r) == nil && len(r.Errors) > 0
}

func clipped(b []byte) string {
	if len(b) > 2000 {
		return string(b[:2000]) + "…"
	}
	return string(b)
}

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

// observed returns the handler the server mounts over store and a function
// that tells what its observer last heard: how the last answer was written.
func observed(store graph.Store) (http.Handler, func() api.Operation) {
	var mu sync.Mutex
	var last api.Operation
	observe := api.WithObserver(func(_ context.Context, op api.Operation) {
		mu.Lock()
		last = op
		mu.Unlock()
	})
	h := api.New(store, harnessLimits(), discard, api.WithLoaderWait(LoaderWait), observe)
	return h, func() api.Operation {
		mu.Lock()
		defer mu.Unlock()
		return last
	}
}

// harnessLimits are the default limits with a cost limit no question of
// the harnesses reaches: they select every field a projection reads, of
// every kind a link reaches, which costs more than a client's question may
// (lists of neighbours nested in lists of neighbours are priced 10 items
// each); what they test is the answer, not its price.
func harnessLimits() api.Limits {
	l := api.DefaultLimits()
	l.MaxComplexity = 1 << 20
	return l
}
