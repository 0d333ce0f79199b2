package recognition

import (
	"context"
	"errors"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// questions returns every question the API accepts between the ASEAN
// Member States about the seed's qualifications and occupations.
func questions(t *testing.T) []Query {
	t.Helper()
	var countries, subjects []*model.Record
	for _, r := range seed(t).Nodes {
		switch {
		case r.Kind == model.KindCountry && r.Bool("aseanMember"):
			countries = append(countries, r)
		case r.Kind == model.KindQualification, r.Kind == model.KindOccupation:
			subjects = append(subjects, r)
		}
	}
	return Questions(countries, subjects)
}

// Every question costs a bounded number of Graph calls, on the seed and on
// a graph eight times its size; every answer is well formed; and a store
// that orders nothing gets the same answers.
func TestPathsBoundedAndWellFormed(t *testing.T) {
	ctx := context.Background()
	base := &counting{g: store(t)}
	big := &counting{g: memstore.New(dataset.Scale(seed(t), 8))}
	shuffled := reversed{g: store(t)}
	most := 0
	for i, q := range questions(t) {
		res, err := Paths(ctx, base, q)
		if err != nil {
			t.Fatalf("Paths(%+v): %v", q, err)
		}
		n := base.take()
		most = max(most, n)
		if n > MaxPathCalls {
			t.Errorf("Paths(%+v) made %d Graph calls, want at most %d", q, n, MaxPathCalls)
		}
		if i%5 == 0 { // a fifth of the questions is enough to show size does not matter
			if _, err := Paths(ctx, big, q); err != nil {
				t.Fatalf("Paths(%+v) on the scaled graph: %v", q, err)
			}
			if m := big.take(); m > MaxPathCalls {
				t.Errorf("Paths(%+v) made %d Graph calls on a graph 8 times the seed, want at most %d", q, m, MaxPathCalls)
			}
		}

		if (len(res.Paths) > 0) != (res.Outcome == model.RecognitionOutcomeRoutesFound || res.Outcome == model.RecognitionOutcomeAllBlocked) {
			t.Errorf("Paths(%+v): %d paths, outcome %s", q, len(res.Paths), res.Outcome)
		}
		if len(res.Paths) == 0 && res.Reason == nil {
			t.Errorf("Paths(%+v): no route and no reason", q)
		}
		for i, p := range res.Paths {
			if i > 0 && routeOrder(res.Paths[i-1]) > routeOrder(p) {
				t.Errorf("Paths(%+v): path %d (%s) sorted after %s", q, i, p.Strength, res.Paths[i-1].Strength)
			}
			if p.Summary == "" || len(p.Steps) == 0 {
				t.Errorf("Paths(%+v): path %d has no summary or no steps", q, i)
			}
			if (p.Instrument != nil) != (p.Strength == model.RecognitionStrengthFormal || p.Strength == model.RecognitionStrengthConditional) {
				t.Errorf("Paths(%+v): path %d is %s with instrument %v", q, i, p.Strength, p.Instrument)
			}
			for j, s := range p.Steps {
				if len(s.SourceIDs) == 0 || s.Explanation == "" || s.From == nil || s.To == nil {
					t.Errorf("Paths(%+v): path %d step %d (%s) lacks sources, explanation or an end", q, i, j, s.Relation)
				}
			}
		}

		other, err := Paths(ctx, shuffled, q)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := dump(res), dump(other); a != b {
			t.Errorf("Paths(%+v) depends on the order links come in:\n%s\nvs\n%s", q, a, b)
		}
	}
	t.Logf("at most %d Graph calls per question (bound %d)", most, MaxPathCalls)
}

func routeOrder(p *model.RecognitionPath) int {
	n := strengthRank[p.Strength] * 2
	if p.Blocked {
		n++
	}
	return n
}

func TestLevelAndStandardCallsBounded(t *testing.T) {
	ctx := context.Background()
	c := &counting{g: store(t)}
	g := seed(t)
	for _, r := range g.Nodes {
		switch r.Kind {
		case model.KindLevel:
			for _, country := range []string{"", "MY", "PH"} {
				if _, err := LevelComparisons(ctx, c, r.ID, country); err != nil {
					t.Fatal(err)
				}
				if n := c.take(); n > MaxLevelCalls {
					t.Errorf("LevelComparisons(%s, %q) made %d calls, want at most %d", r.ID, country, n, MaxLevelCalls)
				}
			}
		case model.KindStandard:
			if _, err := CompareStandards(ctx, c, r.ID, "standard:ph-tr-cookery-nc2"); err != nil {
				t.Fatal(err)
			}
			if n := c.take(); n > MaxCompareCalls {
				t.Errorf("CompareStandards(%s) made %d calls, want at most %d", r.ID, n, MaxCompareCalls)
			}
		}
	}
}

// A request that is over stops the search: no answer is built for it.
func TestCancelledStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g := store(t)
	if _, err := Paths(ctx, g, Query{From: "PH", To: "SG", Subject: "qualification:ph-prc-registered-nurse", First: 20}); !errors.Is(err, context.Canceled) {
		t.Errorf("Paths with a cancelled context = %v, want context.Canceled", err)
	}
	if _, err := LevelComparisons(ctx, g, "level:PQF:4", ""); !errors.Is(err, context.Canceled) {
		t.Errorf("LevelComparisons with a cancelled context = %v, want context.Canceled", err)
	}
	if _, err := CompareStandards(ctx, g, "standard:accstp", "standard:ph-tr-cookery-nc2"); !errors.Is(err, context.Canceled) {
		t.Errorf("CompareStandards with a cancelled context = %v, want context.Canceled", err)
	}
}
