package recognition

import (
	"context"
	"maps"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// smallGraph is a graph of three countries small enough to count every
// question by hand: AA and BB (ASEAN Member States, party to one
// arrangement that covers nothing asked about), CC (not a member; its one
// framework recorded as not yet referenced to the AQRF); an occupation; a
// qualification of AA for it, with no level and no standard; a regional
// qualification with neither occupation, level nor standard; AA's standard
// for the occupation, aligned to a regional benchmark no standard of BB or
// CC is aligned to.
func smallGraph() *model.Graph {
	node := func(id, kind string, props map[string]any) *model.Record {
		return &model.Record{ID: id, Kind: kind, Props: props}
	}
	src := map[string]any{"sources": []string{"source:s"}}
	edge := func(rel, from, to string) model.Edge {
		return model.Edge{Type: rel, From: from, To: to, Props: maps.Clone(src)}
	}
	return &model.Graph{
		Nodes: []*model.Record{
			node("arrangement:ab", model.KindArrangement, map[string]any{"title": "AA-BB memorandum", "type": "MOU", "lifecycle": "IN_FORCE", "grantsRecognition": true}),
			node("country:AA", model.KindCountry, map[string]any{"code": "AA", "name": "Aland", "aseanMember": true}),
			node("country:BB", model.KindCountry, map[string]any{"code": "BB", "name": "Borland", "aseanMember": true}),
			node("country:CC", model.KindCountry, map[string]any{"code": "CC", "name": "Cobland", "aseanMember": false}),
			node("framework:CCQF", model.KindFramework, map[string]any{"code": "CCQF", "name": "Cobland QF", "scope": "NATIONAL", "country": "CC", "referencingStatus": "NOT_STARTED"}),
			node("occupation:1111", model.KindOccupation, map[string]any{"iscoCode": "1111", "title": "Legislators"}),
			node("qualification:aa", model.KindQualification, map[string]any{"title": "Aland certificate", "country": "AA"}),
			node("qualification:regional", model.KindQualification, map[string]any{"title": "Regional certificate"}),
			node("source:s", model.KindSource, map[string]any{"title": "A source"}),
			node("standard:aa", model.KindStandard, map[string]any{"title": "Aland standard", "kind": "NATIONAL", "country": "AA"}),
			node("standard:regional", model.KindStandard, map[string]any{"title": "Regional benchmark", "kind": "REGIONAL_MODEL"}),
		},
		Edges: []model.Edge{
			edge(model.RelAlignedTo, "standard:aa", "standard:regional"),
			edge(model.RelForOccupation, "standard:aa", "occupation:1111"),
			edge(model.RelOfCountry, "framework:CCQF", "country:CC"),
			edge(model.RelParty, "arrangement:ab", "country:AA"),
			edge(model.RelParty, "arrangement:ab", "country:BB"),
			edge(model.RelQualifiesFor, "qualification:aa", "occupation:1111"),
		},
	}
}

// The survey asks only the questions the API accepts, and counts the
// NOT_COVERED ones by the gaps that keep them open, by origin.
func TestSurveyCounts(t *testing.T) {
	g := smallGraph()
	var countries, subjects []*model.Record
	for _, r := range g.Nodes {
		switch r.Kind {
		case model.KindCountry:
			countries = append(countries, r)
		case model.KindQualification, model.KindOccupation:
			subjects = append(subjects, r)
		}
	}
	qs := Questions(countries, subjects)
	// The occupation between every ordered pair (6); AA's qualification
	// from AA (2); the regional one from the members AA and BB (4).
	want := map[string]int{"AA": 2 + 2 + 2, "BB": 2 + 2, "CC": 2}
	s, err := Ask(context.Background(), memstore.New(g), qs)
	if err != nil {
		t.Fatal(err)
	}
	if s.Questions != 12 || !maps.Equal(s.From, want) {
		t.Errorf("%d questions, by origin %v; want 12, %v", s.Questions, s.From, want)
	}
	if n := s.Outcomes[model.RecognitionOutcomeNotCovered]; n != 12 || !maps.Equal(s.NotCoveredFrom, want) {
		t.Errorf("%d NOT_COVERED, by origin %v; want all 12, %v", n, s.NotCoveredFrom, want)
	}
	// Worked out question by question (origin -> destination):
	gaps := map[Gap]map[string]int{
		// occupation AA->CC, BB->CC, CC->AA, CC->BB; AA's qualification
		// AA->CC; the regional one AA->CC, BB->CC.
		GapNoSharedArrangement: {"AA": 3, "BB": 2, "CC": 2},
		// the regional qualification between AA and BB, who share one.
		GapNoOccupation: {"AA": 1, "BB": 1},
		// the occupation from BB and CC.
		GapNoOriginStandard: {"BB": 2, "CC": 2},
		// both qualifications, every question.
		GapNoCertifiedStandard: {"AA": 4, "BB": 2},
		// the occupation from BB to AA (into CC, and from CC, the framework
		// route is closed: CC is not an ASEAN Member State).
		GapNoOriginQualification: {"BB": 1},
		// the occupation from AA to BB and CC: AA's standard is aligned to
		// a regional model no standard of theirs is aligned to in our data
		// (a regional model, unlike an ASEAN common standard, may be the
		// benchmark of a non-member's standards too).
		GapDestinationNotAligned: {"AA": 2},
		// the occupation from AA to BB: AA's qualification has no level.
		GapNoOriginLevel: {"AA": 1},
		// both qualifications, except into CC.
		GapNoLevel: {"AA": 2, "BB": 1},
	}
	for _, gap := range Gaps {
		total := 0
		for _, n := range gaps[gap] {
			total += n
		}
		if s.Gaps[gap] != total || !maps.Equal(s.GapsFrom[gap], gaps[gap]) {
			t.Errorf("gap %s: %d questions, by origin %v; want %d, %v", gap, s.Gaps[gap], s.GapsFrom[gap], total, gaps[gap])
		}
	}
	// Kept open by one gap alone: none. The occupation from AA to CC lacks
	// a shared arrangement and CC's aligned standard, from AA to BB a level
	// of AA's qualification and BB's aligned standard.
	only := map[Gap]int{}
	if !maps.Equal(s.OnlyGap, only) {
		t.Errorf("kept open by one gap alone: %v, want %v", s.OnlyGap, only)
	}
}

// Every gap is said in words and belongs to one kind of route.
func TestGapWords(t *testing.T) {
	for _, g := range Gaps {
		switch g.Route() {
		case "arrangement", "standards", "framework":
		default:
			t.Errorf("gap %s: kind of route %q", g, g.Route())
		}
		if g.Words() == "" {
			t.Errorf("gap %s has no words", g)
		}
	}
}

// An answer counts as found only on unverified facts when every open
// route has an unverified step; a blocked route and a checked one do not.
func TestSurveyOnlyUnverified(t *testing.T) {
	step := func(c model.Confidence) []*model.RecognitionStep { return []*model.RecognitionStep{{Confidence: c}} }
	arr := &model.Arrangement{ID: "arrangement:x"}
	s := &Survey{Outcomes: map[model.RecognitionOutcome]int{}, From: map[string]int{}}
	q := Query{From: "AA", To: "BB"}
	found := model.RecognitionOutcomeRoutesFound
	s.add(q, &model.RecognitionResult{Outcome: found, Paths: []*model.RecognitionPath{
		{Steps: step(model.ConfidenceUnverified)},
		{Steps: step(model.ConfidenceVerified), Blocked: true},
	}}, nil) // only unverified open routes
	s.add(q, &model.RecognitionResult{Outcome: found, Paths: []*model.RecognitionPath{
		{Steps: step(model.ConfidenceUnverified), Instrument: arr},
		{Steps: step(model.ConfidenceVerified)},
	}}, nil) // one checked open route
	if s.OnlyUnverified != 1 {
		t.Errorf("OnlyUnverified = %d, want 1", s.OnlyUnverified)
	}
	if s.OpenRoutes != 1 || s.Unverified != 1 {
		t.Errorf("open arrangement routes %d, unverified %d; want 1 and 1", s.OpenRoutes, s.Unverified)
	}
}

// A route rests on every step but the one naming who decides: an
// unverified deciding body is shown as such, and the route stands without it.
func TestRestsOnAllButWhoDecides(t *testing.T) {
	step := func(rel string, c model.Confidence) *model.RecognitionStep {
		return &model.RecognitionStep{Relation: rel, Confidence: c}
	}
	if anyUnverified([]*model.RecognitionStep{step(model.RelCovers, model.ConfidenceVerified), step(model.RelAdministeredBy, model.ConfidenceUnverified)}) {
		t.Error("an unverified deciding body made the route rest on an unverified step")
	}
	if !anyUnverified([]*model.RecognitionStep{step(model.RelCovers, model.ConfidenceUnverified), step(model.RelAdministeredBy, model.ConfidenceVerified)}) {
		t.Error("an unverified COVERS step was not counted")
	}
	// The same in the order of routes, on the seed: Viet Nam's health
	// ministry is linked to the dental MRA unverified, and the route into
	// Viet Nam still counts as resting on verified steps only.
	res, err := Paths(context.Background(), store(t), Query{From: "MY", To: "VN", Subject: "occupation:2261"})
	if err != nil || len(res.Paths) == 0 {
		t.Fatalf("Paths = %v, %v", res, err)
	}
	var admin *model.RecognitionStep
	for _, st := range res.Paths[0].Steps {
		if st.Relation == model.RelAdministeredBy {
			admin = st
		}
	}
	if admin == nil || admin.Confidence != model.ConfidenceUnverified {
		t.Fatalf("the deciding step = %+v, want it shown UNVERIFIED", admin)
	}
	if anyUnverified(res.Paths[0].Steps) {
		t.Error("the route into Viet Nam counts as resting on an unverified step")
	}
}
