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
// framework are left out. Via is the AQRF level passed (nil for the levels
// reached going up, that AQRF level among them, which are compared on the
// references that reach them, and when the level asked for is an AQRF
// level); FromFit is the fit
// of the first edge up, ToFit that of the comparable level's own edge on the
// way; the sources are those of every edge used. With country (an ISO code),
// only levels of that country's frameworks are kept, so AQRF levels are not.
// The list, sorted by level ID then via, is empty (not nil) when nothing is
// comparable. An ID that is no level is an error wrapping ErrNotFound.
func LevelComparisons(ctx context.Context, g Graph, levelID string, country string) ([]*model.LevelEquivalence, error) {
	f := fetch{g: g}
	self, err := f.level(ctx, levelID)
	if err != nil {
		return nil, err
	}
	w := newLadder()
	w.levels[levelID] = self
	everywhere := func(*model.Record) bool { return true }
	if err := w.climb(ctx, f, []string{levelID}, everywhere, nil); err != nil {
		return nil, err
	}
	fws, err := f.nodes(ctx, frameworkIDs(w.levels, nil))
	if err != nil {
		return nil, err
	}
	regional := func(id string) bool {
		fw := fws["framework:"+w.levels[id].String("framework")]
		return fw != nil && fw.String("scope") == string(model.FrameworkScopeRegional)
	}

	// The chains up from the level, each ending at a regional level (the
	// pivot) or, failing one, at the top of the walk.
	chains := []chain{{pivot: levelID}}
	if !regional(levelID) {
		chains = w.chainsUp(levelID, regional, func(string) bool { return true })
	}
	found := comparisons{}
	up := map[string]bool{} // the levels reached going up, compared directly
	for _, c := range chains {
		found.addUp(c)
		for _, e := range c.edges {
			up[e.To] = true
		}
		if c.pivot != "" {
			w.pivots[c.pivot] = true
		}
	}

	// Down from the regional levels, any number of steps.
	reached, err := w.descend(ctx, f, everywhere)
	if err != nil {
		return nil, err
	}
	for _, d := range reached {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if up[d] {
			continue // compared directly on the way up
		}
		for _, dc := range w.chainsDown(d) {
			pivot := dc[0].To
			via := pivot
			if pivot == levelID {
				via = ""
			}
			for _, c := range chains {
				if c.pivot == pivot {
					found.add(d, via, firstEdge(c), &dc[len(dc)-1], c.edges, dc)
				}
			}
		}
	}

	// Frameworks of the levels found, for their countries (one call).
	more, err := f.nodes(ctx, frameworkIDs(w.levels, fws))
	if err != nil {
		return nil, err
	}
	for k, v := range more {
		fws[k] = v
	}
	return found.equivalences(self, w.levels, fws, country)
}

// comparison is one comparable level while LevelComparisons collects them.
type comparison struct {
	level, via     string
	fromFit, toFit *string
	sources        []string
	verified       bool // some chain that reaches it is verified on every edge
}

// comparisons are the levels found, by level and via.
type comparisons map[[2]string]*comparison

// add records the level, reached via the pivot via with these fits, the
// sources of the edges that reach it, and whether every one of them is
// verified (one chain's edges, up and down).
func (cs comparisons) add(level, via string, fromFit, toFit *model.Edge, edges ...[]model.Edge) {
	k := [2]string{level, via}
	c := cs[k]
	if c == nil {
		c = &comparison{level: level, via: via, fromFit: fitOf(fromFit), toFit: fitOf(toFit)}
		cs[k] = c
	}
	verified := true
	for _, es := range edges {
		for _, e := range es {
			c.sources = append(c.sources, e.Strings("sources")...)
			verified = verified && e.String("confidence") == "verified"
		}
	}
	c.verified = c.verified || verified
}

// addUp records the levels passed on a chain up, each compared directly
// (no via) on the edges that reach it: a national level referenced to
// another on the way (MSCS 3 to MQF 3) is comparable on that reference
// alone, verified or not as it is, whatever the references above it.
func (cs comparisons) addUp(c chain) {
	first := firstEdge(c)
	for i := range c.edges {
		cs.add(c.edges[i].To, "", first, nil, c.edges[:i+1])
	}
}

// equivalences lists the comparisons, sorted by level then via, leaving
// out self, its framework's levels, and with country the levels of other
// countries' frameworks.
func (cs comparisons) equivalences(self *model.Record, levels, fws map[string]*model.Record, country string) ([]*model.LevelEquivalence, error) {
	keys := make([][2]string, 0, len(cs))
	for k := range cs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	out := []*model.LevelEquivalence{}
	for _, k := range keys {
		c := cs[k]
		lr := levels[c.level]
		if c.level == self.ID || lr.String("framework") == self.String("framework") {
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
		eq := &model.LevelEquivalence{Level: lvl, FromFit: c.fromFit, ToFit: c.toFit, SourceIDs: mergeSources(c.sources),
			Confidence: model.ConfidenceUnverified}
		if c.verified {
			eq.Confidence = model.ConfidenceVerified
		}
		if c.via != "" {
			if eq.Via, err = model.As[*model.FrameworkLevel](levels[c.via]); err != nil {
				return nil, err
			}
		}
		out = append(out, eq)
	}
	return out, nil
}

func firstEdge(c chain) *model.Edge {
	if len(c.edges) == 0 {
		return nil
	}
	return &c.edges[0]
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

// level returns the framework level levelID; an ID that is no level is an
// error wrapping ErrNotFound.
func (f fetch) level(ctx context.Context, levelID string) (*model.Record, error) {
	recs, err := f.nodes(ctx, []string{levelID})
	if err != nil {
		return nil, err
	}
	self := recs[levelID]
	if self == nil || self.Kind != model.KindLevel {
		return nil, fmt.Errorf("%w: no framework level %q", ErrNotFound, levelID)
	}
	return self, nil
}
