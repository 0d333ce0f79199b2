package neo4jstore

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A request's reads note the dataset version of what they return; a
// request whose reads straddle a reload sees two, and the server retries it.
func TestVersionsTracked(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+loadBudget) // its reads span a Load
	restoreSeedAtCleanup(t, s)
	req := TrackVersions(ctx)
	if _, err := s.Nodes(req, []string{"country:PH"}); err != nil {
		t.Fatal(err)
	}
	if v, mixed := SeenVersion(req); v != seed.Meta.Version || mixed {
		t.Fatalf("SeenVersion after one read = %q, %v; want %q, false", v, mixed, seed.Meta.Version)
	}
	next := *seed
	next.Meta.Version = "reloaded-for-test"
	if _, err := Load(loadCtx(t), s, &next); err != nil {
		t.Fatal(err)
	}
	// Every node carries the new version's label, none the old one's.
	recs, err := s.read(ctx, "test", "MATCH (n:Node) RETURN count(n) AS nodes, "+
		"count(CASE WHEN n:`"+versionLabelPrefix+"reloaded-for-test` THEN 1 END) AS new, "+
		"count(CASE WHEN n:`"+versionLabelPrefix+seed.Meta.Version+"` THEN 1 END) AS old", nil)
	if err != nil {
		t.Fatal(err)
	}
	nodes, _ := recs[0].Get("nodes")
	labelled, _ := recs[0].Get("new")
	old, _ := recs[0].Get("old")
	if nodes != int64(len(seed.Nodes)) || labelled != nodes || old != int64(0) {
		t.Errorf("after the reload: %v nodes, %v with the new version's label, %v with the old one's; want %d, all, 0",
			nodes, labelled, old, len(seed.Nodes))
	}
	if _, err := s.Links(req, []string{"country:PH"}, model.RelInCountry, model.In); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Nodes(req, []string{"country:SG"}); err != nil {
		t.Fatal(err)
	}
	if _, mixed := SeenVersion(req); !mixed {
		t.Errorf("a request that read before and after a reload is not marked as mixed")
	}
	// A read compiled into one query (a list, or a lookup, and the fields
	// nested in it) notes the version of what it returns too.
	plan := []model.Step{{From: []int{-1}, Rel: model.RelInCountry, Dir: model.In}}
	for name, read := range map[string]func(context.Context) error{
		"ListTraverse": func(c context.Context) error {
			_, _, err := s.ListTraverse(c, model.ListQuery{Kind: model.KindCountry, Limit: 2}, plan)
			return err
		},
		"Traverse": func(c context.Context) error {
			_, err := s.Traverse(c, []string{"country:PH"}, plan)
			return err
		},
	} {
		tracked := TrackVersions(ctx)
		if err := read(tracked); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v, mixed := SeenVersion(tracked); v != "reloaded-for-test" || mixed {
			t.Errorf("SeenVersion after %s = %q, %v; want the new version", name, v, mixed)
		}
	}
	fresh := TrackVersions(ctx)
	if _, err := s.DataVersion(fresh); err != nil {
		t.Fatal(err)
	}
	if v, mixed := SeenVersion(fresh); v != "reloaded-for-test" || mixed {
		t.Errorf("SeenVersion after the reload = %q, %v; want the new version", v, mixed)
	}
}

// /readyz asks Ready: Neo4j answering is not enough, the dataset must be
// there, with its search index online.
func TestReadyNeedsTheDataset(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+loadBudget) // its reads span a Load
	if err := s.Ready(ctx); err != nil {
		t.Fatalf("Ready on the loaded database = %v", err)
	}
	if _, err := s.run(ctx, neo4j.AccessModeWrite, "test", `MATCH (d:Dataset) DELETE d`, nil); err != nil {
		t.Fatal(err)
	}
	err := s.Ready(ctx)
	if _, lerr := Load(loadCtx(t), s, seed); lerr != nil {
		t.Fatalf("restoring the seed: %v", lerr)
	}
	if !errors.Is(err, ErrNotLoaded) {
		t.Errorf("Ready without the Dataset node = %v, want ErrNotLoaded", err)
	}
	if err := s.Ready(ctx); err != nil {
		t.Errorf("Ready after reloading = %v", err)
	}
}

// A dataset version becomes a label written into the load's text: one that
// is not safe there is refused before anything is written.
func TestLoadRefusesAVersionThatIsNoLabel(t *testing.T) {
	s := neo4jStore(t)
	bad := *seed
	bad.Meta.Version = "v1`) DETACH DELETE (n"
	if _, err := Load(loadCtx(t), s, &bad); err == nil || !strings.Contains(err.Error(), "dataset version") {
		t.Fatalf("Load with version %q = %v, want it refused", bad.Meta.Version, err)
	}
	v, err := s.DataVersion(ctxWithin(t, testBudget))
	if err != nil || v.Version != seed.Meta.Version {
		t.Errorf("DataVersion after the refused load = %q, %v; want %q", v.Version, err, seed.Meta.Version)
	}
}

// Another server (here another Store on the same database) reloads the
// data. This store's reads test every node for the version it last knew:
// they see nodes of another dataset and say so (the server then runs the
// request again), and once it has read the version now held, as the
// server does before running again, they answer from the new dataset.
func TestVersionsAfterAReloadElsewhere(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+2*loadBudget)
	other, err := Open(ctx, DisposableConfigFromEnv(os.Getenv))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = other.Close(context.Background()) })
	restoreSeedAtCleanup(t, s)
	next := *seed
	next.Meta.Version = "reloaded-elsewhere"
	if _, err := Load(loadCtx(t), other, &next); err != nil {
		t.Fatal(err)
	}
	stale := trackedProjection(t, ctx, s)
	if _, mixed := SeenVersion(stale); !mixed {
		t.Errorf("a read that tested for the old version and found the new one is not marked as mixed")
	}
	if v, err := s.DataVersion(ctx); err != nil || v.Version != "reloaded-elsewhere" {
		t.Fatalf("DataVersion = %q, %v", v.Version, err)
	}
	fresh := trackedProjection(t, ctx, s)
	if v, mixed := SeenVersion(fresh); v != "reloaded-elsewhere" || mixed {
		t.Errorf("SeenVersion after reading the new version = %q, %v; want %q, false", v, mixed, "reloaded-elsewhere")
	}
}

// A database loaded by an earlier build of the loader has no version
// labels: its reads answer, from the version its :Dataset node names, as
// they did then, rather than every request being refused as a reload.
func TestVersionsOfAnUnlabelledDatabase(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+loadBudget)
	restoreSeedAtCleanup(t, s)
	label, err := versionLabel(seed.Meta.Version)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.run(ctx, neo4j.AccessModeWrite, "test", "MATCH (n:`"+label+"`) REMOVE n:`"+label+"`", nil); err != nil {
		t.Fatal(err)
	}
	if v, err := s.DataVersion(ctx); err != nil || v.Version != seed.Meta.Version {
		t.Fatalf("DataVersion = %q, %v", v.Version, err)
	}
	req := trackedProjection(t, ctx, s)
	if v, mixed := SeenVersion(req); v != seed.Meta.Version || mixed {
		t.Errorf("SeenVersion on an unlabelled database = %q, %v; want %q, false", v, mixed, seed.Meta.Version)
	}
}

// restoreSeedAtCleanup loads the seed again once the test is done, for
// the tests after it.
func restoreSeedAtCleanup(t *testing.T, s *Store) {
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), loadBudget)
		defer cancel()
		if _, err := Load(ctx, s, seed); err != nil {
			t.Errorf("restoring the seed: %v", err)
		}
	})
}

// trackedProjection reads three countries and their frameworks in one
// projection, its versions tracked, and returns the tracked context.
func trackedProjection(t *testing.T, ctx context.Context, s *Store) context.Context {
	t.Helper()
	q := model.ListQuery{Kind: model.KindCountry, Limit: 3, Props: []string{"name"}}
	tree := model.Projection{Links: []model.ProjectedLink{{Rel: model.RelOfCountry, Dir: model.In, Kind: model.KindFramework, Props: []string{"code"}}}}
	tracked := TrackVersions(ctx)
	page, _, err := s.ListProject(tracked, q, tree)
	if err != nil || len(page.Records) != 3 {
		t.Fatalf("ListProject = %d records, %v", len(page.Records), err)
	}
	return tracked
}

// A search of one kind reads that kind's full-text index: Ready holds out
// until every one is online; a load makes any that is missing, and says so
// when an index of the same definition under another name keeps it from
// being made; and the search answers from the kind's index alone (an index
// of one kind holds no node of another).
func TestReadyNeedsEveryKindSearchIndex(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+2*loadBudget) // its reads span two loads
	ix := searchIndexOf(model.KindFramework)
	write := func(q string) {
		t.Helper()
		if _, err := s.run(ctx, neo4j.AccessModeWrite, "test", q, nil); err != nil {
			t.Fatal(err)
		}
	}
	write("DROP INDEX " + ix)
	err := s.Ready(ctx)
	write("CREATE FULLTEXT INDEX test_same_definition FOR (n:" + model.KindFramework + ") ON EACH [n.searchTokens] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}")
	_, lerr := Load(loadCtx(t), s, seed)
	write("DROP INDEX test_same_definition")
	if _, err := Load(loadCtx(t), s, seed); err != nil {
		t.Fatalf("restoring the seed: %v", err)
	}
	if !errors.Is(err, ErrNotLoaded) || !strings.Contains(err.Error(), ix+" is missing") {
		t.Errorf("Ready without %s = %v, want ErrNotLoaded naming it missing", ix, err)
	}
	if lerr == nil || !strings.Contains(lerr.Error(), ix+" was not made") {
		t.Errorf("Load beside an index of the same definition = %v, want an error naming %s", lerr, ix)
	}
	if err := s.Ready(ctx); err != nil {
		t.Fatalf("Ready after reloading = %v", err)
	}
	recs, err := s.read(ctx, "test", `CALL db.index.fulltext.queryNodes($index, 'qualific*') YIELD node
RETURN count(node) AS all, count(CASE WHEN node:QualificationFramework THEN 1 END) AS frameworks`, map[string]any{"index": ix})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := recs[0].Get("all")
	fws, _ := recs[0].Get("frameworks")
	if all != fws || all == int64(0) {
		t.Errorf("%s matches %v nodes for qualific*, %v of them frameworks; want only frameworks, at least one", ix, all, fws)
	}
}
