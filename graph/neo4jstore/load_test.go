package neo4jstore

import (
	"fmt"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// TestRoundTrips checks that each method costs one query whatever the
// number of IDs.
func TestRoundTrips(t *testing.T) {
	neo4jStore(t)
	ctx := ctxT(t)
	var queries []string
	s, err := Open(ctx, ConfigFromEnv(os.Getenv), WithQueryObserver(func(q string, _ time.Duration, err error) {
		if err != nil {
			t.Errorf("query failed: %v", err)
		}
		queries = append(queries, q)
	}))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	ids := allIDs()
	calls := map[string]func() error{
		"Nodes": func() error { _, err := s.Nodes(ctx, ids); return err },
		"Links": func() error { _, err := s.Links(ctx, ids, model.RelCites, model.Out); return err },
		"List": func() error {
			_, err := s.List(ctx, model.ListQuery{Kind: model.KindQualification, Limit: 5,
				Conds: []model.Cond{{Prop: "country", Op: model.OpEq, Value: "PH"}, {Prop: "searchTokens", Op: model.OpText, Value: "nc"}}})
			return err
		},
		"Search": func() error { _, err := s.Search(ctx, "nursing council", nil, 10); return err },
		"ShortestPaths": func() error {
			_, err := s.ShortestPaths(ctx, model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: 6})
			return err
		},
		"DataVersion": func() error { _, err := s.DataVersion(ctx); return err },
	}
	for name, call := range calls {
		queries = nil
		if err := call(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(queries) != 1 {
			t.Errorf("%s ran %d queries, want 1", name, len(queries))
		}
	}
}

// snapshot lists every node and relationship of the database with its
// labels and properties, sorted, to compare two states.
func snapshot(t *testing.T, s *Store) []string {
	t.Helper()
	recs, err := s.read(ctxT(t), "snapshot", `
MATCH (n) RETURN 'node' AS what, labels(n) AS labels, properties(n) AS props
UNION ALL
MATCH (a)-[r]->(b) RETURN 'rel' AS what, [type(r), a.id, b.id] AS labels, properties(r) AS props`, nil)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		labels := r.Values[1].([]any)
		if r.Values[0] == "node" {
			ls := make([]string, len(labels))
			for j, l := range labels {
				ls[j] = l.(string)
			}
			sort.Strings(ls)
			labels = []any{ls}
		}
		out[i] = fmt.Sprint(r.Values[0], labels, r.Values[2])
	}
	sort.Strings(out)
	return out
}

func TestLoadIdempotent(t *testing.T) {
	s := neo4jStore(t)
	first, second := loadStats[0], loadStats[1]
	if first.NodesCreated != len(seed.Nodes) || first.RelsCreated != len(seed.Edges) {
		t.Errorf("first load into an empty database created %d nodes and %d relationships, want %d and %d",
			first.NodesCreated, first.RelsCreated, len(seed.Nodes), len(seed.Edges))
	}
	if second.NodesCreated+second.RelsCreated+second.NodesDeleted+second.RelsDeleted != 0 {
		t.Errorf("second load changed the graph: %+v", second)
	}
	same(t, "Stats.Nodes of two loads", first.Nodes, second.Nodes)
	same(t, "Stats.Rels of two loads", first.Rels, second.Rels)

	before := snapshot(t, s)
	if want := len(seed.Nodes) + len(seed.Edges) + 1; len(before) != want {
		t.Errorf("the database holds %d nodes and relationships, want %d (the seed and the dataset node)", len(before), want)
	}
	st, err := Load(loadCtx(t), s, seed)
	if err != nil {
		t.Fatal(err)
	}
	if st.NodesCreated+st.RelsCreated+st.NodesDeleted+st.RelsDeleted != 0 {
		t.Errorf("third load changed the graph: %+v", st)
	}
	same(t, "the database after another load", before, snapshot(t, s))
}

// TestLoadBringsInLine checks that a load removes what the seed does not
// have and restores what was changed.
func TestLoadBringsInLine(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	before := snapshot(t, s)
	_, err := s.run(ctx, neo4j.AccessModeWrite, "disturb", `
MATCH (ph:Node {id: 'country:PH'}), (th:Node {id: 'country:TH'})
CREATE (x:Node:Country {id: 'country:ZZ', name: 'Nowhere'})-[:PARTY]->(ph)
CREATE (ph)-[:RESTRICTS {rule: 'stray'}]->(th)
CREATE (th)-[:PARTY]->(ph)
SET ph.name = 'Changed', ph.extra = 1
WITH ph
MATCH (ph)<-[r:PARTY]-(a:Node {id: 'arrangement:asean-mra-nursing'})
SET r.sources = ['source:stray']
CREATE (a)-[:PARTY {sources: ['source:duplicate']}]->(ph)`, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Load(loadCtx(t), s, seed)
	if err != nil {
		t.Fatal(err)
	}
	if st.NodesDeleted != 1 || st.RelsDeleted != 4 {
		t.Errorf("load deleted %d nodes and %d relationships, want 1 and 4", st.NodesDeleted, st.RelsDeleted)
	}
	same(t, "the database after a disturbance and a load", before, snapshot(t, s))
}
