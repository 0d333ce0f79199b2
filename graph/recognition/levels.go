package recognition

import (
	"context"
	"fmt"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// MaxLevelCalls is the most Graph calls LevelComparisons makes.
const MaxLevelCalls = 3 + 2*refHops

// LevelComparisons returns the levels of other frameworks comparable to the
// level levelID through the AQRF, in both directions: it goes up the
// REFERENCED_TO edges from the level to the regional (AQRF) levels, keeping
// the levels passed on the way, then down from those any number of steps
// (never up again, so a level spanning two AQRF levels does not make their
// other levels comparable). The level itself and the other levels of its
// framework are left out. Via is the AQRF level passed (nil for that level
// itself, and when the level asked for is an AQRF level); FromFit is the fit
// of the first edge up, ToFit that of the comparable level's own edge on the
// way; the sources are those of every edge used. With country (an ISO code),
// only levels of that country's frameworks are kept, so AQRF levels are not.
// The list, sorted by level ID then via, is empty (not nil) when nothing is
// comparable. An ID that is no level is an error wrapping ErrNotFound.
func LevelComparisons(ctx context.Context, g Graph, levelID string, country string) ([]*model.LevelEquivalence, error) {
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{levelID})
	if err != nil {
		return nil, err
	}
	self := recs[levelID]
	if self == nil || self.Kind != model.KindLevel {
		return nil, fmt.Errorf("%w: no framework level %q", ErrNotFound, levelID)
	}
	levels := map[string]*model.Record{levelID: self}

	// Up, until no edge leads further (the AQRF has none).
	up := map[string][]model.Edge{}
	frontier, seen := []string{levelID}, map[string]bool{levelID: true}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := f.links(ctx, frontier, model.RelReferencedTo, model.Out)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, id := range uniqueSorted(frontier) {
			for _, l := range ls[id] {
				up[id] = append(up[id], l.Edge)
				levels[l.Node.ID] = l.Node
				if !seen[l.Node.ID] {
					seen[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = next
	}
	fws, err := f.nodes(ctx, frameworkIDs(levels, nil))
	if err != nil {
		return nil, err
	}
	regional := func(id string) bool {
		fw := fws["framework:"+levels[id].String("framework")]
		return fw != nil && fw.String("scope") == string(model.FrameworkScopeRegional)
	}

	// The chains up from the level, each ending at a regional level (pivot)
	// or, failing one, at the top of the walk (no pivot).
	type chain struct {
		edges []model.Edge
		pivot string
	}
	var chains []chain
	var climb func(id string, path []model.Edge)
	climb = func(id string, path []model.Edge) {
		if id != levelID && regional(id) {
			chains = append(chains, chain{edges: path, pivot: id})
			return
		}
		if len(up[id]) == 0 || len(path) >= refHops {
			if id != levelID {
				chains = append(chains, chain{edges: path})
			}
			return
		}
		for _, e := range up[id] {
			climb(e.To, append(append([]model.Edge{}, path...), e))
		}
	}
	if regional(levelID) {
		chains = []chain{{pivot: levelID}}
	} else {
		climb(levelID, nil)
	}

	found := map[[2]string]*comparison{}
	add := func(level, via string, fromFit, toFit *model.Edge, edges ...[]model.Edge) {
		k := [2]string{level, via}
		fd := found[k]
		if fd == nil {
			fd = &comparison{level: level, via: via, fromFit: fitOf(fromFit), toFit: fitOf(toFit)}
			found[k] = fd
		}
		for _, es := range edges {
			for _, e := range es {
				fd.sources = append(fd.sources, e.Strings("sources")...)
			}
		}
	}
	var pivots []string
	for _, c := range chains {
		var first *model.Edge
		if len(c.edges) > 0 {
			first = &c.edges[0]
		}
		if c.pivot != "" {
			pivots = append(pivots, c.pivot)
		}
		for i := range c.edges {
			u := c.edges[i].To
			switch {
			case u == c.pivot:
				add(u, "", first, nil, c.edges)
			case i+1 < len(c.edges):
				add(u, c.pivot, first, &c.edges[i+1], c.edges)
			default:
				add(u, c.pivot, first, nil, c.edges)
			}
		}
	}

	// Down from the regional levels, any number of steps (within refHops).
	down := map[string][]model.Edge{}
	isPivot := map[string]bool{}
	for _, id := range pivots {
		isPivot[id] = true
	}
	frontier, reached := uniqueSorted(pivots), map[string]bool{}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := f.links(ctx, frontier, model.RelReferencedTo, model.In)
		if err != nil {
			return nil, err
		}
		var next []string
		for _, id := range frontier {
			for _, l := range ls[id] {
				down[l.Node.ID] = append(down[l.Node.ID], l.Edge)
				levels[l.Node.ID] = l.Node
				if !reached[l.Node.ID] && !isPivot[l.Node.ID] {
					reached[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = uniqueSorted(next)
	}
	var descend func(id string, depth int) [][]model.Edge // chains pivot -> ... -> id
	descend = func(id string, depth int) [][]model.Edge {
		if depth >= refHops {
			return nil
		}
		var out [][]model.Edge
		for _, e := range down[id] {
			if isPivot[e.To] {
				out = append(out, []model.Edge{e})
				continue
			}
			for _, c := range descend(e.To, depth+1) {
				out = append(out, append(append([]model.Edge{}, c...), e))
			}
		}
		return out
	}
	for _, d := range sortedKeys(reached) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, dc := range descend(d, 0) {
			pivot := dc[0].To
			last := &dc[len(dc)-1]
			for _, c := range chains {
				if c.pivot != pivot {
					continue
				}
				var first *model.Edge
				if len(c.edges) > 0 {
					first = &c.edges[0]
				}
				via := pivot
				if pivot == levelID {
					via = ""
				}
				add(d, via, first, last, c.edges, dc)
			}
		}
	}

	// Frameworks of the levels found, for their countries (one call).
	more, err := f.nodes(ctx, frameworkIDs(levels, fws))
	if err != nil {
		return nil, err
	}
	for k, v := range more {
		fws[k] = v
	}
	keys := make([][2]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	ownFramework := self.String("framework")
	out := []*model.LevelEquivalence{}
	for _, k := range keys {
		fd := found[k]
		lr := levels[fd.level]
		if fd.level == levelID || lr.String("framework") == ownFramework {
			continue
		}
		if country != "" {
			fw := fws["framework:"+lr.String("framework")]
			if fw == nil || fw.String("country") != country {
				continue
			}
		}
		lvl, err := model.As[*model.FrameworkLevel](lr)
		if err != nil {
			return nil, err
		}
		eq := &model.LevelEquivalence{Level: lvl, FromFit: fd.fromFit, ToFit: fd.toFit, SourceIDs: mergeSources(fd.sources)}
		if fd.via != "" {
			if eq.Via, err = model.As[*model.FrameworkLevel](levels[fd.via]); err != nil {
				return nil, err
			}
		}
		out = append(out, eq)
	}
	return out, nil
}

// comparison is one comparable level while LevelComparisons collects them.
type comparison struct {
	level, via     string
	fromFit, toFit *string
	sources        []string
}

func fitOf(e *model.Edge) *string {
	if e == nil {
		return nil
	}
	if s := e.String("fit"); s != "" {
		return &s
	}
	return nil
}

// frameworkIDs returns the IDs of the frameworks of the levels, leaving out
// those already in known.
func frameworkIDs(levels map[string]*model.Record, known map[string]*model.Record) []string {
	var out []string
	for _, l := range levels {
		id := "framework:" + l.String("framework")
		if _, ok := known[id]; !ok {
			out = append(out, id)
		}
	}
	return uniqueSorted(out)
}
