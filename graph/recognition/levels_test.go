package recognition

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// eqLines renders comparisons as "level via=... fit nil>nil".
func eqLines(eqs []*model.LevelEquivalence) []string {
	str := func(p *string) string {
		if p == nil {
			return "nil"
		}
		return *p
	}
	out := []string{}
	for _, e := range eqs {
		via := "nil"
		if e.Via != nil {
			via = e.Via.ID
		}
		out = append(out, fmt.Sprintf("%s via=%s fit %s>%s", e.Level.ID, via, str(e.FromFit), str(e.ToFit)))
	}
	return out
}

// pqf4Everywhere is what PQF 4 is comparable to in every framework: the
// seed's references to the AQRF record no fit (their mappings are assumed).
var pqf4Everywhere = []string{
	"level:AQRF:4 via=nil fit nil>nil",
	"level:KKNI:4 via=level:AQRF:4 fit nil>nil",
	"level:MQF:4 via=level:AQRF:4 fit nil>nil",
	"level:MSCS:4 via=level:AQRF:4 fit nil>nil",
	"level:TNQF:4 via=level:AQRF:4 fit nil>nil",
	"level:VQF:4 via=level:AQRF:4 fit nil>nil",
}

func TestLevelComparisons(t *testing.T) {
	s := store(t)
	tests := []struct {
		level, country string
		want           []string
	}{
		{"level:PQF:4", "MY", []string{
			"level:MQF:4 via=level:AQRF:4 fit nil>nil",
			"level:MSCS:4 via=level:AQRF:4 fit nil>nil",
		}},
		{"level:PQF:4", "", pqf4Everywhere},
		// Up through the national level, which is kept and compared on its
		// own reference (no via), to the AQRF.
		{"level:MSCS:2", "", []string{
			"level:AQRF:2 via=nil fit exact>nil",
			"level:KKNI:2 via=level:AQRF:2 fit exact>nil",
			"level:MQF:2 via=nil fit exact>nil",
			"level:PQF:2 via=level:AQRF:2 fit exact>nil",
			"level:TNQF:2 via=level:AQRF:2 fit exact>nil",
			"level:VQF:2 via=level:AQRF:2 fit exact>nil",
		}},
		{"level:MSCS:2", "PH", []string{"level:PQF:2 via=level:AQRF:2 fit exact>nil"}},
		// An AQRF level: the levels referenced to it, recursively down.
		{"level:AQRF:7", "", []string{
			"level:KKNI:7 via=nil fit nil>nil",
			"level:KKNI:8 via=nil fit nil>nil",
			"level:MQF:7 via=nil fit nil>nil",
			"level:PQF:7 via=nil fit nil>nil",
			"level:TNQF:7 via=nil fit nil>nil",
			"level:VQF:7 via=nil fit nil>nil",
		}},
		{"level:AQRF:4", "MY", []string{
			"level:MQF:4 via=nil fit nil>nil",
			"level:MSCS:4 via=nil fit nil>nil",
		}},
		// Two levels of one framework share an AQRF level: neither is
		// comparable to the other.
		{"level:KKNI:8", "", []string{
			"level:AQRF:7 via=nil fit nil>nil",
			"level:MQF:7 via=level:AQRF:7 fit nil>nil",
			"level:PQF:7 via=level:AQRF:7 fit nil>nil",
			"level:TNQF:7 via=level:AQRF:7 fit nil>nil",
			"level:VQF:7 via=level:AQRF:7 fit nil>nil",
		}},
		// Not referenced: nothing comparable.
		{"level:MNQF:3", "", []string{}},
		{"level:NSSA:2", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.level+"/"+tt.country, func(t *testing.T) {
			got, err := LevelComparisons(context.Background(), s, tt.level, tt.country)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Fatal("nil list, want an empty one")
			}
			if d := diffLines(eqLines(got), tt.want); d != "" {
				t.Errorf("LevelComparisons(%s, %q): %s", tt.level, tt.country, d)
			}
		})
	}

	t.Run("sources of both references", func(t *testing.T) {
		got, err := LevelComparisons(context.Background(), s, "level:PQF:4", "MY")
		if err != nil || len(got) != 2 {
			t.Fatalf("LevelComparisons = %v, %v", got, err)
		}
		want := "source:pqf-aqrf-referencing source:ph-aqrf-referencing-report-2019 source:mqa-myaqrf-referencing"
		if s := strings.Join(got[0].SourceIDs, " "); s != want {
			t.Errorf("MQF 4 sources = %s, want %s", s, want)
		}
		want += " source:wikipedia-mscs source:mqa-mqf"
		if s := strings.Join(got[1].SourceIDs, " "); s != want {
			t.Errorf("MSCS 4 sources = %s, want %s", s, want)
		}
	})

	t.Run("confidence: verified only when every reference on the way is", func(t *testing.T) {
		// The seed's level references are all unverified.
		got, err := LevelComparisons(context.Background(), s, "level:PQF:4", "MY")
		if err != nil || len(got) != 2 {
			t.Fatalf("LevelComparisons = %v, %v", got, err)
		}
		for _, e := range got {
			if e.Confidence != model.ConfidenceUnverified {
				t.Errorf("%s: confidence %s, want UNVERIFIED", e.Level.ID, e.Confidence)
			}
		}
		verified := map[string]any{"fit": "exact", "confidence": "verified"}
		a := augmented(t, nil,
			model.Edge{Type: model.RelReferencedTo, From: "level:LNQF:4", To: "level:AQRF:4", Props: verified},
			model.Edge{Type: model.RelReferencedTo, From: "level:CQF:4", To: "level:AQRF:4", Props: verified})
		got, err = LevelComparisons(context.Background(), a, "level:LNQF:4", "")
		if err != nil {
			t.Fatal(err)
		}
		conf := map[string]model.Confidence{}
		for _, e := range got {
			conf[e.Level.ID] = e.Confidence
		}
		want := map[string]model.Confidence{
			"level:AQRF:4": model.ConfidenceVerified,   // up one verified reference
			"level:CQF:4":  model.ConfidenceVerified,   // up and down verified references
			"level:MQF:4":  model.ConfidenceUnverified, // down an unverified one
		}
		for id, c := range want {
			if conf[id] != c {
				t.Errorf("%s: confidence %q, want %s (all: %v)", id, conf[id], c, conf)
			}
		}
	})

	t.Run("never up again after going down", func(t *testing.T) {
		// KKNI 4 spans AQRF 4 and 5: PQF 4 stays comparable to it, not to
		// the levels at AQRF 5.
		s := augmented(t, nil, model.Edge{Type: model.RelReferencedTo, From: "level:KKNI:4", To: "level:AQRF:5", Props: map[string]any{"fit": "partial"}})
		got, err := LevelComparisons(context.Background(), s, "level:PQF:4", "")
		if err != nil {
			t.Fatal(err)
		}
		want := pqf4Everywhere
		if d := diffLines(eqLines(got), want); d != "" {
			t.Errorf("from PQF 4: %s", d)
		}
		got, err = LevelComparisons(context.Background(), s, "level:KKNI:4", "MY")
		if err != nil {
			t.Fatal(err)
		}
		want = []string{
			"level:MQF:4 via=level:AQRF:4 fit nil>nil",
			"level:MQF:5 via=level:AQRF:5 fit partial>nil",
			"level:MSCS:4 via=level:AQRF:4 fit nil>nil",
			"level:MSCS:5 via=level:AQRF:5 fit partial>nil",
		}
		if d := diffLines(eqLines(got), want); d != "" {
			t.Errorf("from KKNI 4, which spans two AQRF levels: %s", d)
		}
	})

	for _, id := range []string{"level:NOPE:1", "framework:PQF"} {
		if _, err := LevelComparisons(context.Background(), s, id, ""); !errors.Is(err, ErrNotFound) {
			t.Errorf("LevelComparisons(%s) error = %v, want ErrNotFound", id, err)
		}
	}
}
