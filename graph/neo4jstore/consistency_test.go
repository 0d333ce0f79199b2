package neo4jstore

import (
	"context"
	"errors"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A request's reads note the dataset version of what they return; a
// request whose reads straddle a reload sees two, and the server retries it.
func TestVersionsTracked(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxWithin(t, testBudget+loadBudget) // its reads span a Load
	t.Cleanup(func() {
		lctx, cancel := context.WithTimeout(context.Background(), loadBudget)
		defer cancel()
		if _, err := Load(lctx, s, seed); err != nil {
			t.Errorf("restoring the seed: %v", err)
		}
	})
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
