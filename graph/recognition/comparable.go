package recognition

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// levelFacts are what the COMPARABLE routes need: the levels of what is
// held and of the destination's qualifications, and the walk up from the
// held levels through the origin's frameworks to the reference framework
// and down through the destination's.
type levelFacts struct {
	*question
	atLevel      map[string][]model.Link // qualification ID -> AT_LEVEL links
	walk         *ladder
	toLevels     []string // destination levels reached going down, sorted
	toReferenced bool     // some destination level is referenced (known only when toChecked)
	toChecked    bool     // whether toReferenced was read
}

// levelFacts reads the levels of what is held and of the destination's
// qualifications (1 call), walks up and down (at most 2 * refHops calls),
// and when no destination level was reached, whether the destination's
// frameworks are referenced at all (2 calls, within the walk down's budget,
// as it then made one call or none): asked when the walk turned at some
// reference level, or when the destination's frameworks are recorded as
// not yet referenced.
func (qn *question) levelFacts(ctx context.Context) (*levelFacts, error) {
	lf := &levelFacts{question: qn, walk: newLadder()}
	qualIDs := []string{}
	for _, h := range qn.quals {
		qualIDs = append(qualIDs, h.rec.ID)
	}
	qualIDs = append(qualIDs, sortedKeys(qn.toQuals)...)
	var err error
	if lf.atLevel, err = qn.f.links(ctx, qualIDs, model.RelAtLevel, model.Out); err != nil {
		return nil, err
	}
	w := lf.walk
	var start []string
	for _, h := range qn.quals {
		for _, l := range lf.atLevel[h.rec.ID] {
			w.levels[l.Node.ID] = l.Node
			start = append(start, l.Node.ID)
		}
	}
	for id := range qn.toQuals {
		for _, l := range lf.atLevel[id] {
			w.levels[l.Node.ID] = l.Node
		}
	}
	origin := func(l *model.Record) bool { return qn.fwFrom[l.String("framework")] != nil }
	dest := func(l *model.Record) bool { return qn.fwTo[l.String("framework")] != nil }
	reference := func(l *model.Record) bool { return !origin(l) && !dest(l) }
	if err := w.climb(ctx, qn.f, start, origin, reference); err != nil {
		return nil, err
	}
	if lf.toLevels, err = w.descend(ctx, qn.f, dest); err != nil {
		return nil, err
	}
	if len(lf.toLevels) > 0 || len(qn.fwTo) == 0 || (len(w.pivots) == 0 && !notYetReferenced(qn.fwTo)) {
		return lf, nil
	}
	lf.toChecked = true
	var fwIDs []string
	for _, fw := range qn.fwTo {
		fwIDs = append(fwIDs, fw.ID)
	}
	hl, err := qn.f.links(ctx, fwIDs, model.RelHasLevel, model.Out)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, ls := range hl {
		for _, l := range ls {
			ids = append(ids, l.Node.ID)
		}
	}
	refs, err := qn.f.links(ctx, ids, model.RelReferencedTo, model.Out)
	if err != nil {
		return nil, err
	}
	for _, ls := range refs {
		lf.toReferenced = lf.toReferenced || len(ls) > 0
	}
	return lf, nil
}

// routes returns the COMPARABLE routes: one per held level, chain of
// references up to a reference-framework level (the AQRF), and chain down
// from it to a destination level. arrangements are the arrangement routes
// found, whose instruments the summaries name as what grants recognition.
func (lf *levelFacts) routes(arrangements []*route) ([]*route, verdict, error) {
	instruments := map[string][]string{} // occupation ID -> names of instruments
	for _, r := range arrangements {
		for _, occ := range r.occs {
			instruments[occ] = append(instruments[occ], name(r.instrument))
		}
	}
	var grants []string
	for _, occ := range lf.occs {
		grants = append(grants, instruments[occ]...)
	}
	grants = uniqueSorted(grants)

	w := lf.walk
	isPivot := func(id string) bool { return w.pivots[id] }
	origin := func(id string) bool { return lf.fwFrom[w.levels[id].String("framework")] != nil }
	var routes []*route
	var heldLevels []string
	for _, h := range sortedHeld(lf.quals) {
		for _, al := range lf.atLevel[h.rec.ID] {
			heldLevels = append(heldLevels, al.Node.ID)
			for _, up := range w.chainsUp(al.Node.ID, isPivot, origin) {
				if err := lf.ctx.Err(); err != nil {
					return nil, verdict{}, err
				}
				if up.pivot == "" {
					continue
				}
				for _, dID := range lf.toLevels {
					if dID == al.Node.ID {
						continue
					}
					for _, down := range w.chainsDown(dID) {
						if down[0].To != up.pivot {
							continue
						}
						r, err := lf.route(h, al, up.edges, down, grants)
						if err != nil {
							return nil, verdict{}, err
						}
						routes = append(routes, r)
					}
				}
			}
		}
	}
	if len(routes) > 0 {
		return routes, verdict{}, nil
	}
	return nil, lf.verdict(heldLevels), nil
}

// route builds one COMPARABLE route from the held qualification h at its
// level, up the edges up and down the edges down.
func (lf *levelFacts) route(h held, atLevel model.Link, up, down []model.Edge, grants []string) (*route, error) {
	l := atLevel.Node
	w := lf.walk
	pivot := w.levels[up[len(up)-1].To]
	dest := w.levels[down[len(down)-1].From]
	r := &route{strength: model.RecognitionStrengthComparable, key: dest.ID, yields: model.RouteYieldComparability,
		decision: sentence(decisionComparable, lf.to)}
	if h.entry != nil {
		r.hops = append(r.hops, *h.entry)
	}
	r.hops = append(r.hops, hop{rel: model.RelAtLevel, from: h.rec, to: l, sources: atLevel.Edge.Strings("sources"),
		text: sentence(explainAtLevel, h.rec, l)})
	var fits []string
	unverified := false // a reference in the chain not checked against its report
	for _, e := range up {
		from, to := w.levels[e.From], w.levels[e.To]
		fits = append(fits, fitWord(e))
		unverified = unverified || e.String("confidence") == "unverified"
		r.hops = append(r.hops, hop{rel: model.RelReferencedTo, from: from, to: to, sources: e.Strings("sources"), confidence: e.String("confidence"),
			text: explainReferencedUp(from, to, e)})
	}
	for _, e := range down {
		from, to := w.levels[e.To], w.levels[e.From]
		fits = append(fits, fitWord(e))
		unverified = unverified || e.String("confidence") == "unverified"
		r.hops = append(r.hops, hop{rel: model.RelReferencedTo, from: from, to: to, sources: e.Strings("sources"), confidence: e.String("confidence"), back: true,
			text: explainReferencedDown(to, lf.to, from, e)})
	}
	quals := lf.destinationQualifications(r, dest)
	if err := lf.withRestrictions(r, lf.occs, nil); err != nil {
		return nil, err
	}
	var blocked string
	if r.blocked {
		blocked = lf.reserved(r)
	}
	r.summary = summaryComparable(comparableWords{
		held: h.rec, level: l, dest: dest, pivot: pivot, fits: fits, unverified: unverified, quals: quals, grants: grants, blocked: blocked,
	}, lf.from, lf.to, lf.subject, lf.isOcc) + lf.maybeReserved(r, "route") + restsOnUnverified(r, model.RelReferencedTo)
	return r, nil
}

// destinationQualifications adds the hops to the destination's
// qualifications at the level dest for the same occupations, and names them.
func (lf *levelFacts) destinationQualifications(r *route, dest *model.Record) []string {
	var quals []string
	for _, qID := range sortedKeys(lf.toQuals) {
		var at *model.Link
		for i, ql := range lf.atLevel[qID] {
			if ql.Node.ID == dest.ID {
				at = &lf.atLevel[qID][i]
				break
			}
		}
		if at == nil {
			continue
		}
		qual := lf.toQualRecs[qID]
		quals = append(quals, name(qual))
		r.hops = append(r.hops, hop{rel: model.RelAtLevel, from: dest, to: qual, sources: at.Edge.Strings("sources"), back: true,
			text: sentence(explainDestinationAtLevel, qual, lf.to, dest)})
		for _, m := range lf.toQuals[qID] {
			r.hops = append(r.hops, hop{rel: model.RelQualifiesFor, from: qual, to: m.occ, sources: m.edge.Strings("sources"),
				text: explainDestinationQualifiesFor(qual, m.occ, lf.subject, lf.isOcc)})
		}
	}
	return quals
}

// verdict says why no framework route was found.
func (lf *levelFacts) verdict(heldLevels []string) verdict {
	w := lf.walk
	// The AQRF compares the frameworks of the ASEAN Member States that
	// take part in it: a country outside ASEAN has no level referenced to
	// it, so no framework route reaches or leaves it. A fact, not a gap.
	for _, c := range []*model.Record{lf.from, lf.to} {
		if !c.Bool("aseanMember") {
			return verdict{why: sentence(whyNotMember, c)}
		}
	}
	// A destination whose frameworks are all recorded as not yet referenced,
	// and none of whose levels is, closes the route whatever else is
	// missing: a fact, not a gap.
	if lf.toChecked && !lf.toReferenced && notYetReferenced(lf.fwTo) {
		return verdict{why: whyDestinationNotReferenced(frameworkList(lf.to, lf.fwTo), frameworkStatus(lf.to, lf.fwTo))}
	}
	switch {
	case !lf.isOcc && len(heldLevels) == 0:
		return verdict{gap: GapNoLevel, why: sentence(whyNoLevel, lf.subject)}
	case lf.isOcc && len(lf.quals) == 0:
		return verdict{gap: GapNoOriginQualification, why: sentence(whyNoOriginQualification, lf.from, lf.subject)}
	case lf.isOcc && len(heldLevels) == 0:
		return verdict{gap: GapNoOriginLevel, why: sentence(whyNoOriginLevel, lf.from, lf.subject)}
	}
	if len(w.pivots) == 0 {
		var names []string
		for _, id := range uniqueSorted(heldLevels) {
			names = append(names, name(w.levels[id]))
		}
		return verdict{gap: unless(notYetReferenced(lf.fwFrom), GapOriginNotReferenced), why: whyNotReferenced(names, frameworkStatus(lf.from, lf.fwFrom))}
	}
	var pivots []string
	for _, id := range sortedKeys(w.pivots) {
		pivots = append(pivots, name(w.levels[id]))
	}
	switch {
	case len(lf.fwTo) == 0:
		return verdict{gap: GapNoDestinationFramework, why: sentence(whyNoDestinationFramework, lf.to)}
	case len(lf.toLevels) == 0 && lf.toReferenced:
		return verdict{why: whyReferencedElsewhere(frameworkList(lf.to, lf.fwTo), len(lf.fwTo), pivots)}
	case len(lf.toLevels) == 0:
		return verdict{gap: unless(notYetReferenced(lf.fwTo), GapDestinationNotReferenced), why: whyDestinationNotReferenced(frameworkList(lf.to, lf.fwTo), frameworkStatus(lf.to, lf.fwTo))}
	}
	return verdict{why: whyOnlyHeldLevel(frameworkList(lf.to, lf.fwTo), pivots)}
}

// notYetReferenced: every one of the frameworks is recorded as not (yet)
// referenced to the AQRF, so no level of theirs can be: a fact, not a gap.
func notYetReferenced(fws map[string]*model.Record) bool {
	for _, fw := range fws {
		switch fw.String("referencingStatus") {
		case "IN_PROGRESS", "NOT_STARTED":
		default:
			return false
		}
	}
	return len(fws) > 0
}
