package recognition

import (
	"context"
	"slices"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

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
// whose levels' IDs come first). It is the walk down of LevelComparisons
// (the ladder), turning at levelID alone. The list is empty when no level
// is referenced to it; an ID that is no level is an error wrapping
// ErrNotFound.
func ReferencedLevels(ctx context.Context, g Graph, levelID string) ([]ReferencedLevel, error) {
	f := fetch{g: g}
	self, err := f.level(ctx, levelID)
	if err != nil {
		return nil, err
	}
	w := newLadder()
	w.levels[levelID] = self
	w.pivots[levelID] = true
	reached, err := w.descend(ctx, f, func(*model.Record) bool { return true })
	if err != nil {
		return nil, err
	}
	out := []ReferencedLevel{}
	for _, id := range reached {
		if up := shortestUp(w.chainsDown(id)); len(up) > 0 {
			refs := make([]model.Link, len(up))
			for i, e := range up {
				refs[i] = model.Link{Edge: e, Node: w.levels[e.To]}
			}
			out = append(out, ReferencedLevel{ID: id, Refs: refs})
		}
	}
	return out, nil
}

// shortestUp returns, of the chains walked down to a level (ladder.chainsDown),
// the shortest, turned to run from the level up; of equal ones, the one whose
// upper levels' IDs come first.
func shortestUp(chains [][]model.Edge) []model.Edge {
	var best []model.Edge
	byTo := func(a, b model.Edge) int { return strings.Compare(a.To, b.To) }
	for _, c := range chains {
		up := slices.Clone(c)
		slices.Reverse(up)
		if best == nil || len(up) < len(best) || len(up) == len(best) && slices.CompareFunc(up, best, byTo) < 0 {
			best = up
		}
	}
	return best
}
