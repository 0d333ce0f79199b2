package coverage

import (
	"context"
	"reflect"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// admins is a Lister whose Links gives each arrangement the authorities
// administering it; nothing else is asked of it here.
type admins map[string][]*model.Record

func (a admins) List(context.Context, model.ListQuery) (model.Page, error) { return model.Page{}, nil }
func (a admins) DataVersion(context.Context) (model.DataVersion, error) {
	return model.DataVersion{}, nil
}
func (a admins) Links(_ context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	out := make([][]model.Link, len(ids))
	if rel != model.RelAdministeredBy || dir != model.Out {
		return out, nil
	}
	for i, id := range ids {
		for _, n := range a[id] {
			out[i] = append(out[i], model.Link{Node: n})
		}
	}
	return out, nil
}

func TestRegulatorGaps(t *testing.T) {
	arrangement := func(id, typ, title string, parties ...string) *model.Record {
		return &model.Record{ID: id, Kind: model.KindArrangement,
			Props: map[string]any{"type": typ, model.PropLabel: title, model.PropCountries: parties}}
	}
	authority := func(id, country string) *model.Record {
		props := map[string]any{}
		if country != "" {
			props["country"] = country
		}
		return &model.Record{ID: id, Kind: model.KindAuthority, Props: props}
	}
	arrs := []*model.Record{
		arrangement("arrangement:asean-mra-engineering", "MRA", "ASEAN Mutual Recognition Arrangement on Engineering Services", "MY", "VN"),
		arrangement("arrangement:asean-mra-surveying", "MRA", "ASEAN Framework Arrangement for the Mutual Recognition of Surveying Qualifications", "MY", "VN"),
		// Not an MRA: a bilateral MOU naming no authority is no gap of this kind.
		arrangement("arrangement:my-vn-mou", "MOU", "An MOU", "MY", "VN"),
	}
	s := admins{
		// A regional body names no party's regulator.
		"arrangement:asean-mra-engineering": {authority("authority:bem", "MY"), authority("authority:acpecc", "")},
		"arrangement:asean-mra-surveying":   {authority("authority:acpecc", "")},
	}
	got, err := regulatorGaps(context.Background(), s, arrs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"MY": {"Surveying Qualifications"},
		"VN": {"Engineering Services", "Surveying Qualifications"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("regulatorGaps = %v, want %v", got, want)
	}

	row := &model.CountryCoverage{ReferencingStatus: model.ReferencingStatusCompleted}
	missing, err := gaps(context.Background(), s, row, got["VN"], nil)
	if err != nil {
		t.Fatal(err)
	}
	wantLine := "no regulator or monitoring body of its own named under 2 of the ASEAN MRAs it is party to: Engineering Services, Surveying Qualifications"
	if !reflect.DeepEqual(missing, []string{wantLine}) {
		t.Errorf("gaps = %q, want [%q]", missing, wantLine)
	}
}

func TestUnitsGap(t *testing.T) {
	for _, tt := range []struct {
		units map[model.UnitsLoaded]int
		want  string
	}{
		{nil, ""},
		{map[model.UnitsLoaded]int{model.UnitsLoadedAll: 3}, ""},
		{map[model.UnitsLoaded]int{model.UnitsLoadedNone: 5}, "of 5 competency standards, 5 with no units loaded"},
		{map[model.UnitsLoaded]int{model.UnitsLoadedNone: 1}, "of 1 competency standard, 1 with no units loaded"},
		{map[model.UnitsLoaded]int{model.UnitsLoadedAll: 1, model.UnitsLoadedNone: 2, model.UnitsLoadedSome: 3, model.UnitsLoadedLevel: 1},
			"of 7 competency standards, 2 with no units loaded, 3 with only some of their units loaded, 1 loaded as one unit per level"},
	} {
		if got := unitsGap(tt.units); got != tt.want {
			t.Errorf("unitsGap(%v) = %q, want %q", tt.units, got, tt.want)
		}
	}
}
