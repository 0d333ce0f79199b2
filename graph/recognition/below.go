package recognition

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// walkDown follows REFERENCED_TO edges backwards from the levels top, any
// number of steps within refHops: to the levels referenced to them,
// directly or through other levels (a sectoral level -> its national level
// -> the AQRF). It returns, by the ID of each level below, its edges up into
// the walk, and the IDs of the levels reached (top excluded), sorted. Every
// level met is recorded in levels.
func (f fetch) walkDown(ctx context.Context, top []string, levels map[string]*model.Record) (map[string][]model.Edge, []string, error) {
	down := map[string][]model.Edge{}
	isTop := map[string]bool{}
	for _, id := range top {
		isTop[id] = true
	}
	frontier, reached := uniqueSorted(top), map[string]bool{}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := f.links(ctx, frontier, model.RelReferencedTo, model.In)
		if err != nil {
			return nil, nil, err
		}
		var next []string
		for _, id := range frontier {
			for _, l := range ls[id] {
				down[l.Node.ID] = append(down[l.Node.ID], l.Edge)
				levels[l.Node.ID] = l.Node
				if !reached[l.Node.ID] && !isTop[l.Node.ID] {
					reached[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = uniqueSorted(next)
	}
	return down, sortedKeys(reached), nil
}

// ReferencedLevel is a level referenced to another, directly or through
// other levels, and the references that make it so.
type ReferencedLevel struct {
	ID string
	// Refs is the chain of references from the level up: Refs[0] is the
	// level's own REFERENCED_TO edge, the last one ends at the level asked
	// about. Each link is the edge and the level at its upper end.
	Refs []model.Link
}

// MaxReferencedCalls is the most Graph calls ReferencedLevels makes.
const MaxReferencedCalls = 1 + refHops

// ReferencedLevels returns the levels referenced to the level levelID
// (e.g. an AQRF level), directly or through other levels, by ID, each with
// its shortest chain of references up to levelID (of equal chains, the one
// whose levels' IDs come first). It walks the same way down as
// LevelComparisons. The list is empty when no level is referenced to it;
// an ID that is no level is an error wrapping ErrNotFound.
func ReferencedLevels(ctx context.Context, g Graph, levelID string) ([]ReferencedLevel, error) {
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{levelID})
	if err != nil {
		return nil, err
	}
	levels := map[string]*model.Record{levelID: recs[levelID]}
	if levels[levelID] == nil || levels[levelID].Kind != model.KindLevel {
		return nil, fmt.Errorf("%w: no framework level %q", ErrNotFound, levelID)
	}
	down, reached, err := f.walkDown(ctx, []string{levelID}, levels)
	if err != nil {
		return nil, err
	}
	chains := map[string][]model.Link{levelID: {}}
	var chain func(id string, depth int) []model.Link
	chain = func(id string, depth int) []model.Link {
		if c, ok := chains[id]; ok || depth > refHops {
			return c
		}
		chains[id] = nil // a cycle leads nowhere
		var best []model.Link
		edges := slices.Clone(down[id])
		slices.SortFunc(edges, func(a, b model.Edge) int { return strings.Compare(a.To, b.To) })
		for _, e := range edges {
			up := chain(e.To, depth+1)
			if up == nil && e.To != levelID {
				continue
			}
			if best == nil || len(up)+1 < len(best) {
				best = append([]model.Link{{Edge: e, Node: levels[e.To]}}, up...)
			}
		}
		chains[id] = best
		return best
	}
	out := []ReferencedLevel{}
	for _, id := range reached {
		if c := chain(id, 0); len(c) > 0 {
			out = append(out, ReferencedLevel{ID: id, Refs: c})
		}
	}
	return out, nil
}
