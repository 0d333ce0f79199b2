package recognition

import (
	"context"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// question is what every kind of route needs: the two countries, the
// subject, the occupations it leads into, what the person holds on the way,
// the destination's qualifications for the same occupations, the
// destination's rules and both countries' frameworks. Each kind of route
// gathers its own facts on top of it (arrangementFacts, alignmentFacts,
// levelFacts).
type question struct {
	ctx               context.Context // the request's: the loops that build routes stop when it is done
	f                 fetch
	q                 Query
	from, to, subject *model.Record
	isOcc             bool

	occs         []string                 // the occupations the subject leads into, sorted
	occRec       map[string]*model.Record // by ID
	occEdge      map[string]model.Edge    // qualification subject: its QUALIFIES_FOR edges
	quals        []held                   // the subject, or origin qualifications for the occupation
	stds         map[string]held          // standards held: certified by the subject, or the origin's for the occupation
	toQuals      map[string][]occMatch    // destination qualifications for the same occupations
	toQualRecs   map[string]*model.Record // their records
	restricts    map[string][]model.Link  // occupation ID -> the destination's RESTRICTS links that have not ended
	fwFrom, fwTo map[string]*model.Record // framework code -> the countries' frameworks
}

// held is something the person holds on the way to a route (a standard, an
// origin qualification), with the hop that reaches it from the subject
// (none when it is the subject).
type held struct {
	rec   *model.Record
	entry *hop
}

// occMatch is a destination qualification's QUALIFIES_FOR edge to one of
// the route occupations.
type occMatch struct {
	occ  *model.Record
	edge model.Edge
}

// gather reads the subject's side (2 calls), the destination's rules and
// both countries' frameworks (2), and for a qualification the destination's
// qualifications for the same occupations (1).
func (qn *question) gather(ctx context.Context) error {
	qn.occRec = map[string]*model.Record{}
	qn.occEdge = map[string]model.Edge{}
	qn.toQuals = map[string][]occMatch{}
	qn.toQualRecs = map[string]*model.Record{}
	qn.stds = map[string]held{}
	var err error
	if qn.isOcc {
		err = qn.gatherOccupation(ctx)
	} else {
		err = qn.gatherQualification(ctx)
	}
	if err != nil {
		return err
	}
	sort.Strings(qn.occs)

	rs, err := qn.f.links(ctx, []string{qn.to.ID}, model.RelRestricts, model.Out)
	if err != nil {
		return err
	}
	qn.restricts = map[string][]model.Link{}
	for _, l := range rs[qn.to.ID] {
		if l.Edge.String("until") != "" {
			continue // ended: it travels with no route (the country still lists it)
		}
		qn.restricts[l.Node.ID] = append(qn.restricts[l.Node.ID], l)
	}
	fw, err := qn.f.links(ctx, []string{qn.from.ID, qn.to.ID}, model.RelOfCountry, model.In)
	if err != nil {
		return err
	}
	qn.fwFrom, qn.fwTo = byCode(fw[qn.from.ID]), byCode(fw[qn.to.ID])
	if qn.isOcc {
		return nil
	}
	qf, err := qn.f.links(ctx, qn.occs, model.RelQualifiesFor, model.In)
	if err != nil {
		return err
	}
	for _, occ := range qn.occs {
		for _, l := range qf[occ] {
			if l.Node.String("country") == qn.q.To && l.Node.ID != qn.subject.ID {
				qn.toQuals[l.Node.ID] = append(qn.toQuals[l.Node.ID], occMatch{occ: qn.occRec[occ], edge: l.Edge})
				qn.toQualRecs[l.Node.ID] = l.Node
			}
		}
	}
	return nil
}

// gatherOccupation: the origin's and the destination's qualifications for
// the occupation, and the origin's standards for it.
func (qn *question) gatherOccupation(ctx context.Context) error {
	subj := qn.subject.ID
	qn.occs = []string{subj}
	qn.occRec[subj] = qn.subject
	qf, err := qn.f.links(ctx, []string{subj}, model.RelQualifiesFor, model.In)
	if err != nil {
		return err
	}
	for _, l := range qf[subj] {
		switch l.Node.String("country") {
		case qn.q.From:
			qn.quals = append(qn.quals, held{rec: l.Node, entry: &hop{
				rel: model.RelQualifiesFor, from: qn.subject, to: l.Node, sources: l.Edge.Strings("sources"), back: true,
				text: sentence(explainOriginQualification, l.Node, qn.from, qn.subject),
			}})
		case qn.q.To:
			qn.toQuals[l.Node.ID] = append(qn.toQuals[l.Node.ID], occMatch{occ: qn.subject, edge: l.Edge})
			qn.toQualRecs[l.Node.ID] = l.Node
		}
	}
	fo, err := qn.f.links(ctx, []string{subj}, model.RelForOccupation, model.In)
	if err != nil {
		return err
	}
	for _, l := range fo[subj] {
		if l.Node.String("country") != qn.q.From {
			continue
		}
		qn.hold(held{rec: l.Node, entry: &hop{
			rel: model.RelForOccupation, from: qn.subject, to: l.Node, sources: l.Edge.Strings("sources"), back: true,
			text: sentence(explainOriginStandard, l.Node, qn.from, qn.subject),
		}})
	}
	return nil
}

// gatherQualification: the occupations the qualification qualifies for and
// the standards it certifies.
func (qn *question) gatherQualification(ctx context.Context) error {
	subj := qn.subject.ID
	qf, err := qn.f.links(ctx, []string{subj}, model.RelQualifiesFor, model.Out)
	if err != nil {
		return err
	}
	for _, l := range qf[subj] {
		if _, dup := qn.occRec[l.Node.ID]; dup {
			continue
		}
		qn.occs = append(qn.occs, l.Node.ID)
		qn.occRec[l.Node.ID] = l.Node
		qn.occEdge[l.Node.ID] = l.Edge
	}
	ce, err := qn.f.links(ctx, []string{subj}, model.RelCertifies, model.Out)
	if err != nil {
		return err
	}
	for _, l := range ce[subj] {
		qn.hold(held{rec: l.Node, entry: &hop{
			rel: model.RelCertifies, from: qn.subject, to: l.Node, sources: l.Edge.Strings("sources"),
			text: sentence(explainCertifies, qn.subject, l.Node),
		}})
	}
	qn.quals = []held{{rec: qn.subject}}
	return nil
}

// hold records a standard held, the first way it is reached.
func (qn *question) hold(h held) {
	if _, dup := qn.stds[h.rec.ID]; !dup {
		qn.stds[h.rec.ID] = h
	}
}

func byCode(ls []model.Link) map[string]*model.Record {
	m := make(map[string]*model.Record, len(ls))
	for _, l := range ls {
		m[l.Node.String("code")] = l.Node
	}
	return m
}

func byNode(ls []model.Link) map[string]model.Link {
	m := make(map[string]model.Link, len(ls))
	for _, l := range ls {
		if _, ok := m[l.Node.ID]; !ok {
			m[l.Node.ID] = l
		}
	}
	return m
}

func sortedHeld(hs []held) []held {
	out := append([]held(nil), hs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].rec.ID < out[j].rec.ID })
	return out
}

// occNames names the occupations the subject leads into.
func (qn *question) occNames() []string {
	return qn.routeNames(qn.occs)
}

func (qn *question) routeNames(occs []string) []string {
	out := make([]string, 0, len(occs))
	for _, id := range occs {
		out = append(out, name(qn.occRec[id]))
	}
	return out
}
