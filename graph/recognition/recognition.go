// Package recognition is the domain logic of the API that is the same for
// every store: the routes by which what a person holds in one country is
// recognised in another (Paths), the comparison of two competency standards
// (CompareStandards) and of framework levels through the AQRF
// (LevelComparisons).
//
// It works over Graph, two batched reads that every store offers. Each
// question costs a bounded number of Graph calls whatever the size of the
// data: the graph is walked breadth-wise, all IDs of one step in one call
// (see MaxPathCalls, MaxLevelCalls, MaxCompareCalls). Everything collected is
// sorted, so that every store gives the same answer.
//
// The parts: walk.go is the one walk up the REFERENCED_TO edges to the AQRF
// and down again, used by framework comparability (comparable.go) and by
// LevelComparisons (levels.go); question.go gathers what every kind of route
// needs, and each kind gathers its own facts and builds its routes
// (arrangements.go, aligned.go, comparable.go); channels.go lists, from the
// arrangement facts, the channels to work that recognise nothing; route.go
// maps and orders routes; wording.go and reasons.go hold every sentence an answer says
// (what a route is; why something is not there), names.go how a node is
// named; lists.go says which per-country lists the data covers; origin.go
// where a qualification can be held (the country that awards it, any for a
// regional one); gaps.go the data gaps that leave a kind of route unjudged;
// survey.go asks every question the API accepts and counts those gaps.
package recognition

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Graph is what this package needs of a store: both stores and the graph
// package's Store satisfy it.
type Graph interface {
	// Nodes returns the records with these IDs, aligned with ids; nil where
	// no record has the ID.
	Nodes(ctx context.Context, ids []string) ([]*model.Record, error)
	// Links returns, for each ID, its relationships of type rel in direction
	// dir with the node at the other end.
	Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error)
}

// ErrNotFound is wrapped by the errors for an ID that names no node of the
// kind asked for; callers validate their input first, so it is a safeguard.
var ErrNotFound = errors.New("not found")

// refHops bounds each walk along REFERENCED_TO edges, up or down: a
// sectoral level -> its national level -> the AQRF is two hops; one more is
// allowed before the walk stops.
const refHops = 3

// fetch holds the Graph and the helpers every question uses.
type fetch struct {
	g Graph
}

// links returns the links of each ID (deduplicated and sorted before the
// call, so that the call does not depend on the order things were found);
// it makes no call when ids is empty.
func (f fetch) links(ctx context.Context, ids []string, rel string, dir model.Direction) (map[string][]model.Link, error) {
	ids = uniqueSorted(ids)
	out := make(map[string][]model.Link, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	res, err := f.g.Links(ctx, ids, rel, dir)
	if err != nil {
		return nil, fmt.Errorf("%s %s of %d nodes: %w", rel, dir, len(ids), err)
	}
	if len(res) != len(ids) {
		return nil, fmt.Errorf("%s %s: %d answers for %d nodes", rel, dir, len(res), len(ids))
	}
	for i, id := range ids {
		ls := slices.Clone(res[i])
		model.SortLinks(ls)
		out[id] = ls
	}
	return out, nil
}

// nodes returns the records with these IDs by ID (absent ones left out);
// no call when ids is empty.
func (f fetch) nodes(ctx context.Context, ids []string) (map[string]*model.Record, error) {
	ids = uniqueSorted(ids)
	out := make(map[string]*model.Record, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := f.g.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("nodes: %w", err)
	}
	if len(recs) != len(ids) {
		return nil, fmt.Errorf("nodes: %d answers for %d IDs", len(recs), len(ids))
	}
	for i, r := range recs {
		if r != nil {
			out[ids[i]] = r
		}
	}
	return out, nil
}

func uniqueSorted(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// mergeSources returns the source IDs of all lists in order, each once.
func mergeSources(lists ...[]string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, l := range lists {
		for _, s := range l {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return uniqueSorted(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
