package recognition

import (
	"fmt"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// comparableRoutes returns the COMPARABLE routes: one per held level, chain
// of references up to a reference-framework level (the AQRF), and chain down
// from it to a destination level. arrangements are the arrangement routes
// found, whose instruments the summaries name as what grants recognition.
func (p *finder) comparableRoutes(arrangements []*route) ([]*route, verdict, error) {
	instruments := map[string][]string{} // occupation ID -> names of instruments
	for _, r := range arrangements {
		for _, occ := range r.occs {
			instruments[occ] = append(instruments[occ], name(r.instrument))
		}
	}
	var grants []string
	for _, occ := range p.routeOccs {
		grants = append(grants, instruments[occ]...)
	}
	grants = uniqueSorted(grants)

	var routes []*route
	var heldLevels []string
	for _, h := range sortedHeld(p.heldQuals) {
		for _, al := range p.atLevel[h.rec.ID] {
			l := al.Node
			heldLevels = append(heldLevels, l.ID)
			for _, up := range p.upChains(l.ID, 0) {
				if err := p.ctx.Err(); err != nil {
					return nil, verdict{}, err
				}
				pivot := p.levels[up[len(up)-1].To]
				for _, dID := range p.toLevels {
					if dID == l.ID {
						continue
					}
					for _, down := range p.downChains(dID, 0) {
						if down[0].To != pivot.ID {
							continue
						}
						r, err := p.comparableRoute(h, al, up, down, grants)
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
	return nil, p.comparableVerdict(heldLevels), nil
}

func sortedHeld(hs []held) []held {
	out := append([]held(nil), hs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].rec.ID < out[j].rec.ID })
	return out
}

// upChains returns the chains of REFERENCED_TO edges from the level up to a
// reference-framework level, through the origin's frameworks.
func (p *finder) upChains(id string, depth int) [][]model.Edge {
	if depth >= refHops {
		return nil
	}
	var out [][]model.Edge
	for _, e := range p.upEdges[id] {
		switch {
		case p.pivots[e.To]:
			out = append(out, []model.Edge{e})
		case p.fwFrom[p.levels[e.To].String("framework")] != nil:
			for _, c := range p.upChains(e.To, depth+1) {
				out = append(out, append([]model.Edge{e}, c...))
			}
		}
	}
	return out
}

// downChains returns the chains of REFERENCED_TO edges from a reference
// level down to the destination level id, in walking order: the first edge
// points at the reference level, the last starts at id.
func (p *finder) downChains(id string, depth int) [][]model.Edge {
	if depth >= refHops {
		return nil
	}
	var out [][]model.Edge
	for _, e := range p.downEdges[id] {
		if p.pivots[e.To] {
			out = append(out, []model.Edge{e})
			continue
		}
		for _, c := range p.downChains(e.To, depth+1) {
			out = append(out, append(append([]model.Edge{}, c...), e))
		}
	}
	return out
}

func (p *finder) comparableRoute(h held, atLevel model.Link, up, down []model.Edge, grants []string) (*route, error) {
	l := atLevel.Node
	pivot := p.levels[up[len(up)-1].To]
	dest := p.levels[down[len(down)-1].From]
	r := &route{strength: model.RecognitionStrengthComparable, key: dest.ID}
	if h.entry != nil {
		r.hops = append(r.hops, *h.entry)
	}
	r.hops = append(r.hops, hop{rel: model.RelAtLevel, from: h.rec, to: l, sources: atLevel.Edge.Strings("sources"),
		text: fmt.Sprintf("%s is at %s.", name(h.rec), name(l))})
	var fits []string
	for _, e := range up {
		from, to := p.levels[e.From], p.levels[e.To]
		fits = append(fits, fitWord(e))
		r.hops = append(r.hops, hop{rel: model.RelReferencedTo, from: from, to: to, sources: e.Strings("sources"), confidence: e.String("confidence"),
			text: fmt.Sprintf("%s is referenced to %s (%s).", name(from), name(to), fitText(e))})
	}
	for _, e := range down {
		from, to := p.levels[e.To], p.levels[e.From]
		fits = append(fits, fitWord(e))
		r.hops = append(r.hops, hop{rel: model.RelReferencedTo, from: from, to: to, sources: e.Strings("sources"), confidence: e.String("confidence"),
			text: fmt.Sprintf("%s, of %s, is referenced to %s (%s).", name(to), name(p.to), name(from), fitText(e))})
	}
	var quals []string
	for _, qID := range sortedKeys(p.toQuals) {
		var at *model.Link
		for i, ql := range p.atLevel[qID] {
			if ql.Node.ID == dest.ID {
				at = &p.atLevel[qID][i]
				break
			}
		}
		if at == nil {
			continue
		}
		matches := p.toQuals[qID]
		qual := p.toQualRecs[qID]
		quals = append(quals, name(qual))
		r.hops = append(r.hops, hop{rel: model.RelAtLevel, from: dest, to: qual, sources: at.Edge.Strings("sources"),
			text: fmt.Sprintf("%s, a qualification of %s, is at %s.", name(qual), name(p.to), name(dest))})
		for _, m := range matches {
			text := fmt.Sprintf("%s qualifies for %s, as %s does.", name(qual), name(m.occ), name(p.subject))
			if p.isOcc {
				text = fmt.Sprintf("%s qualifies for %s.", name(qual), name(m.occ))
			}
			r.hops = append(r.hops, hop{rel: model.RelQualifiesFor, from: qual, to: m.occ, sources: m.edge.Strings("sources"), text: text})
		}
	}
	if err := p.withRestrictions(r, p.routeOccs, nil); err != nil {
		return nil, err
	}

	subject := fmt.Sprintf("%s, at %s,", name(h.rec), name(l))
	if p.isOcc {
		subject = fmt.Sprintf("%s, a qualification of %s for %s at %s,", name(h.rec), name(p.from), name(p.subject), name(l))
	}
	var b strings.Builder
	if r.blocked {
		fmt.Fprintf(&b, "Blocked in %s, which reserves %s: ", name(p.to), p.reserved(r))
	}
	fmt.Fprintf(&b, "%s is comparable to %s of %s through %s (declared fits: %s)", subject, name(dest), name(p.to), name(pivot), strings.Join(fits, ", "))
	if len(quals) > 0 {
		verb := "is"
		if len(quals) > 1 {
			verb = "are"
		}
		fmt.Fprintf(&b, "; %s %s at that level for the same occupation", list(quals), verb)
	}
	b.WriteString("; comparability is not recognition: ")
	if len(grants) > 0 {
		see := "that route"
		if len(grants) > 1 {
			see = "those routes"
		}
		fmt.Fprintf(&b, "recognition in %s is granted by the %s (see %s).", name(p.to), list(grants), see)
	} else {
		fmt.Fprintf(&b, "our data names no instrument that grants recognition of it in %s.", name(p.to))
	}
	r.summary = b.String()
	return r, nil
}

// fitWord is a REFERENCED_TO edge's fit, or "not recorded".
func fitWord(e model.Edge) string {
	if f := e.String("fit"); f != "" {
		return f
	}
	return "not recorded"
}

// comparableVerdict says why no framework route was found.
func (p *finder) comparableVerdict(heldLevels []string) verdict {
	switch {
	case !p.isOcc && len(heldLevels) == 0:
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: no framework level is loaded for %s.", name(p.subject))}
	case p.isOcc && len(p.heldQuals) == 0:
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: no qualification of %s for %s is loaded.", name(p.from), name(p.subject))}
	case p.isOcc && len(heldLevels) == 0:
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: no qualification of %s for %s has a framework level in our data.", name(p.from), name(p.subject))}
	}
	if len(p.pivots) == 0 {
		var names []string
		for _, id := range uniqueSorted(heldLevels) {
			names = append(names, name(p.levels[id]))
		}
		verb := "is"
		if len(names) > 1 {
			verb = "are"
		}
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: %s %s not referenced to the AQRF in our data (%s).",
			list(names), verb, p.frameworkStatus(p.from, p.fwFrom))}
	}
	var pivots []string
	for _, id := range sortedKeys(p.pivots) {
		pivots = append(pivots, name(p.levels[id]))
	}
	if len(p.fwTo) == 0 {
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: our data has no qualifications framework of %s.", name(p.to))}
	}
	if len(p.toLevels) == 0 && p.toReferenced {
		return verdict{why: fmt.Sprintf("No framework route: %s %s referenced to the AQRF, but no level of %s is referenced to %s.",
			p.frameworkList(p.to, p.fwTo), verbs(len(p.fwTo), "is", "are"), verbs(len(p.fwTo), "it", "them"), list(pivots))}
	}
	if len(p.toLevels) == 0 {
		return verdict{notCovered: true, why: fmt.Sprintf("No framework route: no level of %s is referenced to the AQRF in our data (%s).",
			p.frameworkList(p.to, p.fwTo), p.frameworkStatus(p.to, p.fwTo))}
	}
	return verdict{why: fmt.Sprintf("No framework route: no level of %s other than the one held is referenced to %s.", p.frameworkList(p.to, p.fwTo), list(pivots))}
}

// orderedFrameworks returns a country's frameworks, national first, by code.
func orderedFrameworks(fws map[string]*model.Record) []*model.Record {
	out := make([]*model.Record, 0, len(fws))
	for _, code := range sortedKeys(fws) {
		out = append(out, fws[code])
	}
	sort.SliceStable(out, func(i, j int) bool {
		ni, nj := out[i].String("scope") == string(model.FrameworkScopeNational), out[j].String("scope") == string(model.FrameworkScopeNational)
		return ni && !nj
	})
	return out
}

// frameworkList names a country's frameworks: "Myanmar's MNQF and NSSA".
func (p *finder) frameworkList(c *model.Record, fws map[string]*model.Record) string {
	var codes []string
	for _, f := range orderedFrameworks(fws) {
		codes = append(codes, f.String("code"))
	}
	if len(codes) == 0 {
		return name(c) + "'s frameworks"
	}
	return name(c) + "'s " + list(codes)
}

// frameworkStatus says how far each of a country's frameworks is referenced
// to the AQRF, from the framework records.
func (p *finder) frameworkStatus(c *model.Record, fws map[string]*model.Record) string {
	if len(fws) == 0 {
		return "our data has no qualifications framework of " + name(c)
	}
	var parts []string
	for _, f := range orderedFrameworks(fws) {
		st := f.String("referencingStatus")
		if st == "" {
			parts = append(parts, fmt.Sprintf("%s: no referencing to the AQRF recorded", f.String("code")))
			continue
		}
		s := fmt.Sprintf("%s referencing to the AQRF: %s", f.String("code"), st)
		if note := f.String("referencingNote"); note != "" {
			s += " — " + strings.TrimSuffix(note, ".")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}
