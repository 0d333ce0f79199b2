package recognition

import (
	"context"
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Query asks for the routes by which a subject held in one country is
// recognised in another.
type Query struct {
	From, To string // ISO codes of the countries of origin and destination
	Subject  string // ID of a qualification or an occupation
	First    int    // at most this many paths; 0 or less: all
}

// MaxPathCalls is the most Graph calls Paths makes for one question,
// whatever the size of the data.
const MaxPathCalls = 24

// Paths returns every route by which q.Subject, held in q.From, is
// recognised in q.To, strongest first (see the package's route kinds below),
// and whether the absence of routes is an answer (NO_ROUTE) or a gap in the
// data (NOT_COVERED).
//
// Route kinds:
//   - arrangement (FORMAL, or CONDITIONAL where the arrangement lists
//     conditions): an arrangement both countries are party to, that uses
//     some recognition approach, and that names the qualification (or a
//     standard it certifies) as recognised or covers an occupation it
//     qualifies for. A route entered through the occupation goes via the
//     regional certificates the arrangement recognises (e.g. the ACPE
//     register). One route per arrangement and occupation.
//   - ALIGNED: a standard the subject certifies (for an occupation: a
//     standard of the origin for it) is aligned to a regional benchmark that
//     a destination standard is aligned to, or directly to a destination
//     standard. One route per held and destination standard and benchmark.
//   - COMPARABLE: the subject's level (for an occupation: the level of an
//     origin qualification for it) is referenced, directly or through a
//     national level, to a reference-framework level that a destination level
//     is referenced to. One route per chain of references and destination
//     level. Comparability grants no recognition; the summary says so.
//
// Channels to work are listed apart (Channels, with no strength): an
// instrument in force that yields EMPLOYMENT_CHANNEL, recognises no skills,
// admits workers into q.To and covers an occupation the subject leads into.
// They do not count toward the outcome; the reason names them.
//
// Every route carries the destination's restrictions on its occupations
// (RESERVED_FOR_NATIONALS blocks it; other rules become conditions). Routes
// are sorted by strength, open before blocked, then instrument or
// destination ID; First is applied last. The reason says which kinds of
// route were not found and why; the outcome is NOT_COVERED when some kind
// could not be judged for lack of data, NO_ROUTE when every kind could.
//
// Graph calls, each for all IDs of one step: the countries and subject (1);
// the subject's occupations and standards (2); the arrangements covering
// those occupations or naming what is held, and their parties (3; one more,
// every arrangement the two countries share, only when none of those is
// shared); the destination's restrictions and both countries' frameworks
// (2); the destination's qualifications for the same occupations (1,
// qualifications only); the levels of what is held and of those (1); the
// arrangements' COVERS, RECOGNISES, ADMINISTERED_BY (3); ALIGNED_TO out,
// ALIGNED_TO in, the destination standards' qualifications (3);
// REFERENCED_TO up and down, at most refHops each (6); what replaced the
// superseded arrangements, when there are any (1). Hence MaxPathCalls.
// None of them grows with the number of arrangements, qualifications or
// standards the data holds beyond those that concern the subject.
//
// A missing country or subject is an error wrapping ErrNotFound; a
// qualification asked about from a country other than its own (HeldFrom) is
// an error wrapping ErrOrigin, and nothing of the question is answered.
func Paths(ctx context.Context, g Graph, q Query) (*model.RecognitionResult, error) {
	res, _, err := paths(ctx, g, q)
	return res, err
}

// paths is Paths, with the gaps that keep a NOT_COVERED answer open: one
// per kind of route our data could not judge (none for any other outcome).
func paths(ctx context.Context, g Graph, q Query) (*model.RecognitionResult, []Gap, error) {
	fromID, toID := "country:"+q.From, "country:"+q.To
	g, err := withPrefetch(ctx, g, []string{q.Subject, fromID, toID}, pathPlan)
	if err != nil {
		return nil, nil, err
	}
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{fromID, toID, q.Subject})
	if err != nil {
		return nil, nil, err
	}
	qn := &question{ctx: ctx, f: f, q: q, from: recs[fromID], to: recs[toID], subject: recs[q.Subject]}
	switch {
	case qn.from == nil || qn.from.Kind != model.KindCountry:
		return nil, nil, fmt.Errorf("%w: no country %q", ErrNotFound, q.From)
	case qn.to == nil || qn.to.Kind != model.KindCountry:
		return nil, nil, fmt.Errorf("%w: no country %q", ErrNotFound, q.To)
	case qn.subject == nil || (qn.subject.Kind != model.KindQualification && qn.subject.Kind != model.KindOccupation):
		return nil, nil, fmt.Errorf("%w: no qualification or occupation %q", ErrNotFound, q.Subject)
	}
	qn.isOcc = qn.subject.Kind == model.KindOccupation
	if err := qn.checkOrigin(ctx); err != nil {
		return nil, nil, err
	}
	if err := qn.gather(ctx); err != nil {
		return nil, nil, err
	}
	arr, err := qn.arrangements(ctx)
	if err != nil {
		return nil, nil, err
	}
	al, err := qn.alignment(ctx)
	if err != nil {
		return nil, nil, err
	}
	lv, err := qn.levelFacts(ctx)
	if err != nil {
		return nil, nil, err
	}

	arrRoutes, prospects, notes, arrWhy, err := arr.routes()
	if err != nil {
		return nil, nil, err
	}
	channels, err := arr.channels()
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	alRoutes, alWhy, err := al.routes()
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	cmpRoutes, cmpWhy, err := lv.routes(arrRoutes)
	if err != nil {
		return nil, nil, err
	}
	routes := append(append(arrRoutes, alRoutes...), cmpRoutes...)
	closed := "" // the rules that close the work, when no route was found
	if len(routes) == 0 {
		if closed, err = qn.closedToForeigners(); err != nil {
			return nil, nil, err
		}
	}
	return qn.answer(routes, prospects, channels, notes, closed, []verdict{arrWhy, alWhy, cmpWhy})
}

// answer keeps the sourced routes, sorts and deduplicates them, and says
// the outcome and why, and for a NOT_COVERED answer the gaps that keep it
// open.
func (qn *question) answer(routes, prospects, channels []*route, notes []string, closed string, verdicts []verdict) (*model.RecognitionResult, []Gap, error) {
	routes, prospects, channels = ordered(routes), ordered(prospects), ordered(channels)
	res := &model.RecognitionResult{Paths: []*model.RecognitionPath{}, Prospects: []*model.RecognitionPath{}, Channels: []*model.EmploymentChannel{}}
	var err error
	if res.From, err = model.As[*model.Country](qn.from); err != nil {
		return nil, nil, err
	}
	if res.To, err = model.As[*model.Country](qn.to); err != nil {
		return nil, nil, err
	}
	if res.Subject, err = model.FromRecord(qn.subject); err != nil {
		return nil, nil, err
	}
	var gaps []Gap
	res.Outcome, res.Reason, gaps = qn.outcome(routes, channels, notes, closed, verdicts)
	res.TotalPaths = len(routes)
	for _, r := range routes { // strongest first
		if !r.blocked {
			s := r.strength
			res.Strongest = &s
			break
		}
	}
	if qn.q.First > 0 && len(routes) > qn.q.First {
		routes = routes[:qn.q.First]
	}
	nodes := nodeCache{}
	for _, r := range routes {
		path, err := r.path(nodes)
		if err != nil {
			return nil, nil, err
		}
		res.Paths = append(res.Paths, path)
	}
	for _, r := range prospects {
		path, err := r.path(nodes)
		if err != nil {
			return nil, nil, err
		}
		res.Prospects = append(res.Prospects, path)
	}
	for _, r := range channels {
		c, err := r.employmentChannel(nodes)
		if err != nil {
			return nil, nil, err
		}
		res.Channels = append(res.Channels, c)
	}
	return res, gaps, nil
}

// outcome says what the routes found amount to and why (nil when there is
// nothing to say), and for NOT_COVERED the gaps of the kinds of route our
// data could not judge. closed names the verified reservations that close
// the work when no route was found (closedToForeigners).
func (qn *question) outcome(routes, channels []*route, notes []string, closed string, verdicts []verdict) (model.RecognitionOutcome, *string, []Gap) {
	var why []string
	var gaps []Gap
	for _, v := range verdicts {
		if v.why != "" {
			why = append(why, v.why)
		}
		if v.notCovered() {
			gaps = append(gaps, v.gap)
		}
	}
	why = append(why, notes...)
	if len(channels) > 0 {
		var names []string
		for _, c := range channels {
			names = append(names, name(c.instrument))
		}
		why = append(why, noteChannels(names))
	}
	// Only a verified rule blocks: routes blocked or closed only by
	// unverified rules are found, and the reason says they may be closed.
	allBlocked, allClosed, maybe := true, true, false
	for _, r := range routes {
		allBlocked = allBlocked && r.blocked
		allClosed = allClosed && (r.blocked || r.mayBeBlocked)
		maybe = maybe || r.mayBeBlocked
	}
	var o model.RecognitionOutcome
	switch {
	case len(routes) > 0 && allBlocked:
		o = model.RecognitionOutcomeAllBlocked
		rules, _ := qn.blockingRules(routes, false)
		why = append(why, whyAllBlocked(rules))
	case len(routes) > 0:
		o = model.RecognitionOutcomeRoutesFound
		if allClosed && maybe {
			why = append(why, whyMaybeAllBlocked(qn.blockingRules(routes, true)))
		}
	case closed != "":
		// Whatever our data lacks, no route would open the work: a
		// verified rule of the destination reserves it for its nationals.
		o = model.RecognitionOutcomeNoRoute
		why = append(why, whyClosed(closed))
	case len(gaps) > 0:
		o = model.RecognitionOutcomeNotCovered
	default:
		o = model.RecognitionOutcomeNoRoute
	}
	if o != model.RecognitionOutcomeNotCovered {
		gaps = nil
	}
	if len(why) == 0 {
		return o, nil, gaps
	}
	s := strings.Join(why, " ")
	return o, &s, gaps
}
