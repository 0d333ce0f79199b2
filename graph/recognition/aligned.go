package recognition

import (
	"context"
	"slices"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// alignmentFacts are what the ALIGNED routes need: the alignments of the
// standards held, both ways, and who certifies the destination standards.
type alignmentFacts struct {
	*question
	alignOut map[string][]model.Link // held standard -> ALIGNED_TO out
	alignIn  map[string][]model.Link // benchmark or held standard -> ALIGNED_TO in
	certIn   map[string][]model.Link // destination standard -> CERTIFIES in
	forOcc   map[string][]model.Link // destination standard -> FOR_OCCUPATION out
	benchOf  map[string][]model.Link // held standard -> its ALIGNED_TO links to benchmarks
}

// alignment reads ALIGNED_TO out of the standards held, ALIGNED_TO into
// those and their benchmarks, and the qualifications that certify the
// destination standards found and the occupations those are for (4 calls).
func (qn *question) alignment(ctx context.Context) (*alignmentFacts, error) {
	a := &alignmentFacts{question: qn, benchOf: map[string][]model.Link{}}
	heldIDs := sortedKeys(qn.stds)
	var err error
	if a.alignOut, err = qn.f.links(ctx, heldIDs, model.RelAlignedTo, model.Out); err != nil {
		return nil, err
	}
	ask := append([]string{}, heldIDs...)
	var dest []string
	for _, id := range heldIDs {
		for _, l := range a.alignOut[id] {
			switch l.Node.String("country") {
			case "":
				a.benchOf[id] = append(a.benchOf[id], l)
				ask = append(ask, l.Node.ID)
			case qn.q.To:
				dest = append(dest, l.Node.ID)
			}
		}
	}
	if a.alignIn, err = qn.f.links(ctx, ask, model.RelAlignedTo, model.In); err != nil {
		return nil, err
	}
	for _, ls := range a.alignIn {
		for _, l := range ls {
			if l.Node.String("country") == qn.q.To {
				dest = append(dest, l.Node.ID)
			}
		}
	}
	if a.certIn, err = qn.f.links(ctx, dest, model.RelCertifies, model.In); err != nil {
		return nil, err
	}
	a.forOcc, err = qn.f.links(ctx, dest, model.RelForOccupation, model.Out)
	return a, err
}

// sameOccupations returns the occupations of the question (those the
// subject leads into) that the destination standard t is for, sorted. A
// benchmark such as the ACCSTP spans many occupations: a cook's standard
// and a receptionist's aligned to it do not make one a route to the other,
// so an ALIGNED route needs t to be for an occupation of the question.
func (a *alignmentFacts) sameOccupations(t *model.Record) []string {
	var out []string
	for _, l := range a.forOcc[t.ID] {
		if slices.Contains(a.occs, l.Node.ID) {
			out = append(out, l.Node.ID)
		}
	}
	return uniqueSorted(out)
}

// routes returns the ALIGNED routes: a held standard aligned to a regional
// benchmark a destination standard is aligned to, or aligned directly with
// a destination standard (either way round).
func (a *alignmentFacts) routes() ([]*route, verdict, error) {
	var routes []*route
	aligned := false
	var benchNames []string
	add := func(h held, t *model.Record, via []hop, how string) error {
		occs := a.sameOccupations(t)
		if len(occs) == 0 {
			return nil
		}
		r, err := a.route(h, t, occs, via, how)
		if err == nil {
			routes = append(routes, r)
		}
		return err
	}
	for _, sID := range sortedKeys(a.stds) {
		if err := a.ctx.Err(); err != nil {
			return nil, verdict{}, err
		}
		h := a.stds[sID]
		s := h.rec
		aligned = aligned || len(a.alignOut[sID]) > 0 || len(a.alignIn[sID]) > 0
		held := heldPhrase(s, a.subject, a.from, a.isOcc)
		for _, l := range a.alignOut[sID] {
			if t := l.Node; t.String("country") == a.q.To {
				via := []hop{{rel: model.RelAlignedTo, from: s, to: t, sources: l.Edge.Strings("sources"), text: sentence(explainAlignedTo, s, t, a.to)}}
				if err := add(h, t, via, howAlignedTo(held, t, a.to)); err != nil {
					return nil, verdict{}, err
				}
			}
		}
		for _, l := range a.alignIn[sID] {
			if t := l.Node; t.String("country") == a.q.To {
				via := []hop{{rel: model.RelAlignedTo, from: s, to: t, sources: l.Edge.Strings("sources"), back: true, text: sentence(explainAlignedFrom, t, a.to, s)}}
				if err := add(h, t, via, howAlignedFrom(t, a.to, held)); err != nil {
					return nil, verdict{}, err
				}
			}
		}
		for _, bl := range a.benchOf[sID] {
			b := bl.Node
			benchNames = append(benchNames, name(b))
			for _, l := range a.alignIn[b.ID] {
				t := l.Node
				if t.String("country") != a.q.To || t.ID == sID {
					continue
				}
				via := []hop{
					{rel: model.RelAlignedTo, from: s, to: b, sources: bl.Edge.Strings("sources"), text: sentence(explainAlignedToBenchmark, s, b)},
					{rel: model.RelAlignedTo, from: b, to: t, sources: l.Edge.Strings("sources"), back: true, text: sentence(explainAlignedToo, t, a.to, b)},
				}
				if err := add(h, t, via, howBothAligned(held, t, a.to, b)); err != nil {
					return nil, verdict{}, err
				}
			}
		}
	}
	if len(routes) > 0 {
		return routes, verdict{}, nil
	}
	return nil, a.verdict(aligned, benchNames), nil
}

// route builds one ALIGNED route from the held standard h to the
// destination standard t, for the occupations occs, through the hops via.
func (a *alignmentFacts) route(h held, t *model.Record, occs []string, via []hop, how string) (*route, error) {
	r := &route{strength: model.RecognitionStrengthAligned, key: t.ID, yields: model.RouteYieldSkillsCertificate,
		decision: sentence(decisionAligned, a.to, t)}
	if h.entry != nil {
		r.hops = append(r.hops, *h.entry)
	}
	r.hops = append(r.hops, via...)
	var quals []string
	for _, l := range a.certIn[t.ID] {
		if l.Node.String("country") != a.q.To {
			continue
		}
		quals = append(quals, name(l.Node))
		r.hops = append(r.hops, hop{rel: model.RelCertifies, from: t, to: l.Node, sources: l.Edge.Strings("sources"), back: true,
			text: sentence(explainCertifiedThere, l.Node, a.to, t)})
	}
	if err := a.withRestrictions(r, occs, nil); err != nil {
		return nil, err
	}
	r.summary = summaryAligned(how, a.to, t, quals) + a.maybeReserved(r, "route") + restsOnUnverified(r)
	if r.blocked {
		r.summary = summaryBlockedPrefix(a.to, a.reserved(r)) + r.summary
	}
	return r, nil
}

// verdict says why no ALIGNED route was found.
func (a *alignmentFacts) verdict(aligned bool, benchNames []string) verdict {
	switch {
	case len(a.stds) == 0 && a.isOcc:
		return verdict{gap: GapNoOriginStandard, why: sentence(whyNoOriginStandard, a.from, a.subject)}
	case len(a.stds) == 0:
		return verdict{gap: GapNoCertifiedStandard, why: sentence(whyNoCertifiedStandard, a.subject)}
	case !aligned:
		var names []string
		for _, id := range sortedKeys(a.stds) {
			names = append(names, name(a.stds[id].rec))
		}
		return verdict{gap: GapStandardNotAligned, why: whyNotAligned(names)}
	}
	// Aligned somewhere, but not with the destination: name the benchmarks
	// (or the held standards that are benchmarks themselves).
	for _, id := range sortedKeys(a.stds) {
		if s := a.stds[id].rec; s.String("country") == "" {
			benchNames = append(benchNames, name(s))
		}
	}
	benchNames = uniqueSorted(benchNames)
	if a.onlyASEANCommon() && !a.to.Bool("aseanMember") {
		return verdict{why: whyOutsideASEANCommon(a.to, benchNames)}
	}
	// Our alignments are not all there are: a destination standard aligned
	// to the same benchmark may exist and not be loaded.
	return verdict{gap: GapDestinationNotAligned, why: whyNoDestinationAligned(a.to, benchNames)}
}

// onlyASEANCommon: every alignment of the standards held is to an ASEAN
// common standard (or the standard held is one), and none is aligned with
// a national standard. ASEAN common standards are the benchmarks of the
// standards of ASEAN Member States, so a country outside ASEAN has no
// standard aligned to them: a fact, where any other alignment could have a
// counterpart our data lacks.
func (a *alignmentFacts) onlyASEANCommon() bool {
	common := func(s *model.Record) bool {
		return s.String("country") == "" && s.String("kind") == string(model.StandardKindAseanCommon)
	}
	for id, h := range a.stds {
		if h.rec.String("country") == "" {
			if !common(h.rec) {
				return false
			}
			continue
		}
		if len(a.alignIn[id]) > 0 {
			return false
		}
		for _, l := range a.alignOut[id] {
			if !common(l.Node) {
				return false
			}
		}
	}
	return len(a.stds) > 0
}
