package recognition

import (
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// route builds the one route of the arrangement arr into the occupations
// occs (those it covers, or all the subject leads into when it names what
// is held without covering one of them): FORMAL or CONDITIONAL when it is
// in force, a PROSPECT otherwise.
func (a *arrangementFacts) route(arr *model.Record, e entry, occs []string) (*route, error) {
	conds := arr.Strings("conditions")
	r := &route{strength: model.RecognitionStrengthFormal, key: arr.ID, instrument: arr, yields: model.RouteYield(arr.String("yields"))}
	if len(conds) > 0 {
		r.strength = model.RecognitionStrengthConditional
		r.conditions = append(r.conditions, conds...)
	}
	lc := model.ArrangementLifecycle(arr.String("lifecycle"))
	if lc != model.ArrangementLifecycleInForce {
		r.strength, r.prospect = model.RecognitionStrengthProspect, true
	}
	clause := a.entryHops(r, arr, e)
	pf, pt := a.partyFrom[arr.ID], a.partyTo[arr.ID]
	r.hops = append(r.hops, hop{rel: model.RelParty, from: arr, to: a.to, sources: mergeSources(pf.Edge.Strings("sources"), pt.Edge.Strings("sources")),
		text: sentence(explainParties, a.from, a.to, arr)})

	// Entered through the occupation, the route goes via the regional
	// certificates the arrangement recognises (e.g. the ACPE register).
	var regional []string
	if e.kind == byOccupation {
		for _, l := range a.recog[arr.ID] {
			if l.Node.Kind != model.KindQualification || l.Node.String("country") != "" || l.Node.ID == a.subject.ID {
				continue
			}
			regional = append(regional, name(l.Node))
			r.hops = append(r.hops, hop{rel: model.RelRecognises, from: arr, to: l.Node, sources: l.Edge.Strings("sources"),
				text: sentence(explainRegionalCertificate, arr, l.Node)})
		}
	}
	a.deciders(r, arr, r.prospect)
	if err := a.withRestrictions(r, occs, arr); err != nil {
		return nil, err
	}
	w := arrangementWords{from: a.from, to: a.to, arr: arr, clause: clause, regional: regional, conditions: len(r.conditions)}
	switch {
	case r.prospect:
		r.summary = summaryProspect(w, lc)
	case r.blocked:
		r.summary = summaryArrangementBlocked(w, a.reserved(r))
	default:
		var closed []string
		for _, id := range r.occs {
			if !r.occOpen[id] {
				closed = append(closed, name(a.occRec[id]))
			}
		}
		r.summary = summaryArrangement(w, closed) + a.maybeReserved(r, "route")
	}
	r.summary += restsOnUnverified(r)
	return r, nil
}

// namesText explains that the arrangement arr names what is held (the
// sentence format, an explainNames one); an instrument not in force (a
// pilot, one signed only) recognises nothing yet, and says so instead.
func namesText(r *route, format string, arr, held *model.Record) string {
	if r.prospect {
		return sentence(explainNamesNotInForce, arr, held)
	}
	return sentence(format, arr, held)
}

// entryHops adds the hops from what is held into the arrangement and to
// the occupations it covers, and returns the clause that says how the
// arrangement takes the person in.
func (a *arrangementFacts) entryHops(r *route, arr *model.Record, e entry) string {
	var clause string
	switch e.kind {
	case byQualification:
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: a.subject, to: arr, sources: e.direct.Edge.Strings("sources"), back: true,
			text: namesText(r, explainNamesQualification, arr, a.subject)})
		clause = sentence(clauseNamesQualification, a.subject)
	case byStandard:
		h := a.stds[e.std.Node.ID]
		if h.entry != nil {
			r.hops = append(r.hops, *h.entry)
		}
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: e.std.Node, to: arr, sources: e.std.Edge.Strings("sources"), back: true,
			text: namesText(r, explainNamesStandard, arr, e.std.Node)})
		clause = clauseNamesStandard(e.std.Node, a.subject, a.from, a.isOcc)
	case byOccupation:
		var names []string
		for _, id := range e.covered {
			occ, cover := a.occRec[id], e.cover[id]
			names = append(names, name(occ))
			if !a.isOcc {
				r.hops = append(r.hops, hop{rel: model.RelQualifiesFor, from: a.subject, to: occ, sources: qfSources(a.occEdge, id),
					text: sentence(explainQualifiesFor, a.subject, occ)})
			}
			r.hops = append(r.hops, hop{rel: model.RelCovers, from: occ, to: arr, sources: cover.Edge.Strings("sources"), back: true,
				text: sentence(explainCovers, arr, occ)})
		}
		return clauseCovers(names, a.subject, a.isOcc)
	}
	var names []string
	for _, id := range e.covered {
		cover := e.cover[id]
		names = append(names, name(cover.Node))
		r.hops = append(r.hops, hop{rel: model.RelCovers, from: arr, to: cover.Node, sources: cover.Edge.Strings("sources"),
			text: sentence(explainCovers, arr, cover.Node)})
	}
	if len(names) > 0 {
		clause += " for " + list(names)
	}
	return clause
}

func qfSources(edges map[string]model.Edge, id string) []string {
	e := edges[id]
	return e.Strings("sources")
}

// deciders adds to r, a route or channel of the arrangement arr, the
// bodies that decide under it in the destination: each is in r.deciders
// (by its link), a step of its own, and the decision. A body the arrangement's sources name
// is "administered by"; one linked as the profession's regulator only (a
// relationship marked regulatorOnly, with its own sources, confidence and
// note) is worded so, its designation under the arrangement not seen.
func (a *arrangementFacts) deciders(r *route, arr *model.Record, prospect bool) {
	for _, l := range a.admin[arr.ID] {
		if l.Node.String("country") != a.q.To {
			continue
		}
		r.deciders = append(r.deciders, l)
		text := sentence(explainAdministeredBy, a.to, arr, l.Node)
		switch {
		case l.Edge.Bool(model.PropRegulatorOnly) && registers(arr):
			text = sentence(explainRegulatorOnly, a.to, arr, l.Node)
		case l.Edge.Bool(model.PropRegulatorOnly):
			text = sentence(explainNamedBodyOnly, a.to, l.Node, arr)
		}
		if l.Edge.String("confidence") == "unverified" {
			text += " " + unverifiedLink
		}
		r.hops = append(r.hops, hop{rel: model.RelAdministeredBy, from: arr, to: l.Node, sources: l.Edge.Strings("sources"),
			confidence: l.Edge.String("confidence"), text: text})
	}
	r.decision = decisionOf(arr, a.to, r.deciders, prospect)
}
