package recognition

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A hop is one step of a route before it is mapped to the API type.
type hop struct {
	rel        string
	from, to   *model.Record
	text       string
	sources    []string
	confidence string // the relationship's own, where it has one ("verified", "unverified")
	back       bool   // the route walks the relationship against its direction: from is its stored end
}

// stepConfidence is UNVERIFIED when the relationship or either end of the
// step is: a route is only as sure as its least sure step.
func stepConfidence(h hop) model.Confidence {
	return model.LeastSure(h.confidence, h.from.String("confidence"), h.to.String("confidence"))
}

// A route is one path before it is mapped to the API type.
type route struct {
	strength     model.RecognitionStrength
	key          string // instrument or destination ID, for sorting
	summary      string
	conditions   []string
	instrument   *model.Record
	blocked      bool // every occupation is reserved for nationals by a verified rule
	mayBeBlocked bool // not blocked, but would be if the unverified reservations on it hold
	restrictions []*model.Restriction
	hops         []hop
	occs         []string                 // the occupations the route leads into
	occOpen      map[string]bool          // by occupation: no verified destination rule reserves it
	occMaybe     map[string]bool          // by occupation: open, but a rule our source for which is unverified reserves it
	occRec       map[string]*model.Record // the occupations' records
	yields       model.RouteYield
	deciders     []model.Link // the destination's deciding authorities, by their ADMINISTERED_BY links
	decision     string
	prospect     bool // its instrument is not in force: listed apart, never recognition
	channel      bool // a channel to work that recognises nothing: listed apart, with no strength
}

// verdict says why a kind of route was not found: why is empty when some
// were; gap, when set, is the fact our data lacks to judge this kind of
// route (unknown, not none: the question is NOT_COVERED unless some other
// kind gives a route).
type verdict struct {
	why string
	gap Gap
}

// notCovered: the data does not cover this kind of route.
func (v verdict) notCovered() bool { return v.gap != "" }

// nodeCache maps each record to its API node once per answer.
type nodeCache map[string]model.Node

func (c nodeCache) node(r *model.Record) (model.Node, error) {
	if n, ok := c[r.ID]; ok {
		return n, nil
	}
	n, err := model.FromRecord(r)
	if err != nil {
		return nil, err
	}
	c[r.ID] = n
	return n, nil
}

// path maps the route to the API type.
func (r *route) path(nodes nodeCache) (*model.RecognitionPath, error) {
	path := &model.RecognitionPath{
		Strength: r.strength, Confidence: model.ConfidenceVerified, Summary: r.summary, Conditions: nonNil(r.conditions),
		Blocked: r.blocked, Restrictions: r.restrictions, Steps: []*model.RecognitionStep{},
		Yields: r.yields, Decision: r.decision, DecidedBy: []*model.Authority{}, Deciders: []*model.ArrangementAuthority{},
		Occupations: []*model.RouteOccupation{},
	}
	if path.Restrictions == nil {
		path.Restrictions = []*model.Restriction{}
	}
	if unverifiedHop(r) {
		path.Confidence = model.ConfidenceUnverified
	}
	var err error
	if r.instrument != nil {
		if path.Instrument, err = model.As[*model.Arrangement](r.instrument); err != nil {
			return nil, err
		}
	}
	for _, l := range r.deciders { // only arrangement routes, which have an instrument, have deciders
		auth, err := model.As[*model.Authority](l.Node)
		if err != nil {
			return nil, err
		}
		path.DecidedBy = append(path.DecidedBy, auth)
		path.Deciders = append(path.Deciders, model.ArrangementAuthorityFrom(path.Instrument, l.Edge, auth))
	}
	if path.Occupations, err = r.occupations(); err != nil {
		return nil, err
	}
	for _, h := range r.hops {
		dir := model.StepDirectionForward
		if h.back {
			h.from, h.to, dir = h.to, h.from, model.StepDirectionBackward
		}
		from, err := nodes.node(h.from)
		if err != nil {
			return nil, err
		}
		to, err := nodes.node(h.to)
		if err != nil {
			return nil, err
		}
		path.Steps = append(path.Steps, &model.RecognitionStep{
			Relation: h.rel, From: from, To: to, Direction: dir, Explanation: h.text, SourceIDs: h.sources, Confidence: stepConfidence(h),
		})
	}
	return path, nil
}

// employmentChannel maps a channel to its API type, which has no strength.
func (r *route) employmentChannel(nodes nodeCache) (*model.EmploymentChannel, error) {
	p, err := r.path(nodes)
	if err != nil {
		return nil, err
	}
	return &model.EmploymentChannel{
		Summary: p.Summary, Confidence: p.Confidence, Instrument: p.Instrument, Yields: p.Yields, Conditions: p.Conditions,
		DecidedBy: p.DecidedBy, Deciders: p.Deciders,
		Decision: p.Decision, Occupations: p.Occupations, Blocked: p.Blocked, Restrictions: p.Restrictions, Steps: p.Steps,
	}, nil
}

// occupations lists the occupations the route leads into, each open or
// blocked, with the destination's rules on it.
func (r *route) occupations() ([]*model.RouteOccupation, error) {
	out := []*model.RouteOccupation{}
	for _, id := range r.occs {
		occ, err := model.As[*model.Occupation](r.occRec[id])
		if err != nil {
			return nil, err
		}
		ro := &model.RouteOccupation{Occupation: occ, Blocked: !r.occOpen[id], Restrictions: []*model.Restriction{}}
		for _, res := range r.restrictions {
			if res.Occupation.ID == id {
				ro.Restrictions = append(ro.Restrictions, res)
			}
		}
		out = append(out, ro)
	}
	return out, nil
}

// ordered keeps the routes whose every step is sourced (a fact with no
// source is not loaded: nor is a route with such a step), sorted, each once.
func ordered(routes []*route) []*route {
	kept := []*route{}
	for _, r := range routes {
		ok := true
		for _, h := range r.hops {
			ok = ok && len(h.sources) > 0
		}
		if ok {
			kept = append(kept, r)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return routeLess(kept[i], kept[j]) })
	return dedupe(kept)
}

var strengthRank = map[model.RecognitionStrength]int{
	model.RecognitionStrengthFormal:      0,
	model.RecognitionStrengthConditional: 1,
	model.RecognitionStrengthAligned:     2,
	model.RecognitionStrengthComparable:  3,
	model.RecognitionStrengthProspect:    4,
}

func routeLess(a, b *route) bool {
	if ra, rb := strengthRank[a.strength], strengthRank[b.strength]; ra != rb {
		return ra < rb
	}
	if a.blocked != b.blocked {
		return !a.blocked
	}
	// Of two routes as strong, the one our data has checked at every step
	// first: a client that asks for the first few gets the best supported.
	if ua, ub := unverifiedHop(a), unverifiedHop(b); ua != ub {
		return !ua
	}
	if a.key != b.key {
		return a.key < b.key
	}
	return signature(a) < signature(b)
}

// unverifiedHop: some step r rests on is UNVERIFIED.
func unverifiedHop(r *route) bool { return unverifiedHopBut(r) }

// unverifiedHopBut: some step r rests on, other than a step of the
// relationships but, is UNVERIFIED.
func unverifiedHopBut(r *route, but ...string) bool {
	for _, h := range r.hops {
		if restsOn(h.rel) && !slices.Contains(but, h.rel) && stepConfidence(h) == model.ConfidenceUnverified {
			return true
		}
	}
	return false
}

// restsOn says whether a route rests on a step of this relationship: every
// step but the one naming who decides in the destination (ADMINISTERED_BY),
// which the route would hold without, as routes whose data names no
// deciding body do. That step keeps its own confidence, shown with it.
func restsOn(rel string) bool { return rel != model.RelAdministeredBy }

// restsOnUnverified is what a summary adds when the route rests on a step
// our data holds UNVERIFIED: a summary claims no more than its least sure
// step. A destination's rule is not counted, nor the relationships also:
// the summary already says of an unverified one that it is (maybeReserved
// for a rule; the fits' words for level references).
func restsOnUnverified(r *route, also ...string) string {
	if unverifiedHopBut(r, append(also, model.RelRestricts)...) {
		return " It rests on a step our data holds unverified (see its steps)."
	}
	return ""
}

func signature(r *route) string {
	var b strings.Builder
	for _, h := range r.hops {
		fmt.Fprintf(&b, "%s|%s|%s;", h.from.ID, h.rel, h.to.ID)
	}
	return b.String()
}

func dedupe(rs []*route) []*route {
	out := rs[:0]
	seen := map[string]bool{}
	for _, r := range rs {
		s := string(r.strength) + "#" + signature(r)
		if seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, r)
	}
	return out
}
