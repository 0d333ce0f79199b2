package recognition

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// brunei is the seed with a test arrangement in force between the
// Philippines and Brunei that covers bakers (ISCO-08 7512), and more
// edges. No arrangement of the seed covers an occupation Brunei's 2014
// work-permit freeze names, so the seed alone asks no such question.
func brunei(t *testing.T, edges ...model.Edge) *memstore.Store {
	t.Helper()
	return bruneiYielding(t, "SKILLS_CERTIFICATE", edges...)
}

// bruneiYielding is brunei with a test arrangement that yields what yields
// names.
func bruneiYielding(t *testing.T, yields string, edges ...model.Edge) *memstore.Store {
	t.Helper()
	arr := &model.Record{ID: "arrangement:test-ph-bn", Kind: model.KindArrangement, Props: map[string]any{
		"title": "Test PH–BN arrangement", "type": "MRS", "approaches": []string{"ASSESSMENT_RPL"}, "grantsRecognition": true,
		"lifecycle": "IN_FORCE", "yields": yields, "conditions": []string{}, "confidence": "verified"}}
	return augmented(t, []*model.Record{arr}, append([]model.Edge{
		{Type: model.RelParty, From: arr.ID, To: "country:PH"},
		{Type: model.RelParty, From: arr.ID, To: "country:BN"},
		{Type: model.RelCovers, From: arr.ID, To: "occupation:7512"},
	}, edges...)...)
}

func askBrunei(t *testing.T, s Graph) *model.RecognitionResult {
	t.Helper()
	res, err := Paths(context.Background(), s, Query{From: "PH", To: "BN", Subject: "qualification:ph-tesda-nc2-bread-and-pastry-production"})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A route is certainly blocked only by a verified rule. Brunei's
// reservation of bakers for its nationals rests on a 2014 press report
// (UNVERIFIED): the route is shown with the rule, worded as unverified, and
// not counted as blocked, so the answer is not ALL_BLOCKED.
func TestUnverifiedReservationDoesNotBlock(t *testing.T) {
	res := askBrunei(t, brunei(t))
	if res.Outcome != model.RecognitionOutcomeRoutesFound || len(res.Paths) != 1 {
		t.Fatalf("outcome %s with %d paths, want ROUTES_FOUND and one:\n%s", res.Outcome, len(res.Paths), dump(res))
	}
	p := res.Paths[0]
	if p.Blocked || len(p.Occupations) != 1 || p.Occupations[0].Blocked {
		t.Errorf("route blocked %v, occupations %d (first blocked: %v): want open, one occupation, open:\n%s",
			p.Blocked, len(p.Occupations), len(p.Occupations) > 0 && p.Occupations[0].Blocked, dump(res))
	}
	if len(p.Restrictions) != 1 || p.Restrictions[0].Confidence != model.ConfidenceUnverified ||
		p.Restrictions[0].Note == nil || !strings.HasPrefix(*p.Restrictions[0].Note, "Unverified: read only in a newspaper's report") {
		t.Errorf("restrictions %+v: want Brunei's rule on bakers, UNVERIFIED, with its note", p.Restrictions)
	}
	bakers := "Bakers, pastry-cooks and confectionery makers (ISCO-08 7512)"
	wantSummary := "Brunei Darussalam may reserve " + bakers + " for its nationals, but our source for this is unverified: " +
		"the route is not counted as blocked, and if the rule holds it does not open that job."
	if !strings.HasSuffix(p.Summary, wantSummary) || strings.Contains(p.Summary, "Blocked") || strings.Contains(p.Summary, " reserves ") {
		t.Errorf("summary %q\nwant it to end %q and state no block", p.Summary, wantSummary)
	}
	why := "our source for this is unverified (read only in a newspaper's report of the minister's speech; the Department of Labour's " +
		"policy page confirms a freeze on posts but names none, and whether this suspension still holds is not known. ISCO mapping ours)"
	wantCond := "Brunei Darussalam may reserve " + bakers + " for its nationals (RESERVED_FOR_NATIONALS): " + why + ". As our source reports it: Brunei's Minister"
	if len(p.Conditions) != 1 || !strings.HasPrefix(p.Conditions[0], wantCond) ||
		!strings.HasSuffix(p.Conditions[0], "Applies to bakers. If the rule holds, this route does not open that job there.") {
		t.Errorf("conditions %q\nwant one, beginning %q", p.Conditions, wantCond)
	}
	var step *model.RecognitionStep
	for _, s := range p.Steps {
		if s.Relation == model.RelRestricts {
			step = s
		}
	}
	if step == nil || step.Confidence != model.ConfidenceUnverified || !strings.HasPrefix(step.Explanation, "Brunei Darussalam may reserve "+bakers) {
		t.Errorf("RESTRICTS step %+v: want it UNVERIFIED and worded 'may reserve'", step)
	}
	wantReason := "No route found is certainly blocked, but every one would be if the unverified rule holds: " +
		"Brunei Darussalam may reserve " + bakers + " for its nationals (our source for this is unverified: read only in a newspaper's report " +
		"of the minister's speech; the Department of Labour's policy page confirms a freeze on posts but names none, and whether this " +
		"suspension still holds is not known. ISCO mapping ours)."
	if r := reason(res); !strings.HasSuffix(r, wantReason) || strings.Contains(r, "Every route found is blocked") {
		t.Errorf("reason = %q\nwant it to end %q", r, wantReason)
	}
}

// A verified reservation beside the unverified one blocks the route, and
// the answer cites the verified rule alone.
func TestVerifiedReservationBlocks(t *testing.T) {
	res := askBrunei(t, brunei(t, model.Edge{Type: model.RelRestricts, From: "country:BN", To: "occupation:7512", Props: map[string]any{
		"rule": "RESERVED_FOR_NATIONALS", "since": "2020", "description": "Test rule: bakers are reserved for nationals.", "confidence": "verified"}}))
	if res.Outcome != model.RecognitionOutcomeAllBlocked || len(res.Paths) != 1 || !res.Paths[0].Blocked || !res.Paths[0].Occupations[0].Blocked {
		t.Fatalf("outcome %s, want ALL_BLOCKED with its one route blocked:\n%s", res.Outcome, dump(res))
	}
	want := "Every route found is blocked: Brunei Darussalam reserves Bakers, pastry-cooks and confectionery makers (ISCO-08 7512) " +
		"for its nationals (rule since 2020: Test rule: bakers are reserved for nationals)."
	if r := reason(res); !strings.HasSuffix(r, want) || strings.Contains(r, "may reserve") {
		t.Errorf("reason = %q\nwant it to end %q, citing the verified rule alone", r, want)
	}
	if !strings.HasPrefix(res.Paths[0].Summary, "Blocked in Brunei Darussalam: ") || !strings.Contains(res.Paths[0].Summary, "(rule since 2020)") {
		t.Errorf("summary %q: want it blocked by the 2020 rule", res.Paths[0].Summary)
	}
}

// reason is the answer's reason, empty when it has none.
func reason(res *model.RecognitionResult) string {
	if res.Reason == nil {
		return ""
	}
	return *res.Reason
}

// A route into an open job and a job an unverified rule may reserve is
// open: its summary says which job it may not open, and the reason says
// nothing of blocking. Any unverified rule says so in its condition.
func TestUnverifiedReservationBesideOpenJob(t *testing.T) {
	res := askBrunei(t, brunei(t,
		model.Edge{Type: model.RelQualifiesFor, From: "qualification:ph-tesda-nc2-bread-and-pastry-production", To: "occupation:7112"},
		model.Edge{Type: model.RelCovers, From: "arrangement:test-ph-bn", To: "occupation:7112"},
		model.Edge{Type: model.RelRestricts, From: "country:BN", To: "occupation:7112", Props: map[string]any{
			"rule": "AGREEMENT_ONLY", "description": "Test rule.", "confidence": "unverified", "note": "Unverified: test note."}},
	))
	if res.Outcome != model.RecognitionOutcomeRoutesFound || len(res.Paths) != 1 || res.Paths[0].Blocked {
		t.Fatalf("outcome %s, want ROUTES_FOUND with one open route:\n%s", res.Outcome, dump(res))
	}
	p := res.Paths[0]
	want := "Brunei Darussalam may reserve Bakers, pastry-cooks and confectionery makers (ISCO-08 7512) for its nationals, " +
		"but our source for this is unverified: if the rule holds, this route does not open that job."
	if !strings.HasSuffix(p.Summary, want) {
		t.Errorf("summary %q\nwant it to end %q", p.Summary, want)
	}
	if r := reason(res); strings.Contains(r, "blocked") {
		t.Errorf("reason %q speaks of blocking; one job of the route is open", r)
	}
	wantCond := "Brunei Darussalam opens Bricklayers and related workers (ISCO-08 7112) to foreigners only under an agreement binding it (AGREEMENT_ONLY); " +
		"on this route the Test PH–BN arrangement is the agreement that could meet it; whether it does, the rule as our sources report it does not say. The rule: Test rule. Our source for this rule is unverified (test note)."
	if !slices.Contains(p.Conditions, wantCond) {
		t.Errorf("conditions %q\nwant %q among them", p.Conditions, wantCond)
	}
}

// A rule that a licence is required is a condition, never a block: the
// route stays open, and its condition says that recognition is at most
// eligibility to apply for the host's licence, unless the route's
// arrangement itself leads to that licence.
func TestLicenceRequiredIsAConditionNotABlock(t *testing.T) {
	rule := model.Edge{Type: model.RelRestricts, From: "country:BN", To: "occupation:7512", Props: map[string]any{
		"rule": "LICENCE_REQUIRED", "since": "2011", "description": "Test licensing rule.", "confidence": "verified"}}
	bakers := "Bakers, pastry-cooks and confectionery makers (ISCO-08 7512)"
	for _, c := range []struct {
		yields, how string
	}{
		{"SKILLS_CERTIFICATE", "recognition on this route is not that licence: at most it makes the person eligible to apply for it there"},
		{"LICENCE", "on this route the Test PH–BN arrangement leads to that licence, which Brunei Darussalam's regulator grants"},
	} {
		res := askBrunei(t, bruneiYielding(t, c.yields, rule))
		if res.Outcome != model.RecognitionOutcomeRoutesFound || len(res.Paths) != 1 || res.Paths[0].Blocked {
			t.Fatalf("yields %s: outcome %s, want ROUTES_FOUND with one open route:\n%s", c.yields, res.Outcome, dump(res))
		}
		p := res.Paths[0]
		if len(p.Occupations) != 1 || p.Occupations[0].Blocked || strings.Contains(p.Summary, "Blocked") {
			t.Errorf("yields %s: the bakers' job is closed or the summary %q speaks of a block", c.yields, p.Summary)
		}
		want := "Brunei Darussalam requires its own registration or licence for the regulated work of " + bakers + " (LICENCE_REQUIRED, since 2011); " +
			c.how + ". The rule: Test licensing rule."
		if !slices.Contains(p.Conditions, want) {
			t.Errorf("yields %s: conditions %q\nwant %q among them", c.yields, p.Conditions, want)
		}
	}
}

// A rule that has ended (until) travels with no route: a verified
// reservation for nationals that was reversed blocks nothing, and the route
// does not list it.
func TestEndedRuleTravelsWithNoRoute(t *testing.T) {
	res := askBrunei(t, brunei(t, model.Edge{Type: model.RelRestricts, From: "country:BN", To: "occupation:7512", Props: map[string]any{
		"rule": "RESERVED_FOR_NATIONALS", "since": "2014", "until": "2015-06", "description": "Test rule, since reversed.", "confidence": "verified"}}))
	if res.Outcome != model.RecognitionOutcomeRoutesFound || len(res.Paths) != 1 || res.Paths[0].Blocked {
		t.Fatalf("outcome %s, want ROUTES_FOUND with one open route:\n%s", res.Outcome, dump(res))
	}
	for _, r := range res.Paths[0].Restrictions {
		if r.Until != nil || r.Description == "Test rule, since reversed." {
			t.Errorf("the route lists the ended rule %+v", r)
		}
	}
	for _, c := range res.Paths[0].Conditions {
		if strings.Contains(c, "Test rule, since reversed.") {
			t.Errorf("condition %q states the ended rule", c)
		}
	}
}

// A route into several jobs, one of which a verified rule of the
// destination reserves for its nationals, stays open for the others: the
// reserved job stays on it, blocked, and its summary says the route does
// not open that job. The seed has no such route (neither the tourism MRA
// nor its certificate is mapped to travel guides, which Thailand
// reserves): the test maps both.
func TestOpenRouteNamesTheJobAVerifiedRuleCloses(t *testing.T) {
	s := augmented(t, nil, model.Edge{Type: model.RelCovers, From: "arrangement:asean-mra-tourism", To: "occupation:5113"},
		model.Edge{Type: model.RelQualifiesFor, From: "qualification:asean-tourism-professional", To: "occupation:5113"})
	res, err := Paths(context.Background(), s, Query{From: "VN", To: "TH", Subject: "qualification:asean-tourism-professional"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.RecognitionOutcomeRoutesFound || len(res.Paths) != 1 {
		t.Fatalf("outcome %s with %d paths, want ROUTES_FOUND and the tourism MRA's one:\n%s", res.Outcome, len(res.Paths), dump(res))
	}
	p := res.Paths[0]
	var got []string
	for _, o := range p.Occupations {
		got = append(got, o.Occupation.IscoCode+" blocked="+strconv.FormatBool(o.Blocked))
	}
	want := []string{"3434 blocked=false", "4221 blocked=false", "4224 blocked=false", "5113 blocked=true", "5120 blocked=false",
		"5131 blocked=false", "5132 blocked=false", "5151 blocked=false", "9112 blocked=false"}
	if d := diffLines(got, want); d != "" {
		t.Errorf("occupations: %s", d)
	}
	if p.Blocked || !strings.HasSuffix(p.Summary, " Thailand reserves Travel guides (ISCO-08 5113) for its nationals: this route does not open that job.") {
		t.Errorf("blocked %v, summary %q; want open, and saying tour guiding is closed", p.Blocked, p.Summary)
	}
}

// No route found into work the destination reserves for its nationals by
// a verified rule: the data does say there is none (NO_ROUTE, no gap left
// open), and the reason cites the rule. A rule whose record is UNVERIFIED
// closes nothing: the question stays open.
func TestReservedWorkHasNoRoute(t *testing.T) {
	res, gaps, err := paths(context.Background(), store(t), Query{From: "TH", To: "VN", Subject: "occupation:5113"})
	if err != nil {
		t.Fatal(err)
	}
	want := "No route can open the work there: Viet Nam reserves Travel guides (ISCO-08 5113) for its nationals (rule since 2018: " +
		"Under Article 59 of the Law on Tourism 2017"
	if res.Outcome != model.RecognitionOutcomeNoRoute || len(res.Paths) != 0 || gaps != nil || !strings.Contains(reason(res), want) {
		t.Errorf("outcome %s, %d paths, gaps %v, reason %q; want NO_ROUTE, none, no gap, and %q…", res.Outcome, len(res.Paths), gaps, reason(res), want)
	}
	res, gaps, err = paths(context.Background(), store(t), Query{From: "TH", To: "MM", Subject: "occupation:5113"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Outcome != model.RecognitionOutcomeNotCovered || len(gaps) == 0 || strings.Contains(reason(res), "No route can open") {
		t.Errorf("Myanmar's unverified reservation: outcome %s, gaps %v, reason %q; want NOT_COVERED, with its gaps, closing nothing", res.Outcome, gaps, reason(res))
	}
}
