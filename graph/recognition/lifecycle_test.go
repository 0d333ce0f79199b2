package recognition

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A route never claims more than its instrument: only one in force gives a
// route; one signed, a pilot or a discussion is a prospect, never worded
// recognised; a superseded or ended one gives none, and says why.
func TestPathsLifecycle(t *testing.T) {
	ask := func(t *testing.T, s Graph) *model.RecognitionResult {
		t.Helper()
		res, err := Paths(context.Background(), s, Query{From: "PH", To: "TL", Subject: "qualification:test-ph-pqf8-cook"})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	for _, lc := range []string{"SIGNED", "PILOT", "UNDER_DISCUSSION"} {
		t.Run(lc+" is a prospect", func(t *testing.T) {
			res := ask(t, timorLesteWith(t, "occupation:5120", lc, nil))
			if len(res.Paths) != 0 || len(res.Prospects) != 1 {
				t.Fatalf("%d paths, %d prospects; want none and one:\n%s", len(res.Paths), len(res.Prospects), dump(res))
			}
			p := res.Prospects[0]
			if p.Strength != model.RecognitionStrengthProspect || p.Instrument == nil || p.Instrument.ID != "arrangement:test-ph-tl" {
				t.Errorf("prospect %s %v, want PROSPECT of the test arrangement", p.Strength, p.Instrument)
			}
			if strings.Contains(strings.ToLower(p.Summary), "recognised") || !strings.HasPrefix(p.Summary, "A prospect only: ") {
				t.Errorf("summary %q: want a prospect, never worded recognised", p.Summary)
			}
			if res.Outcome == model.RecognitionOutcomeRoutesFound || res.Outcome == model.RecognitionOutcomeAllBlocked {
				t.Errorf("outcome %s: a prospect is no route", res.Outcome)
			}
			if res.Reason == nil || !strings.Contains(*res.Reason, "No arrangement route in force: the Test PH–TL arrangement is not in force (listed apart, under prospects).") {
				t.Errorf("reason = %v", res.Reason)
			}
		})
	}
	old := &model.Record{ID: "arrangement:test-ph-tl-2010", Kind: model.KindArrangement, Props: map[string]any{
		"title": "Test PH–TL arrangement of 2010", "type": "MRS", "approaches": []string{"ASSESSMENT_RPL"}, "grantsRecognition": true,
		"lifecycle": "SUPERSEDED", "yields": "SKILLS_CERTIFICATE", "conditions": []string{}, "confidence": "verified"}}
	oldEdges := []model.Edge{
		{Type: model.RelParty, From: old.ID, To: "country:PH"},
		{Type: model.RelParty, From: old.ID, To: "country:TL"},
		{Type: model.RelCovers, From: old.ID, To: "occupation:5120"},
		{Type: model.RelSupersededBy, From: old.ID, To: "arrangement:test-ph-tl"},
	}
	t.Run("a superseded instrument gives no route and names its successor", func(t *testing.T) {
		res := ask(t, timorLesteWith(t, "occupation:7112", "IN_FORCE", []*model.Record{old}, oldEdges...))
		if len(res.Paths) != 0 || len(res.Prospects) != 0 {
			t.Fatalf("%d paths, %d prospects; want none:\n%s", len(res.Paths), len(res.Prospects), dump(res))
		}
		want := "The Test PH–TL arrangement of 2010 is superseded by the Test PH–TL arrangement: it gives no route of its own."
		if res.Reason == nil || !strings.Contains(*res.Reason, want) {
			t.Errorf("reason = %v, want it to say %q", res.Reason, want)
		}
	})
	t.Run("its successor in force gives the route", func(t *testing.T) {
		res := ask(t, timorLesteWith(t, "occupation:5120", "IN_FORCE", []*model.Record{old}, oldEdges...))
		if len(res.Paths) != 1 || res.Paths[0].Instrument.ID != "arrangement:test-ph-tl" {
			t.Fatalf("want one route, by the successor:\n%s", dump(res))
		}
	})
	t.Run("an ended instrument gives no route", func(t *testing.T) {
		ended := *old
		ended.Props = map[string]any{}
		for k, v := range old.Props {
			ended.Props[k] = v
		}
		ended.Props["lifecycle"], ended.Props["endedOn"] = "ENDED", "2020"
		res := ask(t, timorLesteWith(t, "occupation:7112", "IN_FORCE", []*model.Record{&ended}, oldEdges[:3]...))
		want := "The Test PH–TL arrangement of 2010 is ended (on 2020): it gives no route."
		if len(res.Paths) != 0 || res.Reason == nil || !strings.Contains(*res.Reason, want) {
			t.Errorf("%d paths, reason %v; want none and %q", len(res.Paths), res.Reason, want)
		}
	})
}

// A destination whose only framework is recorded as not yet referenced,
// with no level referenced in our data, closes the framework route: a fact,
// not a gap. (The answer stays NOT_COVERED only for the standards route: no
// destination standard aligned to the benchmark is loaded.)
func TestPathsClosedUnreferencedDestination(t *testing.T) {
	s := augmented(t,
		[]*model.Record{
			testNode("qualification:test-ph-pqf8-cook", model.KindQualification, map[string]any{"title": "Test doctorate in cookery", "country": "PH", "level": "level:PQF:8"}),
			testNode("standard:test-ph-cookery", model.KindStandard, map[string]any{"title": "Test cookery standard", "kind": "NATIONAL", "country": "PH"}),
			snqtlNotStarted(t),
			testNode("arrangement:test-ph-tl", model.KindArrangement, map[string]any{"title": "Test PH–TL arrangement", "type": "MRS", "approaches": []string{"ASSESSMENT_RPL"},
				"grantsRecognition": true, "lifecycle": "IN_FORCE", "yields": "SKILLS_CERTIFICATE", "conditions": []string{}}),
		},
		model.Edge{Type: model.RelAtLevel, From: "qualification:test-ph-pqf8-cook", To: "level:PQF:8"},
		model.Edge{Type: model.RelQualifiesFor, From: "qualification:test-ph-pqf8-cook", To: "occupation:5120"},
		model.Edge{Type: model.RelCertifies, From: "qualification:test-ph-pqf8-cook", To: "standard:test-ph-cookery"},
		model.Edge{Type: model.RelAlignedTo, From: "standard:test-ph-cookery", To: "standard:accstp"},
		model.Edge{Type: model.RelParty, From: "arrangement:test-ph-tl", To: "country:PH"},
		model.Edge{Type: model.RelParty, From: "arrangement:test-ph-tl", To: "country:TL"},
		model.Edge{Type: model.RelCovers, From: "arrangement:test-ph-tl", To: "occupation:7112"},
	)
	res, gaps, err := paths(context.Background(), s, Query{From: "PH", To: "TL", Subject: "qualification:test-ph-pqf8-cook"})
	if err != nil {
		t.Fatal(err)
	}
	want := "No framework route: no level of Timor-Leste's SNQTL is referenced to the AQRF in our data (SNQTL referencing to the AQRF: NOT_STARTED"
	if res.Outcome != model.RecognitionOutcomeNotCovered || !slices.Equal(gaps, []Gap{GapDestinationNotAligned}) || res.Reason == nil || !strings.Contains(*res.Reason, want) {
		t.Errorf("outcome %s, gaps %v, reason %q; want NOT_COVERED, only %s, and %q", res.Outcome, gaps, deref(res.Reason), GapDestinationNotAligned, want)
	}
}

// Ask asks every question and tallies what they say.
func TestAsk(t *testing.T) {
	subjects := records(t, "qualification:id-professional-engineer", "occupation:5113", "qualification:kh-mlvt-bricklaying-certificate")
	qs := Questions(records(t, "country:ID", "country:KH", "country:PH", "country:TH", "country:VN"), subjects)
	s, err := Ask(context.Background(), store(t), qs)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, n := range s.Outcomes {
		sum += n
	}
	// The occupation between every ordered pair (20); each qualification
	// from its own country to the four others (4 + 4).
	if want := 5*4 + 4 + 4; s.Questions != want || sum != s.Questions {
		t.Errorf("%d questions, outcomes sum to %d; want %d", s.Questions, sum, want)
	}
	// PH to TH and to VN, travel guide: blocked (the Philippine guiding
	// qualification is comparable, the job reserved); KH to TH bricklayer:
	// the pilot, a prospect.
	if s.Outcomes[model.RecognitionOutcomeAllBlocked] < 2 || s.Prospects < 1 || s.OpenRoutes == 0 {
		t.Errorf("survey %+v: want at least 2 all-blocked, a prospect, open routes", s)
	}
	if s.Channels != 0 || s.WithChannel != 0 {
		t.Errorf("survey %+v: these countries share no channel to work for these subjects", s)
	}
	qs = Questions(records(t, "country:JP", "country:PH"), records(t, "qualification:ph-tesda-nc2-caregiving", "occupation:5322"))
	ch, err := Ask(context.Background(), store(t), qs)
	if err != nil {
		t.Fatal(err)
	}
	// PH to JP: both subjects have the SSW channel, and the JPEPA route; JP
	// to PH, the occupation only (the caregiving certificate is held in
	// the Philippines): neither.
	if ch.Questions != 3 || ch.Channels != 2 || ch.WithChannel != 2 || ch.OnlyChannel != 0 {
		t.Errorf("survey %+v: want 3 questions, 2 channels in 2 questions, each with a recognition route", ch)
	}
	if s.Unverified > s.OpenRoutes {
		t.Errorf("%d unverified of %d open routes", s.Unverified, s.OpenRoutes)
	}
}

// records returns the seed's records with these IDs, in order.
func records(t *testing.T, ids ...string) []*model.Record {
	t.Helper()
	var out []*model.Record
	for _, id := range ids {
		i := slices.IndexFunc(seed(t).Nodes, func(r *model.Record) bool { return r.ID == id })
		if i < 0 {
			t.Fatalf("the seed has no %s", id)
		}
		out = append(out, seed(t).Nodes[i])
	}
	return out
}

// snqtlNotStarted is the seed's Timor-Leste framework with its referencing
// to the AQRF recorded as not started (the seed says UNKNOWN).
func snqtlNotStarted(t *testing.T) *model.Record {
	t.Helper()
	for _, n := range seed(t).Nodes {
		if n.ID == "framework:SNQTL" {
			props := maps.Clone(n.Props)
			props["referencingStatus"] = "NOT_STARTED"
			return &model.Record{ID: n.ID, Kind: n.Kind, Props: props}
		}
	}
	t.Fatal("the seed has no framework:SNQTL")
	return nil
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
