package recognition

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A qualification is held in the country that awards it: asked from
// another, the question is refused, naming the country to ask from, and
// nothing of it is answered. The Philippine cookery certificate asked from
// Thailand was answered through Thailand's membership of the tourism MRA.
func TestPathsRefusesAQualificationFromAnotherCountry(t *testing.T) {
	c := &counting{g: store(t)}
	res, err := Paths(context.Background(), c, Query{From: "TH", To: "MY", Subject: "qualification:ph-tesda-nc2-cookery"})
	if !errors.Is(err, ErrOrigin) || res != nil {
		t.Fatalf("Paths(TH -> MY, PH cookery NC II) = %v, %v; want no answer and an error wrapping ErrOrigin", res, err)
	}
	for _, want := range []string{`"qualification:ph-tesda-nc2-cookery"`, "awarded in Philippines (PH), not in Thailand (TH)", `ask with from: "PH"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if n := c.take(); n > 2 {
		t.Errorf("the refusal made %d Graph calls, want at most 2 (the question's nodes, the awarding country)", n)
	}
}

func TestHeldFrom(t *testing.T) {
	qual := func(country string) *model.Record {
		return &model.Record{ID: "qualification:x", Kind: model.KindQualification, Props: map[string]any{"country": country}}
	}
	occ := &model.Record{ID: "occupation:5120", Kind: model.KindOccupation, Props: map[string]any{}}
	for _, c := range []struct {
		subject *model.Record
		from    string
		want    bool
	}{
		{qual("PH"), "PH", true},
		{qual("PH"), "TH", false},
		{qual(""), "TH", true}, // regional: from any country
		{qual(""), "KR", true},
		{occ, "TH", true},
	} {
		if got := HeldFrom(c.subject, c.from); got != c.want {
			t.Errorf("HeldFrom(%s of %q, %s) = %v, want %v", c.subject.Kind, c.subject.String("country"), c.from, got, c.want)
		}
	}
}

// A regional qualification is answered from any country, a member or not.
func TestPathsRegionalQualificationFromAnyCountry(t *testing.T) {
	for _, from := range []string{"VN", "KR"} {
		if _, err := Paths(context.Background(), store(t), Query{From: from, To: "TH", Subject: "qualification:asean-tourism-professional"}); err != nil {
			t.Errorf("Paths(%s -> TH, ASEAN Tourism Professional) = %v, want an answer", from, err)
		}
	}
}
