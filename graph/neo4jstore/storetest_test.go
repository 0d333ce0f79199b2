package neo4jstore

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/storetest"
)

// TestBehaviour runs the behaviour suite every store must pass (its golden
// files are written from memstore).
func TestBehaviour(t *testing.T) {
	storetest.Run(t, neo4jStore(t))
}

// TestBehaviourSameAsMemstore runs the suite's queries against both stores
// and compares the two answers directly, golden files aside: a case whose
// golden file is out of date still shows whether the stores agree.
func TestBehaviourSameAsMemstore(t *testing.T) {
	mine, theirs := storetest.Handler(neo4jStore(t)), storetest.Handler(ref)
	for _, c := range storetest.Cases(t) {
		t.Run(c.Name, func(t *testing.T) {
			want := storetest.Do(t, theirs, c.Query, c.Variables)
			got := storetest.Do(t, mine, c.Query, c.Variables)
			same(t, c.Name, decode(t, want), decode(t, got))
		})
	}
}

func decode(t *testing.T, r storetest.Response) any {
	t.Helper()
	var data any
	if len(r.Data) > 0 {
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatal(err)
		}
	}
	// Resolvers run concurrently: errors come in no fixed order.
	sort.Slice(r.Errors, func(i, j int) bool { return fmt.Sprint(r.Errors[i]) < fmt.Sprint(r.Errors[j]) })
	return map[string]any{"data": data, "errors": r.Errors}
}
