package recognition

import (
	"context"
	"fmt"
	"sort"
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
const MaxPathCalls = 23

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
// REFERENCED_TO up and down, at most refHops each (6). Hence MaxPathCalls.
// None of them grows with the number of arrangements, qualifications or
// standards the data holds beyond those that concern the subject.
//
// A missing country or subject is an error wrapping ErrNotFound.
func Paths(ctx context.Context, g Graph, q Query) (*model.RecognitionResult, error) {
	fromID, toID := "country:"+q.From, "country:"+q.To
	g, err := withPrefetch(ctx, g, []string{q.Subject, fromID, toID}, pathPlan)
	if err != nil {
		return nil, err
	}
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{fromID, toID, q.Subject})
	if err != nil {
		return nil, err
	}
	p := &finder{ctx: ctx, f: f, q: q, from: recs[fromID], to: recs[toID], subject: recs[q.Subject]}
	switch {
	case p.from == nil || p.from.Kind != model.KindCountry:
		return nil, fmt.Errorf("%w: no country %q", ErrNotFound, q.From)
	case p.to == nil || p.to.Kind != model.KindCountry:
		return nil, fmt.Errorf("%w: no country %q", ErrNotFound, q.To)
	case p.subject == nil || (p.subject.Kind != model.KindQualification && p.subject.Kind != model.KindOccupation):
		return nil, fmt.Errorf("%w: no qualification or occupation %q", ErrNotFound, q.Subject)
	}
	p.isOcc = p.subject.Kind == model.KindOccupation
	if err := p.gather(ctx); err != nil {
		return nil, err
	}
	return p.answer()
}

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

// finder gathers what one question needs, then builds its routes.
type finder struct {
	ctx               context.Context // the request's: every loop stops when it is done
	f                 fetch
	q                 Query
	from, to, subject *model.Record
	isOcc             bool

	routeOccs    []string                 // occupations the subject leads into, sorted
	occRec       map[string]*model.Record // by ID
	occEdge      map[string]model.Edge    // qualification subject: its QUALIFIES_FOR edges
	heldQuals    []held                   // the subject, or origin qualifications for the occupation
	toQuals      map[string][]occMatch    // destination qualifications for the route occupations
	toQualRecs   map[string]*model.Record // their records
	atLevel      map[string][]model.Link  // qualification ID -> AT_LEVEL links
	restricts    map[string][]model.Link  // occupation ID -> the destination's RESTRICTS links
	fwFrom       map[string]*model.Record // framework code -> origin framework
	fwTo         map[string]*model.Record // framework code -> destination framework
	partyFrom    map[string]model.Link    // arrangement ID -> its PARTY link to the origin
	partyTo      map[string]model.Link    // arrangement ID -> its PARTY link to the destination
	pair         []string                 // arrangements both countries are party to, sorted
	covers       map[string][]model.Link  // arrangement ID -> COVERS
	recog        map[string][]model.Link  // arrangement ID -> RECOGNISES
	admin        map[string][]model.Link  // arrangement ID -> ADMINISTERED_BY
	alignOut     map[string][]model.Link  // held standard -> ALIGNED_TO out
	alignIn      map[string][]model.Link  // benchmark or held standard -> ALIGNED_TO in
	certIn       map[string][]model.Link  // destination standard -> CERTIFIES in
	levels       map[string]*model.Record // every level seen
	upEdges      map[string][]model.Edge  // level -> its REFERENCED_TO edges walked up
	downEdges    map[string][]model.Edge  // destination level -> its REFERENCED_TO edges walked down
	pivots       map[string]bool          // reference-framework levels reached going up
	toLevels     []string                 // destination levels reached going down, sorted
	toReferenced bool                     // some destination level is referenced (known only when none was reached)
	heldStdOf    map[string]held          // standards the subject certifies (origin standards for an occupation), by ID
	benchOf      map[string][]model.Link  // held standard ID -> its ALIGNED_TO links to benchmarks
}

// gather makes the Graph calls, breadth-wise: at most MaxPathCalls.
func (p *finder) gather(ctx context.Context) error {
	p.occRec = map[string]*model.Record{}
	p.occEdge = map[string]model.Edge{}
	p.toQuals = map[string][]occMatch{}
	p.toQualRecs = map[string]*model.Record{}
	p.heldStdOf = map[string]held{}
	holdStd := func(h held) {
		if _, dup := p.heldStdOf[h.rec.ID]; !dup {
			p.heldStdOf[h.rec.ID] = h
		}
	}
	subj := p.subject.ID

	// The subject: what it leads into and what it holds (2 calls).
	if p.isOcc {
		p.routeOccs = []string{subj}
		p.occRec[subj] = p.subject
		qf, err := p.f.links(ctx, []string{subj}, model.RelQualifiesFor, model.In)
		if err != nil {
			return err
		}
		for _, l := range qf[subj] {
			switch l.Node.String("country") {
			case p.q.From:
				p.heldQuals = append(p.heldQuals, held{rec: l.Node, entry: &hop{
					rel: model.RelQualifiesFor, from: p.subject, to: l.Node, sources: l.Edge.Strings("sources"),
					text: fmt.Sprintf("%s, a qualification of %s, qualifies for %s.", name(l.Node), name(p.from), name(p.subject)),
				}})
			case p.q.To:
				p.toQuals[l.Node.ID] = append(p.toQuals[l.Node.ID], occMatch{occ: p.subject, edge: l.Edge})
				p.toQualRecs[l.Node.ID] = l.Node
			}
		}
		fo, err := p.f.links(ctx, []string{subj}, model.RelForOccupation, model.In)
		if err != nil {
			return err
		}
		for _, l := range fo[subj] {
			if l.Node.String("country") != p.q.From {
				continue
			}
			holdStd(held{rec: l.Node, entry: &hop{
				rel: model.RelForOccupation, from: p.subject, to: l.Node, sources: l.Edge.Strings("sources"),
				text: fmt.Sprintf("%s, a standard of %s, is for %s.", name(l.Node), name(p.from), name(p.subject)),
			}})
		}
	} else {
		qf, err := p.f.links(ctx, []string{subj}, model.RelQualifiesFor, model.Out)
		if err != nil {
			return err
		}
		for _, l := range qf[subj] {
			if _, dup := p.occRec[l.Node.ID]; dup {
				continue
			}
			p.routeOccs = append(p.routeOccs, l.Node.ID)
			p.occRec[l.Node.ID] = l.Node
			p.occEdge[l.Node.ID] = l.Edge
		}
		ce, err := p.f.links(ctx, []string{subj}, model.RelCertifies, model.Out)
		if err != nil {
			return err
		}
		for _, l := range ce[subj] {
			holdStd(held{rec: l.Node, entry: &hop{
				rel: model.RelCertifies, from: p.subject, to: l.Node, sources: l.Edge.Strings("sources"),
				text: fmt.Sprintf("%s certifies competence against %s.", name(p.subject), name(l.Node)),
			}})
		}
		p.heldQuals = []held{{rec: p.subject}}
	}
	sort.Strings(p.routeOccs)

	// The arrangements that could carry a route, found from the subject's
	// side so that the cost does not grow with the number of arrangements a
	// country is party to: those covering its occupations or naming it (or a
	// standard it certifies) as recognised; then their parties (3 calls).
	countries := []string{p.from.ID, p.to.ID}
	if err := p.gatherArrangements(ctx); err != nil {
		return err
	}
	// The destination's restrictions and both countries' frameworks (2 calls).
	rs, err := p.f.links(ctx, []string{p.to.ID}, model.RelRestricts, model.Out)
	if err != nil {
		return err
	}
	p.restricts = map[string][]model.Link{}
	for _, l := range rs[p.to.ID] {
		p.restricts[l.Node.ID] = append(p.restricts[l.Node.ID], l)
	}
	fw, err := p.f.links(ctx, countries, model.RelOfCountry, model.In)
	if err != nil {
		return err
	}
	p.fwFrom, p.fwTo = byCode(fw[p.from.ID]), byCode(fw[p.to.ID])

	// Destination qualifications for the same occupations (1 call), then the
	// levels of those and of what is held (1 call).
	if !p.isOcc {
		qf, err := p.f.links(ctx, p.routeOccs, model.RelQualifiesFor, model.In)
		if err != nil {
			return err
		}
		for _, occ := range p.routeOccs {
			for _, l := range qf[occ] {
				if l.Node.String("country") == p.q.To && l.Node.ID != subj {
					p.toQuals[l.Node.ID] = append(p.toQuals[l.Node.ID], occMatch{occ: p.occRec[occ], edge: l.Edge})
					p.toQualRecs[l.Node.ID] = l.Node
				}
			}
		}
	}
	qualIDs := []string{}
	for _, h := range p.heldQuals {
		qualIDs = append(qualIDs, h.rec.ID)
	}
	for id := range p.toQuals {
		qualIDs = append(qualIDs, id)
	}
	if p.atLevel, err = p.f.links(ctx, qualIDs, model.RelAtLevel, model.Out); err != nil {
		return err
	}

	// Arrangements both countries are party to (3 calls).
	if p.covers, err = p.f.links(ctx, p.pair, model.RelCovers, model.Out); err != nil {
		return err
	}
	if p.recog, err = p.f.links(ctx, p.pair, model.RelRecognises, model.Out); err != nil {
		return err
	}
	if p.admin, err = p.f.links(ctx, p.pair, model.RelAdministeredBy, model.Out); err != nil {
		return err
	}

	// Standards alignment (3 calls).
	if err := p.gatherAlignment(ctx); err != nil {
		return err
	}
	// Framework comparability (at most 2 * refHops calls).
	return p.gatherLevels(ctx)
}

// gatherArrangements finds the arrangements both countries are party to
// that cover the subject's occupations or name it, or a standard it holds,
// as recognised. Only when there are none does it list every arrangement the
// two countries share (one more call), so that the answer can say whether
// they share any at all.
func (p *finder) gatherArrangements(ctx context.Context) error {
	named := []string{}
	for _, h := range p.heldQuals {
		named = append(named, h.rec.ID)
	}
	for id := range p.heldStdOf {
		named = append(named, id)
	}
	covers, err := p.f.links(ctx, p.routeOccs, model.RelCovers, model.In)
	if err != nil {
		return err
	}
	recognises, err := p.f.links(ctx, named, model.RelRecognises, model.In)
	if err != nil {
		return err
	}
	arr := map[string]*model.Record{}
	for _, m := range []map[string][]model.Link{covers, recognises} {
		for _, ls := range m {
			for _, l := range ls {
				arr[l.Node.ID] = l.Node
			}
		}
	}
	ids := make([]string, 0, len(arr))
	for id := range arr {
		ids = append(ids, id)
	}
	parties, err := p.f.links(ctx, ids, model.RelParty, model.Out)
	if err != nil {
		return err
	}
	p.partyFrom, p.partyTo = map[string]model.Link{}, map[string]model.Link{}
	for id, ls := range parties {
		for _, l := range ls {
			seen := model.Link{Edge: l.Edge, Node: arr[id]} // as seen from the country
			switch l.Node.ID {
			case p.from.ID:
				p.partyFrom[id] = seen
			case p.to.ID:
				p.partyTo[id] = seen
			}
		}
	}
	p.setPair()
	if len(p.pair) > 0 {
		return nil
	}
	party, err := p.f.links(ctx, []string{p.from.ID, p.to.ID}, model.RelParty, model.In)
	if err != nil {
		return err
	}
	p.partyFrom, p.partyTo = byNode(party[p.from.ID]), byNode(party[p.to.ID])
	p.setPair()
	return nil
}

// setPair lists the arrangements both countries are party to.
func (p *finder) setPair() {
	p.pair = p.pair[:0]
	for id := range p.partyFrom {
		if _, ok := p.partyTo[id]; ok {
			p.pair = append(p.pair, id)
		}
	}
	sort.Strings(p.pair)
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

func byCode(ls []model.Link) map[string]*model.Record {
	m := make(map[string]*model.Record, len(ls))
	for _, l := range ls {
		m[l.Node.String("code")] = l.Node
	}
	return m
}

func (p *finder) gatherAlignment(ctx context.Context) error {
	heldIDs := make([]string, 0, len(p.heldStdOf))
	for id := range p.heldStdOf {
		heldIDs = append(heldIDs, id)
	}
	var err error
	if p.alignOut, err = p.f.links(ctx, heldIDs, model.RelAlignedTo, model.Out); err != nil {
		return err
	}
	p.benchOf = map[string][]model.Link{}
	ask := append([]string{}, heldIDs...)
	for _, id := range uniqueSorted(heldIDs) {
		for _, l := range p.alignOut[id] {
			if l.Node.String("country") == "" {
				p.benchOf[id] = append(p.benchOf[id], l)
				ask = append(ask, l.Node.ID)
			}
		}
	}
	if p.alignIn, err = p.f.links(ctx, ask, model.RelAlignedTo, model.In); err != nil {
		return err
	}
	var dest []string
	for _, id := range uniqueSorted(heldIDs) {
		for _, l := range p.alignOut[id] {
			if l.Node.String("country") == p.q.To {
				dest = append(dest, l.Node.ID)
			}
		}
	}
	for _, ls := range p.alignIn {
		for _, l := range ls {
			if l.Node.String("country") == p.q.To {
				dest = append(dest, l.Node.ID)
			}
		}
	}
	p.certIn, err = p.f.links(ctx, dest, model.RelCertifies, model.In)
	return err
}

// gatherLevels walks up from the held levels through the origin's
// frameworks to the levels of a reference framework (the AQRF), then down
// from those through the destination's frameworks.
func (p *finder) gatherLevels(ctx context.Context) error {
	p.levels = map[string]*model.Record{}
	p.upEdges = map[string][]model.Edge{}
	p.downEdges = map[string][]model.Edge{}
	p.pivots = map[string]bool{}
	var frontier []string
	for _, h := range p.heldQuals {
		for _, l := range p.atLevel[h.rec.ID] {
			p.levels[l.Node.ID] = l.Node
			frontier = append(frontier, l.Node.ID)
		}
	}
	for id := range p.toQuals {
		for _, l := range p.atLevel[id] {
			p.levels[l.Node.ID] = l.Node
		}
	}
	seen := map[string]bool{}
	for _, id := range frontier {
		seen[id] = true
	}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := p.f.links(ctx, frontier, model.RelReferencedTo, model.Out)
		if err != nil {
			return err
		}
		var next []string
		for _, id := range uniqueSorted(frontier) {
			for _, l := range ls[id] {
				p.upEdges[id] = append(p.upEdges[id], l.Edge)
				p.levels[l.Node.ID] = l.Node
				fw := l.Node.String("framework")
				switch {
				case p.fwFrom[fw] != nil:
					if !seen[l.Node.ID] {
						seen[l.Node.ID] = true
						next = append(next, l.Node.ID)
					}
				case p.fwTo[fw] == nil:
					p.pivots[l.Node.ID] = true
				}
			}
		}
		frontier = next
	}
	frontier = frontier[:0]
	for id := range p.pivots {
		frontier = append(frontier, id)
	}
	reached := map[string]bool{}
	for hop := 0; hop < refHops && len(frontier) > 0; hop++ {
		ls, err := p.f.links(ctx, frontier, model.RelReferencedTo, model.In)
		if err != nil {
			return err
		}
		var next []string
		for _, id := range uniqueSorted(frontier) {
			for _, l := range ls[id] {
				if p.fwTo[l.Node.String("framework")] == nil {
					continue
				}
				p.downEdges[l.Node.ID] = append(p.downEdges[l.Node.ID], l.Edge)
				p.levels[l.Node.ID] = l.Node
				if !reached[l.Node.ID] {
					reached[l.Node.ID] = true
					next = append(next, l.Node.ID)
				}
			}
		}
		frontier = next
	}
	for id := range reached {
		p.toLevels = append(p.toLevels, id)
	}
	sort.Strings(p.toLevels)
	if len(p.pivots) == 0 || len(p.toLevels) > 0 || len(p.fwTo) == 0 {
		return nil
	}
	// No destination level was reached, so the walk down made one call:
	// two more (within its budget) tell whether the destination's
	// frameworks are referenced at other levels (no route) or not at all
	// (not covered).
	var fwIDs []string
	for _, fw := range p.fwTo {
		fwIDs = append(fwIDs, fw.ID)
	}
	hl, err := p.f.links(ctx, fwIDs, model.RelHasLevel, model.Out)
	if err != nil {
		return err
	}
	var ids []string
	for _, ls := range hl {
		for _, l := range ls {
			ids = append(ids, l.Node.ID)
		}
	}
	refs, err := p.f.links(ctx, ids, model.RelReferencedTo, model.Out)
	if err != nil {
		return err
	}
	for _, ls := range refs {
		if len(ls) > 0 {
			p.toReferenced = true
		}
	}
	return nil
}

// answer builds, sorts and explains the routes.
func (p *finder) answer() (*model.RecognitionResult, error) {
	var routes []*route
	arr, arrWhy, err := p.arrangementRoutes()
	if err != nil {
		return nil, err
	}
	routes = append(routes, arr...)
	if err := p.ctx.Err(); err != nil {
		return nil, err
	}
	al, alWhy, err := p.alignedRoutes()
	if err != nil {
		return nil, err
	}
	routes = append(routes, al...)
	if err := p.ctx.Err(); err != nil {
		return nil, err
	}
	cmp, cmpWhy, err := p.comparableRoutes(arr)
	if err != nil {
		return nil, err
	}
	routes = append(routes, cmp...)

	// A fact with no source is not loaded: nor is a route with such a step.
	kept := routes[:0]
	for _, r := range routes {
		ok := true
		for _, h := range r.hops {
			if len(h.sources) == 0 {
				ok = false
			}
		}
		if ok {
			kept = append(kept, r)
		}
	}
	routes = kept
	sort.SliceStable(routes, func(i, j int) bool { return routeLess(routes[i], routes[j]) })
	routes = dedupe(routes)

	res := &model.RecognitionResult{Paths: []*model.RecognitionPath{}}
	if res.From, err = model.As[*model.Country](p.from); err != nil {
		return nil, err
	}
	if res.To, err = model.As[*model.Country](p.to); err != nil {
		return nil, err
	}
	if res.Subject, err = model.FromRecord(p.subject); err != nil {
		return nil, err
	}

	verdicts := []verdict{arrWhy, alWhy, cmpWhy}
	var why []string
	notCovered := false
	for _, v := range verdicts {
		if v.why != "" {
			why = append(why, v.why)
		}
		notCovered = notCovered || v.notCovered
	}
	switch {
	case len(routes) > 0:
		res.Outcome = model.RecognitionOutcomeRoutesFound
		allBlocked := true
		for _, r := range routes {
			allBlocked = allBlocked && r.blocked
		}
		if allBlocked {
			why = append(why, fmt.Sprintf("Every route found is blocked: %s.", p.blockingRules(routes)))
		}
	case notCovered:
		res.Outcome = model.RecognitionOutcomeNotCovered
	default:
		res.Outcome = model.RecognitionOutcomeNoRoute
	}
	if len(why) > 0 {
		s := strings.Join(why, " ")
		res.Reason = &s
	}

	if p.q.First > 0 && len(routes) > p.q.First {
		routes = routes[:p.q.First]
	}
	nodes := map[string]model.Node{}
	node := func(r *model.Record) (model.Node, error) {
		if n, ok := nodes[r.ID]; ok {
			return n, nil
		}
		n, err := model.FromRecord(r)
		if err != nil {
			return nil, err
		}
		nodes[r.ID] = n
		return n, nil
	}
	for _, r := range routes {
		path := &model.RecognitionPath{
			Strength: r.strength, Summary: r.summary, Conditions: nonNil(r.conditions),
			Blocked: r.blocked, Restrictions: r.restrictions, Steps: []*model.RecognitionStep{},
		}
		if path.Restrictions == nil {
			path.Restrictions = []*model.Restriction{}
		}
		if r.instrument != nil {
			if path.Instrument, err = model.As[*model.Arrangement](r.instrument); err != nil {
				return nil, err
			}
		}
		for _, h := range r.hops {
			from, err := node(h.from)
			if err != nil {
				return nil, err
			}
			to, err := node(h.to)
			if err != nil {
				return nil, err
			}
			path.Steps = append(path.Steps, &model.RecognitionStep{
				Relation: h.rel, From: from, To: to, Explanation: h.text, SourceIDs: h.sources, Confidence: stepConfidence(h),
			})
		}
		res.Paths = append(res.Paths, path)
	}
	return res, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
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

// verdict says why a kind of route was not found: why is empty when some
// were; notCovered says the data does not cover it (unknown, not none).
type verdict struct {
	why        string
	notCovered bool
}

// withRestrictions adds the destination's rules on the route's occupations:
// their restrictions, conditions and steps; the route is blocked when every
// occupation it leads into is reserved for nationals. arrangement is the
// route's instrument, nil for the routes that have none.
func (p *finder) withRestrictions(r *route, occs []string, arrangement *model.Record) error {
	r.occs = occs
	toCountry, err := model.As[*model.Country](p.to)
	if err != nil {
		return err
	}
	reserved := 0
	for _, occID := range occs {
		ls := p.restricts[occID]
		isReserved := false
		for _, l := range ls {
			occ, err := model.As[*model.Occupation](l.Node)
			if err != nil {
				return err
			}
			res := model.RestrictionFrom(l.Edge, toCountry, occ)
			r.restrictions = append(r.restrictions, res)
			since := ""
			if res.Since != nil {
				since = ", since " + *res.Since
			}
			var cond, text string
			switch res.Rule {
			case model.RestrictionRuleReservedForNationals:
				isReserved = true
				cond = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s This route does not open that job there.",
					name(p.to), name(l.Node), res.Rule, since, res.Description)
				text = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s", name(p.to), name(l.Node), res.Rule, since, res.Description)
			case model.RestrictionRuleAgreementOnly:
				satisfied := "comparability or alignment alone does not meet it; an arrangement route does"
				if arrangement != nil {
					satisfied = "on this route the " + name(arrangement) + " is that agreement"
				}
				cond = fmt.Sprintf("%s opens %s to foreigners only under an agreement binding it (%s%s); %s. The rule: %s",
					name(p.to), name(l.Node), res.Rule, since, satisfied, res.Description)
				text = fmt.Sprintf("%s opens %s to foreigners only under an agreement (%s%s): %s", name(p.to), name(l.Node), res.Rule, since, res.Description)
			default:
				cond = fmt.Sprintf("%s's rule on %s (%s%s): %s", name(p.to), name(l.Node), res.Rule, since, res.Description)
				text = fmt.Sprintf("%s restricts %s for foreigners (%s%s): %s", name(p.to), name(l.Node), res.Rule, since, res.Description)
			}
			r.conditions = append(r.conditions, cond)
			r.hops = append(r.hops, hop{rel: model.RelRestricts, from: p.to, to: l.Node, text: text, sources: l.Edge.Strings("sources")})
		}
		if isReserved {
			reserved++
		}
	}
	r.blocked = len(occs) > 0 && reserved == len(occs)
	return nil
}

// blockingRules names the reservations that block the routes.
func (p *finder) blockingRules(rs []*route) string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rs {
		for _, res := range r.restrictions {
			if res.Rule != model.RestrictionRuleReservedForNationals || seen[res.Occupation.ID] {
				continue
			}
			seen[res.Occupation.ID] = true
			s := fmt.Sprintf("%s reserves %s for its nationals", name(p.to), name(p.occRec[res.Occupation.ID]))
			if p.occRec[res.Occupation.ID] == nil {
				s = fmt.Sprintf("%s reserves %s (ISCO-08 %s) for its nationals", name(p.to), res.Occupation.Title, res.Occupation.IscoCode)
			}
			if res.Since != nil {
				s += " (rule since " + *res.Since + ": " + strings.TrimSuffix(res.Description, ".") + ")"
			} else {
				s += " (" + strings.TrimSuffix(res.Description, ".") + ")"
			}
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}
