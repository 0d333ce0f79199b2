package recognition

import (
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// alignedRoutes returns the ALIGNED routes: a held standard aligned to a
// regional benchmark a destination standard is aligned to, or aligned
// directly with a destination standard (either way round).
func (p *finder) alignedRoutes() ([]*route, verdict, error) {
	var routes []*route
	aligned := false
	var benchNames []string
	for _, sID := range sortedKeys(p.heldStdOf) {
		if err := p.ctx.Err(); err != nil {
			return nil, verdict{}, err
		}
		h := p.heldStdOf[sID]
		s := h.rec
		aligned = aligned || len(p.alignOut[sID]) > 0 || len(p.alignIn[sID]) > 0
		add := func(t *model.Record, via []hop, summary string) error {
			r := &route{strength: model.RecognitionStrengthAligned, key: t.ID}
			if h.entry != nil {
				r.hops = append(r.hops, *h.entry)
			}
			r.hops = append(r.hops, via...)
			var quals []string
			for _, l := range p.certIn[t.ID] {
				if l.Node.String("country") != p.q.To {
					continue
				}
				quals = append(quals, name(l.Node))
				r.hops = append(r.hops, hop{rel: model.RelCertifies, from: t, to: l.Node, sources: l.Edge.Strings("sources"),
					text: fmt.Sprintf("%s, a qualification of %s, certifies competence against %s.", name(l.Node), name(p.to), name(t))})
			}
			if err := p.withRestrictions(r, p.routeOccs, nil); err != nil {
				return err
			}
			cert := ""
			if len(quals) > 0 {
				cert = fmt.Sprintf(" (certified there by %s)", list(quals))
			}
			r.summary = fmt.Sprintf("%s: recognition in %s is by assessment or recognition of prior learning against %s%s, not automatic.",
				summary, name(p.to), name(t), cert)
			if r.blocked {
				r.summary = fmt.Sprintf("Blocked in %s, which reserves %s: %s", name(p.to), p.reserved(r), r.summary)
			}
			routes = append(routes, r)
			return nil
		}
		held := p.heldPhrase(s)
		for _, l := range p.alignOut[sID] {
			if l.Node.String("country") != p.q.To {
				continue
			}
			t := l.Node
			via := []hop{{rel: model.RelAlignedTo, from: s, to: t, sources: l.Edge.Strings("sources"),
				text: fmt.Sprintf("%s is aligned to %s, a standard of %s.", name(s), name(t), name(p.to))}}
			if err := add(t, via, fmt.Sprintf("%s is aligned directly to %s (%s)", held, name(t), name(p.to))); err != nil {
				return nil, verdict{}, err
			}
		}
		for _, l := range p.alignIn[sID] {
			if l.Node.String("country") != p.q.To {
				continue
			}
			t := l.Node
			via := []hop{{rel: model.RelAlignedTo, from: s, to: t, sources: l.Edge.Strings("sources"),
				text: fmt.Sprintf("%s, a standard of %s, is aligned to %s.", name(t), name(p.to), name(s))}}
			if err := add(t, via, fmt.Sprintf("%s (%s) is aligned to %s", name(t), name(p.to), held)); err != nil {
				return nil, verdict{}, err
			}
		}
		for _, bl := range p.benchOf[sID] {
			b := bl.Node
			benchNames = append(benchNames, name(b))
			for _, l := range p.alignIn[b.ID] {
				t := l.Node
				if t.String("country") != p.q.To || t.ID == sID {
					continue
				}
				via := []hop{
					{rel: model.RelAlignedTo, from: s, to: b, sources: bl.Edge.Strings("sources"),
						text: fmt.Sprintf("%s is aligned to %s, a regional benchmark.", name(s), name(b))},
					{rel: model.RelAlignedTo, from: b, to: t, sources: l.Edge.Strings("sources"),
						text: fmt.Sprintf("%s, a standard of %s, is aligned to %s too.", name(t), name(p.to), name(b))},
				}
				if err := add(t, via, fmt.Sprintf("%s and %s (%s) are both aligned to the regional benchmark %s", held, name(t), name(p.to), name(b))); err != nil {
					return nil, verdict{}, err
				}
			}
		}
	}
	if len(routes) > 0 {
		return routes, verdict{}, nil
	}
	switch {
	case len(p.heldStdOf) == 0 && p.isOcc:
		return nil, verdict{notCovered: true, why: fmt.Sprintf("No standards route: no competency standard of %s for %s is loaded.", name(p.from), name(p.subject))}, nil
	case len(p.heldStdOf) == 0:
		return nil, verdict{notCovered: true, why: fmt.Sprintf("No standards route: no competency standard certified by %s is loaded.", name(p.subject))}, nil
	case !aligned:
		var names []string
		for _, id := range sortedKeys(p.heldStdOf) {
			names = append(names, name(p.heldStdOf[id].rec))
		}
		verb := "is"
		if len(names) > 1 {
			verb = "are"
		}
		return nil, verdict{notCovered: true, why: fmt.Sprintf("No standards route: %s %s not aligned to a regional benchmark in our data.", list(names), verb)}, nil
	}
	// Aligned somewhere, but not with the destination: name the benchmarks
	// (or the held standards that are benchmarks themselves).
	for _, id := range sortedKeys(p.heldStdOf) {
		if s := p.heldStdOf[id].rec; s.String("country") == "" {
			benchNames = append(benchNames, name(s))
		}
	}
	what := list(uniqueSorted(benchNames))
	if what == "" {
		what = "the standards held, nor are they aligned to one of its standards"
	}
	return nil, verdict{why: fmt.Sprintf("No standards route: no standard of %s in our data is aligned to %s.", name(p.to), what)}, nil
}

// heldPhrase names a held standard with how the person holds it.
func (p *finder) heldPhrase(s *model.Record) string {
	if p.isOcc {
		return fmt.Sprintf("%s (%s, for %s)", name(s), name(p.from), name(p.subject))
	}
	return fmt.Sprintf("%s (certified by %s)", name(s), name(p.subject))
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return uniqueSorted(out)
}
