package neo4jstore

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"sort"
	"strings"
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
	seed      *dataset.Graph
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

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
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

func allIDs() []string {
	ids := make([]string, len(seed.Nodes))
	for i, n := range seed.Nodes {
		ids[i] = n.ID
	}
	return ids
}

func TestNodes(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	all := allIDs()
	calls := map[string][]string{
		"every ID":                     all,
		"none":                         {},
		"missing, empty and repeated":  {"country:XX", "", all[0], "nokind", all[0], all[len(all)-1]},
		"one":                          {"country:PH"},
		"every ID in reverse, and one": append(reverse(all), "occupation:0000"),
	}
	for name, ids := range calls {
		want, err := ref.Nodes(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Nodes(ctx, ids)
		if err != nil {
			t.Fatalf("Nodes(%s): %v", name, err)
		}
		same(t, "Nodes("+name+")", want, got)
	}
}

func reverse(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}

func TestLinks(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	ids := append(allIDs(), "country:XX", "country:PH") // a missing one and a repeat
	for _, rel := range append(model.Relations, "NOT_A_TYPE") {
		for _, dir := range []model.Direction{model.Out, model.In} {
			call := fmt.Sprintf("Links(every ID, %s, %s)", rel, dir)
			want, err := ref.Links(ctx, ids, rel, dir)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Links(ctx, ids, rel, dir)
			if err != nil {
				t.Fatalf("%s: %v", call, err)
			}
			same(t, call, want, got)
		}
	}
}

// listQueries builds, for every kind, conditions of every op over the
// properties its records have, with values taken from the records (and
// values that match nothing, or everything).
func listQueries() []model.ListQuery {
	byKind := map[string][]*model.Record{}
	for _, n := range seed.Nodes {
		byKind[n.Kind] = append(byKind[n.Kind], n)
	}
	var qs []model.ListQuery
	add := func(kind string, conds ...model.Cond) {
		qs = append(qs, model.ListQuery{Kind: kind, Conds: conds, Limit: -1})
		qs = append(qs, model.ListQuery{Kind: kind, Conds: conds, Limit: 2})
	}
	for _, kind := range sortedKeys(byKind) {
		recs := byKind[kind]
		// Paging over the whole kind.
		mid := recs[len(recs)/2].ID
		for _, q := range []model.ListQuery{
			{Kind: kind, Limit: -1},
			{Kind: kind, Limit: 0},
			{Kind: kind, Limit: 5},
			{Kind: kind, After: mid, Limit: 3},
			{Kind: kind, After: mid, Limit: -1},
			{Kind: kind, After: mid + "~", Limit: 3}, // not an ID
			{Kind: kind, After: "zzzz", Limit: 3},
			{Kind: kind, After: recs[len(recs)-1].ID, Limit: 3},
		} {
			qs = append(qs, q)
		}
		props := map[string]any{}
		for _, r := range recs {
			for p, v := range r.Props {
				if _, ok := props[p]; !ok {
					props[p] = v
				}
			}
		}
		for _, p := range sortedKeys(props) {
			add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: ""})
			add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: ""})
			add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: ""})
			switch v := props[p].(type) {
			case string:
				add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: v})
				add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: firstRunes(v, 2)})
				add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: strings.ToUpper(firstRunes(v, 3))})
				add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: v})
			case []string:
				if len(v) > 0 {
					add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: v[len(v)-1]})
					add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: v[0]})
				}
			case int64:
				add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: fmt.Sprint(v)})
			}
		}
		add(kind, model.Cond{Prop: "noSuchProp", Op: model.OpEq, Value: ""})
		add(kind, model.Cond{Prop: "noSuchProp", Op: model.OpHas, Value: "x"})
		add(kind, model.Cond{Prop: "label", Op: model.Op(99), Value: "x"})
		label := recs[0].String(dataset.PropLabel)
		for _, text := range []string{label, firstRunes(label, 3), strings.ToUpper(label), "", "!!", "zzqx", "a", "in the"} {
			add(kind, model.Cond{Prop: dataset.PropSearchTokens, Op: model.OpText, Value: text})
		}
		// Two conditions at once.
		if c := recs[0].String("country"); c != "" {
			add(kind, model.Cond{Prop: "country", Op: model.OpEq, Value: c},
				model.Cond{Prop: dataset.PropLabel, Op: model.OpPrefix, Value: firstRunes(label, 1)})
		}
	}
	for _, c := range []struct{ prop, val string }{
		{dataset.PropCountries, "PH"}, {dataset.PropCountries, "TH"}, {dataset.PropFrameworks, "PQF"},
		{dataset.PropLevels, "level:PQF:4"}, {dataset.PropOccupations, "occupation:2221"},
	} {
		for _, kind := range []string{model.KindQualification, model.KindStandard, model.KindOccupation, model.KindArrangement} {
			add(kind, model.Cond{Prop: c.prop, Op: model.OpHas, Value: c.val})
			add(kind, model.Cond{Prop: c.prop, Op: model.OpHas, Value: c.val},
				model.Cond{Prop: dataset.PropSearchTokens, Op: model.OpText, Value: "nurse"})
		}
	}
	qs = append(qs, model.ListQuery{Kind: "NotAKind", Limit: -1}, model.ListQuery{Kind: "Node", Limit: -1})
	return qs
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func TestList(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	qs := listQueries()
	nonEmpty := 0
	for _, q := range qs {
		call := fmt.Sprintf("List(%+v)", q)
		want, err := ref.List(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.List(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", call, err)
		}
		same(t, call, want, got)
		if want.Total > 0 {
			nonEmpty++
		}
	}
	t.Logf("%d list queries compared, %d with matches", len(qs), nonEmpty)
}

func TestSearch(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	texts := []string{
		"nurse", "Nursing", "NURS", "VIỆN", "viet nam", "Việt Nam", "tesda", "pqf 4", "level 4",
		"mra", "ASEAN qualifications reference", "the", "in", "a", "of the",
		"công nghệ", "trình độ", "ประกาศ", "กระทรวงแรงงาน", "Cambodia–Thailand", "d1.hcc",
		"", "   ", "!!!", "zzzqqq", "food hygiene", "2015", "g2g", "framework:AQRF",
	}
	for _, text := range texts {
		for _, limit := range []int{0, 1, 5, 1000} {
			call := fmt.Sprintf("Search(%q, %d)", text, limit)
			want, err := ref.Search(ctx, text, limit)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Search(ctx, text, limit)
			if err != nil {
				t.Fatalf("%s: %v", call, err)
			}
			same(t, call, want, got)
		}
	}
	if got, _ := s.Search(ctx, "nurse", 1000); len(got) < 2 {
		t.Errorf("Search(nurse) found %d records; the comparison is weak", len(got))
	}
}

func pathCases() []model.PathQuery {
	const all = -1
	qs := []model.PathQuery{
		{From: "country:PH", To: "country:TH", MaxHops: 2, Limit: all},
		{From: "country:PH", To: "country:TH", MaxHops: 4, Limit: all},
		{From: "qualification:ph-tesda-nc2-cookery", To: "country:MY", MaxHops: 6, Limit: all},
		{From: "level:PQF:4", To: "level:MQF:3", MaxHops: 4, Limit: all, Relations: []string{model.RelReferencedTo}},
		{From: "level:PQF:4", To: "level:MQF:3", MaxHops: 6, Limit: all, Relations: []string{model.RelReferencedTo, model.RelHasLevel}},
		{From: "country:PH", To: "country:PH", MaxHops: 3, Limit: all}, // same node
		{From: "country:PH", To: "country:PH", MaxHops: 0, Limit: all}, // same node, no hops
		{From: "country:XX", To: "country:XX", MaxHops: 3, Limit: all}, // same missing node
		{From: "country:PH", To: "country:XX", MaxHops: 6, Limit: all}, // missing end
		{From: "country:PH", To: "country:TH", MaxHops: 0, Limit: all}, // no hops allowed
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: 0},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: 1},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: all, Relations: []string{model.RelCites}},
		{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: all, Relations: []string{"NOT_A_TYPE"}},
		{From: "source:vientiane-declaration-2024", To: "country:PH", MaxHops: 6, Limit: all}, // a source has only CITES
		{From: "source:vientiane-declaration-2024", To: "country:PH", MaxHops: 2, Limit: all, Relations: []string{model.RelCites}},
		{From: "occupation:2221", To: "skill:food-hygiene", MaxHops: 6, Limit: all},
		{From: "occupation:2221", To: "skill:food-hygiene", MaxHops: 6, Limit: all,
			Relations: []string{model.RelRequires, model.RelAssesses, model.RelHasUnit, model.RelForOccupation}},
	}
	// Random pairs: every hop bound, with and without restrictions.
	rng := rand.New(rand.NewPCG(1, 2))
	var ids []string
	for _, n := range seed.Nodes {
		if n.Kind != model.KindSource {
			ids = append(ids, n.ID)
		}
	}
	for i := 0; i < 120; i++ {
		q := model.PathQuery{From: ids[rng.IntN(len(ids))], To: ids[rng.IntN(len(ids))], MaxHops: 1 + i%6, Limit: -1}
		if i%3 == 0 {
			for _, r := range rng.Perm(len(model.Relations))[:2+rng.IntN(6)] {
				q.Relations = append(q.Relations, model.Relations[r])
			}
		}
		if i%10 == 0 {
			q.Limit = 3
		}
		qs = append(qs, q)
	}
	return qs
}

func TestShortestPaths(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	found, paths := 0, 0
	for _, q := range pathCases() {
		call := fmt.Sprintf("ShortestPaths(%+v)", q)
		want, err := ref.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.ShortestPaths(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", call, err)
		}
		same(t, call, want, got)
		if len(want) > 0 {
			found++
			paths += len(want)
		}
	}
	t.Logf("%d of the queries found paths (%d paths in all)", found, paths)
	if _, err := s.ShortestPaths(ctx, model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: MaxHops + 1}); err == nil {
		t.Errorf("ShortestPaths(MaxHops %d) = nil error, want one", MaxHops+1)
	}
}

// TestShortestPathsRestrictDuringSearch checks that a relation restriction
// finds the shortest path among the allowed relationships even when a
// shorter path exists through others (a post-filter would find none).
func TestShortestPathsRestrictDuringSearch(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	q := model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: 6, Limit: -1}
	all, err := s.ShortestPaths(ctx, q)
	if err != nil || len(all) == 0 {
		t.Fatalf("ShortestPaths(%+v) = %d paths, %v", q, len(all), err)
	}
	short := len(all[0].Edges)
	// Forbid every type the shortest paths use, keep the rest.
	used := map[string]bool{}
	for _, p := range all {
		for _, e := range p.Edges {
			used[e.Type] = true
		}
	}
	for _, r := range model.Relations {
		if !used[r] && r != model.RelCites {
			q.Relations = append(q.Relations, r)
		}
	}
	want, _ := ref.ShortestPaths(ctx, q)
	got, err := s.ShortestPaths(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	same(t, fmt.Sprintf("ShortestPaths(%+v)", q), want, got)
	if len(got) > 0 && len(got[0].Edges) <= short {
		t.Errorf("restricted paths have %d hops, want more than the unrestricted %d", len(got[0].Edges), short)
	}
	t.Logf("unrestricted: %d paths of %d hops; without %v: %d paths of %d hops", len(all), short, sortedKeys(used), len(got), hops(got))
}

func hops(ps []model.Path) int {
	if len(ps) == 0 {
		return -1
	}
	return len(ps[0].Edges)
}

func TestDataVersion(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	want, _ := ref.DataVersion(ctx)
	got, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "DataVersion()", want, got)
}

// TestRoundTrips checks that each method costs one query whatever the
// number of IDs.
func TestRoundTrips(t *testing.T) {
	neo4jStore(t)
	ctx := ctxT(t)
	var queries []string
	s, err := Open(ctx, DisposableConfigFromEnv(os.Getenv), WithQueryObserver(func(q string, _ time.Duration, err error) {
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
		"Search": func() error { _, err := s.Search(ctx, "nursing council", 10); return err },
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
	ctx := ctxT(t)
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
	st, err := Load(ctx, s, seed)
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
	st, err := Load(ctx, s, seed)
	if err != nil {
		t.Fatal(err)
	}
	if st.NodesDeleted != 1 || st.RelsDeleted != 4 {
		t.Errorf("load deleted %d nodes and %d relationships, want 1 and 4", st.NodesDeleted, st.RelsDeleted)
	}
	same(t, "the database after a disturbance and a load", before, snapshot(t, s))
}
