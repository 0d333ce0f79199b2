package recognition

import (
	"fmt"
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
}

// stepConfidence is UNVERIFIED when the relationship or either end of the
// step is: a route is only as sure as its least sure step.
func stepConfidence(h hop) model.Confidence {
	for _, c := range []string{h.confidence, h.from.String("confidence"), h.to.String("confidence")} {
		if c == "unverified" {
			return model.ConfidenceUnverified
		}
	}
	return model.ConfidenceVerified
}

// A route is one path before it is mapped to the API type.
type route struct {
	strength     model.RecognitionStrength
	key          string // instrument or destination ID, for sorting
	summary      string
	conditions   []string
	instrument   *model.Record
	blocked      bool
	restrictions []*model.Restriction
	hops         []hop
	occs         []string // the occupations the route leads into
}

// verdict says why a kind of route was not found: why is empty when some
// were; notCovered says the data does not cover it (unknown, not none).
type verdict struct {
	why        string
	notCovered bool
}

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
		Strength: r.strength, Summary: r.summary, Conditions: nonNil(r.conditions),
		Blocked: r.blocked, Restrictions: r.restrictions, Steps: []*model.RecognitionStep{},
	}
	if path.Restrictions == nil {
		path.Restrictions = []*model.Restriction{}
	}
	var err error
	if r.instrument != nil {
		if path.Instrument, err = model.As[*model.Arrangement](r.instrument); err != nil {
			return nil, err
		}
	}
	for _, h := range r.hops {
		from, err := nodes.node(h.from)
		if err != nil {
			return nil, err
		}
		to, err := nodes.node(h.to)
		if err != nil {
			return nil, err
		}
		path.Steps = append(path.Steps, &model.RecognitionStep{
			Relation: h.rel, From: from, To: to, Explanation: h.text, SourceIDs: h.sources, Confidence: stepConfidence(h),
		})
	}
	return path, nil
}

var strengthRank = map[model.RecognitionStrength]int{
	model.RecognitionStrengthFormal:      0,
	model.RecognitionStrengthConditional: 1,
	model.RecognitionStrengthAligned:     2,
	model.RecognitionStrengthComparable:  3,
}

func routeLess(a, b *route) bool {
	if ra, rb := strengthRank[a.strength], strengthRank[b.strength]; ra != rb {
		return ra < rb
	}
	if a.blocked != b.blocked {
		return !a.blocked
	}
	if a.key != b.key {
		return a.key < b.key
	}
	return signature(a) < signature(b)
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
