package recognition

import (
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// How a route enters an arrangement.
type entryKind int

const (
	byQualification entryKind = iota // the arrangement names the qualification
	byStandard                       // it names a standard the person holds
	byOccupation                     // it covers the occupation
)

// arrangementRoutes returns the FORMAL and CONDITIONAL routes: one per
// arrangement both countries are party to (and that recognises skills by
// some approach) and occupation it leads into.
func (p *finder) arrangementRoutes() ([]*route, verdict, error) {
	var routes []*route
	var noSkills []string // arrangements that cover the occupation but recognise no skills
	inRoute := map[string]bool{}
	for _, occ := range p.routeOccs {
		inRoute[occ] = true
	}
	for _, aID := range p.pair {
		if err := p.ctx.Err(); err != nil {
			return nil, verdict{}, err
		}
		a := p.partyTo[aID].Node
		coverLinks := map[string]model.Link{}
		var covered []string
		for _, l := range p.covers[aID] {
			if inRoute[l.Node.ID] {
				if _, dup := coverLinks[l.Node.ID]; !dup {
					covered = append(covered, l.Node.ID)
				}
				coverLinks[l.Node.ID] = l
			}
		}
		if !a.Bool("grantsRecognition") {
			if len(covered) > 0 {
				noSkills = append(noSkills, name(a))
			}
			continue
		}
		var direct *model.Link
		var std *model.Link
		for i, l := range p.recog[aID] {
			if l.Node.ID == p.subject.ID && !p.isOcc && direct == nil {
				direct = &p.recog[aID][i]
			}
			if _, ok := p.heldStdOf[l.Node.ID]; ok && std == nil {
				std = &p.recog[aID][i]
			}
		}
		entry := byOccupation
		switch {
		case p.isOcc && len(covered) > 0:
		case direct != nil:
			entry = byQualification
		case std != nil:
			entry = byStandard
		case len(covered) == 0:
			continue
		}
		if len(covered) == 0 {
			// Named as recognised, for none of the subject's occupations in
			// particular: the route leads into all of them.
			r, err := p.arrangementRoute(a, entry, direct, std, nil, p.routeOccs)
			if err != nil {
				return nil, verdict{}, err
			}
			routes = append(routes, r)
			continue
		}
		for _, occID := range covered {
			cl := coverLinks[occID]
			r, err := p.arrangementRoute(a, entry, direct, std, &cl, []string{occID})
			if err != nil {
				return nil, verdict{}, err
			}
			routes = append(routes, r)
		}
	}
	if len(routes) > 0 {
		return routes, verdict{}, nil
	}
	v := verdict{}
	switch {
	case len(p.pair) == 0:
		v = verdict{notCovered: true, why: fmt.Sprintf("No arrangement route: our data has no arrangement to which both %s and %s are parties.", name(p.from), name(p.to))}
	case !p.isOcc && len(p.routeOccs) == 0:
		v = verdict{notCovered: true, why: fmt.Sprintf("No arrangement route: no occupation is loaded for %s, and none of the %s to which both %s and %s are parties names it or a standard it certifies as recognised.",
			name(p.subject), plural(len(p.pair), "arrangement", "arrangements"), name(p.from), name(p.to))}
	case len(noSkills) > 0:
		occs := list(p.occNames())
		if len(p.routeOccs) > 1 {
			occs = "some of " + occs
		}
		v = verdict{why: fmt.Sprintf("No arrangement route: of the %s to which both %s and %s are parties, only the %s %s %s, and %s no skills.",
			plural(len(p.pair), "arrangement", "arrangements"), name(p.from), name(p.to), list(noSkills), verbs(len(noSkills), "covers", "cover"),
			occs, verbs(len(noSkills), "it recognises", "they recognise"))}
	default:
		why := fmt.Sprintf("none of the %d arrangements to which both %s and %s are parties covers %s", len(p.pair), name(p.from), name(p.to), list(p.occNames()))
		recognise := " or recognises "
		if len(p.pair) == 1 {
			why = fmt.Sprintf("the one arrangement to which both %s and %s are parties, the %s, does not cover %s",
				name(p.from), name(p.to), name(p.partyTo[p.pair[0]].Node), list(p.occNames()))
			recognise = " or recognise "
		}
		if !p.isOcc {
			why += recognise + name(p.subject)
		}
		v = verdict{why: "No arrangement route: " + why + "."}
	}
	return nil, v, nil
}

// verbs picks the singular or plural form.
func verbs(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (p *finder) occNames() []string {
	out := make([]string, len(p.routeOccs))
	for i, id := range p.routeOccs {
		out[i] = name(p.occRec[id])
	}
	return out
}

// arrangementRoute builds one arrangement route into the occupations occs;
// cover is the arrangement's COVERS link to the occupation (nil when it is
// named as recognising without covering one of them).
func (p *finder) arrangementRoute(a *model.Record, entry entryKind, direct, std *model.Link, cover *model.Link, occs []string) (*route, error) {
	conds := a.Strings("conditions")
	r := &route{strength: model.RecognitionStrengthFormal, key: a.ID, instrument: a}
	if len(conds) > 0 {
		r.strength = model.RecognitionStrengthConditional
		r.conditions = append(r.conditions, conds...)
	}
	var occ *model.Record
	if cover != nil {
		occ = cover.Node
	}
	var clause string
	switch entry {
	case byQualification:
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: p.subject, to: a, sources: direct.Edge.Strings("sources"),
			text: fmt.Sprintf("The %s names %s as a qualification it recognises.", name(a), name(p.subject))})
		clause = fmt.Sprintf("names %s as recognised", name(p.subject))
	case byStandard:
		h := p.heldStdOf[std.Node.ID]
		if h.entry != nil {
			r.hops = append(r.hops, *h.entry)
		}
		r.hops = append(r.hops, hop{rel: model.RelRecognises, from: std.Node, to: a, sources: std.Edge.Strings("sources"),
			text: fmt.Sprintf("The %s names %s as a standard it recognises.", name(a), name(std.Node))})
		clause = fmt.Sprintf("recognises %s, which %s certifies,", name(std.Node), name(p.subject))
		if p.isOcc {
			clause = fmt.Sprintf("recognises %s, a standard of %s for %s,", name(std.Node), name(p.from), name(p.subject))
		}
	case byOccupation:
		if !p.isOcc {
			qf := p.occEdge[occ.ID]
			r.hops = append(r.hops, hop{rel: model.RelQualifiesFor, from: p.subject, to: occ, sources: qf.Strings("sources"),
				text: fmt.Sprintf("%s qualifies for %s.", name(p.subject), name(occ))})
			clause = fmt.Sprintf("covers %s, for which %s qualifies", name(occ), name(p.subject))
		} else {
			clause = fmt.Sprintf("covers %s", name(occ))
		}
		r.hops = append(r.hops, hop{rel: model.RelCovers, from: occ, to: a, sources: cover.Edge.Strings("sources"),
			text: fmt.Sprintf("The %s covers %s.", name(a), name(occ))})
	}
	if entry != byOccupation && occ != nil {
		r.hops = append(r.hops, hop{rel: model.RelCovers, from: a, to: occ, sources: cover.Edge.Strings("sources"),
			text: fmt.Sprintf("The %s covers %s.", name(a), name(occ))})
		clause += " for " + name(occ)
	}
	pf, pt := p.partyFrom[a.ID], p.partyTo[a.ID]
	r.hops = append(r.hops, hop{rel: model.RelParty, from: a, to: p.to, sources: mergeSources(pf.Edge.Strings("sources"), pt.Edge.Strings("sources")),
		text: fmt.Sprintf("%s and %s are both parties to the %s.", name(p.from), name(p.to), name(a))})

	// Entered through the occupation, the route goes via the regional
	// certificates the arrangement recognises (e.g. the ACPE register).
	var regional []string
	if entry == byOccupation {
		for _, l := range p.recog[a.ID] {
			if l.Node.Kind != model.KindQualification || l.Node.String("country") != "" || l.Node.ID == p.subject.ID {
				continue
			}
			regional = append(regional, name(l.Node))
			r.hops = append(r.hops, hop{rel: model.RelRecognises, from: a, to: l.Node, sources: l.Edge.Strings("sources"),
				text: fmt.Sprintf("The %s recognises %s, a regional certificate: the route goes via it.", name(a), name(l.Node))})
		}
	}
	for _, l := range p.admin[a.ID] {
		if l.Node.String("country") != p.q.To {
			continue
		}
		r.hops = append(r.hops, hop{rel: model.RelAdministeredBy, from: a, to: l.Node, sources: l.Edge.Strings("sources"),
			text: fmt.Sprintf("In %s the %s is administered by %s.", name(p.to), name(a), name(l.Node))})
	}
	if err := p.withRestrictions(r, occs, a); err != nil {
		return nil, err
	}

	via := ""
	switch len(regional) {
	case 0:
	case 1:
		via = ", via the regional certificate " + regional[0]
	default:
		via = fmt.Sprintf(", via the regional certificate %s or %s it recognises", regional[0], plural(len(regional)-1, "other", "others"))
	}
	if r.blocked {
		r.summary = fmt.Sprintf("Blocked in %s: the %s, to which %s and %s are both parties, %s%s, but %s reserves %s, so this arrangement alone does not open the job there.",
			name(p.to), name(a), name(p.from), name(p.to), clause, via, name(p.to), p.reserved(r))
		return r, nil
	}
	terms := "with no conditions listed"
	if n := len(r.conditions); n > 0 {
		terms = "on " + plural(n, "condition", "conditions")
	}
	r.summary = fmt.Sprintf("Recognised in %s under the %s, to which %s and %s are both parties and which %s%s, %s.",
		name(p.to), name(a), name(p.from), name(p.to), clause, via, terms)
	return r, nil
}

// reserved names the occupations a blocked route leads into and the rule
// that reserves them: "Travel guides (ISCO-08 5113) for its nationals (rule
// since 2020)".
func (p *finder) reserved(r *route) string {
	s := list(p.routeNames(r.occs)) + " for its nationals"
	for _, res := range r.restrictions {
		if res.Rule == model.RestrictionRuleReservedForNationals && res.Since != nil {
			return s + " (rule since " + *res.Since + ")"
		}
	}
	return s
}

func (p *finder) routeNames(occs []string) []string {
	out := make([]string, 0, len(occs))
	for _, id := range occs {
		out = append(out, name(p.occRec[id]))
	}
	return out
}
