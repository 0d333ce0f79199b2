package recognition

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// ladder is one walk along REFERENCED_TO edges: up from some levels to the
// levels of a reference framework (the AQRF), where it turns, and down from
// those again. Paths (framework comparability) and LevelComparisons both
// walk it; they differ only in the levels the walk passes through and the
// levels it turns at.
type ladder struct {
	levels map[string]*model.Record // every level seen, by ID
	up     map[string][]model.Edge  // level -> its REFERENCED_TO edges walked up
	down   map[string][]model.Edge  // level -> its REFERENCED_TO edges walked down to it
	pivots map[string]bool          // the levels the walk turns at
}

func newLadder() *ladder {
	return &ladder{
		levels: map[string]*model.Record{}, up: map[string][]model.Edge{},
		down: map[string][]model.Edge{}, pivots: map[string]bool{},
	}
}

// A chain is a run of REFERENCED_TO edges up from a level, in walking
// order; pivot is the level it ends at when the walk turns there, "" when
// it ended elsewhere (no edge further up, or refHops reached).
type chain struct {
	edges []model.Edge
	pivot string
}

// climb walks up from start, one call per hop and at most refHops: every
// edge up is kept; a level where turn holds is a pivot and is not climbed
// further; the walk goes on only through the levels where through holds.
// turn may be nil when the pivots are known only after the walk.
func (w *ladder) climb(ctx context.Context, f fetch, start []string, through, turn func(*model.Record) bool) error {
	frontier := uniqueSorted(start)
	seen := map[string]bool{}
	for _, id := range frontier {
		seen[id] = true
	}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := f.links(ctx, frontier, model.RelReferencedTo, model.Out)
		if err != nil {
			return err
		}
		var next []string
		for _, id := range uniqueSorted(frontier) {
			for _, l := range ls[id] {
				w.up[id] = append(w.up[id], l.Edge)
				w.levels[l.Node.ID] = l.Node
				switch {
				case turn != nil && turn(l.Node):
					w.pivots[l.Node.ID] = true
				case through(l.Node) && !seen[l.Node.ID]:
					seen[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = next
	}
	return nil
}

// descend walks down from the pivots, one call per hop and at most
// refHops: an edge down is kept when keep holds for the level it leads to,
// and the walk goes on from that level unless it is a pivot. It returns the
// levels reached, sorted.
func (w *ladder) descend(ctx context.Context, f fetch, keep func(*model.Record) bool) ([]string, error) {
	frontier := sortedKeys(w.pivots)
	reached := map[string]bool{}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := f.links(ctx, frontier, model.RelReferencedTo, model.In)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, id := range frontier {
			for _, l := range ls[id] {
				if !keep(l.Node) {
					continue
				}
				w.down[l.Node.ID] = append(w.down[l.Node.ID], l.Edge)
				w.levels[l.Node.ID] = l.Node
				if !reached[l.Node.ID] && !w.pivots[l.Node.ID] {
					reached[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = uniqueSorted(next)
	}
	return sortedKeys(reached), nil
}

// chainsUp returns the chains walked up from the level id: each ends at a
// level where isPivot holds, or where the walk went no further; it goes on
// only through the levels where through holds.
func (w *ladder) chainsUp(id string, isPivot, through func(id string) bool) []chain {
	var out []chain
	var climb func(id string, path []model.Edge)
	climb = func(id string, path []model.Edge) {
		for _, e := range w.up[id] {
			p := append(append([]model.Edge{}, path...), e)
			switch {
			case isPivot(e.To):
				out = append(out, chain{edges: p, pivot: e.To})
			case through(e.To) && len(w.up[e.To]) > 0 && len(p) < refHops:
				climb(e.To, p)
			default:
				out = append(out, chain{edges: p})
			}
		}
	}
	climb(id, nil)
	return out
}

// chainsDown returns the chains of edges walked down from a pivot to the
// level id, in walking order: the first edge points at the pivot, the last
// starts at id.
func (w *ladder) chainsDown(id string) [][]model.Edge {
	return w.chainsDownFrom(id, 0)
}

func (w *ladder) chainsDownFrom(id string, depth int) [][]model.Edge {
	if depth >= refHops {
		return nil
	}
	var out [][]model.Edge
	for _, e := range w.down[id] {
		if w.pivots[e.To] {
			out = append(out, []model.Edge{e})
			continue
		}
		for _, c := range w.chainsDownFrom(e.To, depth+1) {
			out = append(out, append(append([]model.Edge{}, c...), e))
		}
	}
	return out
}
