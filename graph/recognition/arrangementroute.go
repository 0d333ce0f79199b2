package recognition

import (
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// route builds one arrangement route into the occupations occs; cover is
// the arrangement's COVERS link to the occupation (nil when it is named as
// recognising without covering one of them).
func (a *arrangementFacts) route(arr *model.Record, e entry, cover *model.Link, occs []string) (*route, error) {
	conds := arr.Strings("conditions")
	r := &route{strength: model.RecognitionStrengthFormal, key: arr.ID, instrument: arr}
	if len(conds) > 0 {
		r.strength = model.RecognitionStrengthConditional
		r.conditions = append(r.conditions, conds...)
	}
	clause := a.entryHops(r, arr, e, cover)
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
	for _, l := range a.admin[arr.ID] {
		if l.Node.String("country") != a.q.To {
			continue
		}
		r.hops = append(r.hops, hop{rel: model.RelAdministeredBy, from: arr, to: l.Node, sources: l.Edge.Strings("sources"),
			text: sentence(explainAdministeredBy, a.to, arr, l.Node)})
	}
	if err := a.withRestrictions(r, occs, arr); err != nil {
		return nil, err
	}
	if r.blocked {
		r.summary = summaryArrangementBlocked(a.from, a.to, arr, clause, regional, a.reserved(r))
	} else {
		r.summary = summaryArrangement(a.from, a.to, arr, clause, regional, len(r.conditions))
	}
	return r, nil
}

// entryHops adds the hops from what is held into the arrangement and
// returns the clause that says how the arrangement takes it in.
func (a *arrangementFacts) entryHops(r *route, arr *model.Record, e entry, cover *model.Link) string {
	var occ *model.Record
	if cover != nil {
		occ = cover.Node
	}
	var clause string
	switch e.kind {
	case byQualification:
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: a.subject, to: arr, sources: e.direct.Edge.Strings("sources"),
			text: sentence(explainNamesQualification, arr, a.subject)})
		clause = sentence(clauseNamesQualification, a.subject)
	case byStandard:
		h := a.stds[e.std.Node.ID]
		if h.entry != nil {
			r.hops = append(r.hops, *h.entry)
		}
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: e.std.Node, to: arr, sources: e.std.Edge.Strings("sources"),
			text: sentence(explainNamesStandard, arr, e.std.Node)})
		clause = clauseNamesStandard(e.std.Node, a.subject, a.from, a.isOcc)
	case byOccupation:
		if !a.isOcc {
			qf := a.occEdge[occ.ID]
			r.hops = append(r.hops, hop{rel: model.RelQualifiesFor, from: a.subject, to: occ, sources: qf.Strings("sources"),
				text: sentence(explainQualifiesFor, a.subject, occ)})
		}
		clause = clauseCovers(occ, a.subject, a.isOcc)
		r.hops = append(r.hops, hop{rel: model.RelCovers, from: occ, to: arr, sources: cover.Edge.Strings("sources"),
			text: sentence(explainCovers, arr, occ)})
	}
	if e.kind != byOccupation && occ != nil {
		r.hops = append(r.hops, hop{rel: model.RelCovers, from: arr, to: occ, sources: cover.Edge.Strings("sources"),
			text: sentence(explainCovers, arr, occ)})
		clause += " for " + name(occ)
	}
	return clause
}
