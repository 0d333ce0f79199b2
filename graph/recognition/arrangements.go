package recognition

import (
	"context"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// arrangementFacts are what the arrangement routes need: the arrangements
// both countries are party to, and what each covers, recognises and is
// administered by.
type arrangementFacts struct {
	*question
	partyFrom, partyTo map[string]model.Link    // arrangement ID -> its PARTY link to the origin, the destination
	pair               []string                 // arrangements both countries are party to, sorted
	covers             map[string][]model.Link  // arrangement ID -> COVERS
	recog              map[string][]model.Link  // arrangement ID -> RECOGNISES
	admin              map[string][]model.Link  // arrangement ID -> ADMINISTERED_BY
	successor          map[string]*model.Record // superseded arrangement ID -> the one that replaced it
	allShared          bool                     // pair is every arrangement both countries share, not only those that name the subject
}

// arrangements finds the arrangements both countries are party to that
// cover the subject's occupations or name it, or a standard it holds, as
// recognised (3 calls, from the subject's side, so that the cost does not
// grow with the number of arrangements a country is party to). Only when
// there are none does it list every arrangement the two countries share
// (one more call), so that the answer can say whether they share any at
// all. Then what those cover, recognise and are administered by (3 calls),
// and what replaced the superseded ones (1 call, when there are any).
func (qn *question) arrangements(ctx context.Context) (*arrangementFacts, error) {
	a := &arrangementFacts{question: qn}
	named := []string{}
	for _, h := range qn.quals {
		named = append(named, h.rec.ID)
	}
	for id := range qn.stds {
		named = append(named, id)
	}
	covers, err := qn.f.links(ctx, qn.occs, model.RelCovers, model.In)
	if err != nil {
		return nil, err
	}
	recognises, err := qn.f.links(ctx, named, model.RelRecognises, model.In)
	if err != nil {
		return nil, err
	}
	arr := map[string]*model.Record{}
	for _, m := range []map[string][]model.Link{covers, recognises} {
		for _, ls := range m {
			for _, l := range ls {
				arr[l.Node.ID] = l.Node
			}
		}
	}
	parties, err := qn.f.links(ctx, sortedKeys(arr), model.RelParty, model.Out)
	if err != nil {
		return nil, err
	}
	a.partyFrom, a.partyTo = map[string]model.Link{}, map[string]model.Link{}
	for id, ls := range parties {
		for _, l := range ls {
			seen := model.Link{Edge: l.Edge, Node: arr[id]} // as seen from the country
			switch l.Node.ID {
			case qn.from.ID:
				a.partyFrom[id] = seen
			case qn.to.ID:
				a.partyTo[id] = seen
			}
		}
	}
	a.setPair()
	if len(a.pair) == 0 {
		party, err := qn.f.links(ctx, []string{qn.from.ID, qn.to.ID}, model.RelParty, model.In)
		if err != nil {
			return nil, err
		}
		a.partyFrom, a.partyTo = byNode(party[qn.from.ID]), byNode(party[qn.to.ID])
		a.setPair()
		a.allShared = true
	}
	if a.covers, err = qn.f.links(ctx, a.pair, model.RelCovers, model.Out); err != nil {
		return nil, err
	}
	if a.recog, err = qn.f.links(ctx, a.pair, model.RelRecognises, model.Out); err != nil {
		return nil, err
	}
	if a.admin, err = qn.f.links(ctx, a.pair, model.RelAdministeredBy, model.Out); err != nil {
		return nil, err
	}
	// The successors of superseded ones (1 call, only when there are any).
	var superseded []string
	for _, id := range a.pair {
		if a.partyTo[id].Node.String("lifecycle") == string(model.ArrangementLifecycleSuperseded) {
			superseded = append(superseded, id)
		}
	}
	next, err := qn.f.links(ctx, superseded, model.RelSupersededBy, model.Out)
	if err != nil {
		return nil, err
	}
	a.successor = map[string]*model.Record{}
	for id, ls := range next {
		if len(ls) > 0 {
			a.successor[id] = ls[0].Node
		}
	}
	return a, nil
}

// setPair lists the arrangements both countries are party to.
func (a *arrangementFacts) setPair() {
	a.pair = a.pair[:0]
	for id := range a.partyFrom {
		if _, ok := a.partyTo[id]; ok {
			a.pair = append(a.pair, id)
		}
	}
	sort.Strings(a.pair)
}

// How a route enters an arrangement.
type entryKind int

const (
	byQualification entryKind = iota // the arrangement names the qualification
	byStandard                       // it names a standard the person holds
	byOccupation                     // it covers the occupation
)

// entry is how a route enters one arrangement: the RECOGNISES link that
// names the subject (direct) or a standard held (std), and the COVERS links
// to the subject's occupations.
type entry struct {
	kind        entryKind
	direct, std *model.Link
	covered     []string              // the route occupations it covers, in COVERS order
	cover       map[string]model.Link // by occupation
}

// entryInto says how a route enters the arrangement aID; ok is false when
// none does.
func (a *arrangementFacts) entryInto(aID string) (e entry, ok bool) {
	inRoute := map[string]bool{}
	for _, occ := range a.occs {
		inRoute[occ] = true
	}
	e.cover = map[string]model.Link{}
	for _, l := range a.covers[aID] {
		if inRoute[l.Node.ID] {
			if _, dup := e.cover[l.Node.ID]; !dup {
				e.covered = append(e.covered, l.Node.ID)
			}
			e.cover[l.Node.ID] = l
		}
	}
	for i, l := range a.recog[aID] {
		if l.Node.ID == a.subject.ID && !a.isOcc && e.direct == nil {
			e.direct = &a.recog[aID][i]
		}
		if _, ok := a.stds[l.Node.ID]; ok && e.std == nil {
			e.std = &a.recog[aID][i]
		}
	}
	e.kind = byOccupation
	switch {
	case a.isOcc && len(e.covered) > 0:
	case e.direct != nil:
		e.kind = byQualification
	case e.std != nil:
		e.kind = byStandard
	case len(e.covered) == 0:
		return e, false
	}
	return e, true
}

// routes returns the arrangement routes, one per instrument both countries
// are party to (and that recognises skills by some approach) with the
// occupations it leads into listed inside: FORMAL or CONDITIONAL for an
// instrument in force, PROSPECT (listed apart, never recognition) for one
// signed but not in force, a pilot or a discussion. A superseded or ended
// instrument gives no route; the notes say so, naming the successor.
func (a *arrangementFacts) routes() (routes, prospects []*route, notes []string, v verdict, err error) {
	var noSkills []string // arrangements that cover the occupation but recognise no skills
	for _, aID := range a.pair {
		if err := a.ctx.Err(); err != nil {
			return nil, nil, nil, verdict{}, err
		}
		arr := a.partyTo[aID].Node
		e, ok := a.entryInto(aID)
		if !arr.Bool("grantsRecognition") {
			if len(e.covered) > 0 {
				n := name(arr)
				if lc := model.ArrangementLifecycle(arr.String("lifecycle")); lc != model.ArrangementLifecycleInForce {
					n += " (" + noParens.Replace(lifecycleWords(arr, lc)) + ")"
				}
				noSkills = append(noSkills, n)
			}
			continue
		}
		if !ok {
			continue
		}
		switch lc := model.ArrangementLifecycle(arr.String("lifecycle")); lc {
		case model.ArrangementLifecycleSuperseded, model.ArrangementLifecycleEnded:
			notes = append(notes, noteNoRoute(arr, lc, a.successor[aID]))
			continue
		}
		occs := e.covered
		if len(occs) == 0 {
			// Named as recognised, for none of the subject's occupations in
			// particular: the route leads into all of them.
			occs = a.occs
		}
		r, err := a.route(arr, e, occs)
		if err != nil {
			return nil, nil, nil, verdict{}, err
		}
		if r.prospect {
			prospects = append(prospects, r)
		} else {
			routes = append(routes, r)
		}
	}
	if len(routes) > 0 {
		return routes, prospects, notes, verdict{}, nil
	}
	v, err = a.verdict(noSkills, prospects)
	return nil, prospects, notes, v, err
}

// noParens drops the parentheses of lifecycleWords' dates, for words that
// go within parentheses themselves.
var noParens = strings.NewReplacer("(", "", ")", "")

// verdict says why no arrangement route was found; and, whatever the
// reason, which shared instruments in force open a channel into the
// destination without listing occupations: a pilot or an MRA that
// recognises no skills does not settle whether they admit the work.
func (a *arrangementFacts) verdict(noSkills []string, prospects []*route) (verdict, error) {
	ids, partyTo, err := a.shared()
	if err != nil {
		return verdict{}, err
	}
	v := a.whyNoRoute(len(ids), noSkills, prospects)
	unlisted, err := a.channelsWithoutOccupations(ids, partyTo)
	if len(unlisted) > 0 {
		v.why += " " + whyChannelsUnlisted(unlisted, a.to)
	}
	return v, err
}

// shared returns every arrangement both countries are party to, sorted,
// and the destination's PARTY link to each: the pair, when it holds them
// all; else read (1 call: the countries' arrangements), so that a reason
// never counts as all they share the few that name the subject.
func (a *arrangementFacts) shared() ([]string, map[string]model.Link, error) {
	if a.allShared {
		return a.pair, a.partyTo, nil
	}
	party, err := a.f.links(a.ctx, []string{a.from.ID, a.to.ID}, model.RelParty, model.In)
	if err != nil {
		return nil, nil, err
	}
	from, to := byNode(party[a.from.ID]), byNode(party[a.to.ID])
	var ids []string
	for id := range to {
		if _, ok := from[id]; ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids, to, nil
}

// whyNoRoute is the first reason no arrangement route was found; shared
// is the number of arrangements both countries are party to.
func (a *arrangementFacts) whyNoRoute(shared int, noSkills []string, prospects []*route) verdict {
	switch {
	case len(prospects) > 0:
		var names []string
		for _, p := range prospects {
			names = append(names, name(p.instrument))
		}
		return verdict{why: whyOnlyProspects(names)}
	case len(a.pair) == 0:
		return verdict{gap: GapNoSharedArrangement, why: sentence(whyNoSharedArrangement, a.from, a.to)}
	case len(noSkills) > 0:
		return verdict{why: whyNoSkillsRecognised(shared, a.from, a.to, noSkills, a.occNames())}
	case !a.allShared:
		// Some shared arrangements name the subject (or a standard it
		// certifies), and none gives a route: the notes say why.
		return verdict{why: whyNamedWithoutRoute(a.from, a.to, a.subject)}
	case !a.isOcc && len(a.occs) == 0:
		return verdict{gap: GapNoOccupation, why: whyNoOccupationLoaded(a.subject, shared, a.from, a.to)}
	}
	var only *model.Record
	if len(a.pair) == 1 {
		only = a.partyTo[a.pair[0]].Node
	}
	var subject *model.Record
	if !a.isOcc {
		subject = a.subject
	}
	return verdict{why: whyNotCovered(shared, a.from, a.to, only, a.occNames(), subject)}
}

// channelsWithoutOccupations names the shared instruments (ids, with the
// destination's PARTY link to each in partyTo) that open a channel to work
// into the destination (isChannel, receiving workers there) but list no
// occupations in our data: they may admit the work asked about, and the
// reason must not say that none covers it as if that were known. What the
// channels not in the pair cover is read (1 call, when there are any).
func (a *arrangementFacts) channelsWithoutOccupations(ids []string, partyTo map[string]model.Link) ([]string, error) {
	covers := a.covers
	if !a.allShared {
		var channels []string // the shared channels into the destination not in the pair
		for _, id := range ids {
			if _, named := a.partyTo[id]; !named && opensChannelInto(partyTo[id]) {
				channels = append(channels, id)
			}
		}
		var err error
		if covers, err = a.f.links(a.ctx, channels, model.RelCovers, model.Out); err != nil {
			return nil, err
		}
		ids = channels
	}
	var out []string
	for _, id := range ids {
		if into := partyTo[id]; opensChannelInto(into) && len(covers[id]) == 0 {
			out = append(out, name(into.Node))
		}
	}
	return out, nil
}
