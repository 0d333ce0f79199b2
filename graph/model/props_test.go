package model_test

import (
	"reflect"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// project keeps only the properties props of r.
func project(r *model.Record, props []string) *model.Record {
	out := &model.Record{ID: r.ID, Kind: r.Kind, Props: map[string]any{}}
	for _, p := range props {
		if v, ok := r.Props[p]; ok {
			out.Props[p] = v
		}
	}
	return out
}

// TestPropsForEveryField: a record cut down to the properties PropsFor
// gives for a request selecting every field maps to the same API object as
// the whole record, for every node of the seed; and one cut down to the
// base properties alone still maps (every required property is in them).
func TestPropsForEveryField(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	all := model.FieldsReading()
	for _, r := range g.Nodes {
		full, base := model.PropsFor(r.Kind, all), model.PropsFor(r.Kind, nil)
		want, err := model.FromRecord(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := model.FromRecord(project(r, full))
		if err != nil {
			t.Fatalf("%s with every field's properties: %v", r.ID, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: with every field's properties\n got %+v\nwant %+v", r.ID, got, want)
		}
		if _, err := model.FromRecord(project(r, base)); err != nil {
			t.Errorf("%s with the base properties: %v", r.ID, err)
		}
	}
}

// TestPropsForHeavyOnlyWhenSelected: a note is sent only to a request
// that asks for a note.
func TestPropsForHeavyOnlyWhenSelected(t *testing.T) {
	has := func(ps []string, p string) bool {
		for _, x := range ps {
			if x == p {
				return true
			}
		}
		return false
	}
	if has(model.PropsFor(model.KindQualification, map[string]bool{"title": true}), "note") {
		t.Error("note sent to a request that selects no note")
	}
	if !has(model.PropsFor(model.KindQualification, map[string]bool{"note": true}), "note") {
		t.Error("note not sent to a request that selects it")
	}
	if !has(model.PropsFor(model.KindFramework, map[string]bool{"referencing": true}), "referencingNote") {
		t.Error("referencingNote not sent to a request that selects referencing")
	}
	if has(model.PropsFor(model.KindQualification, map[string]bool{"summary": true}), "summary") {
		t.Error("an arrangement's summary asked of a qualification")
	}
	if got := model.PropsFor(model.KindQualification, map[string]bool{"id": true, "title": true}); len(got) != 1 || got[0] != "title" {
		t.Errorf("a qualification's id and title: properties %v, want [title]", got)
	}
	if has(model.PropsFor(model.KindQualification, map[string]bool{"note": true}), model.PropSearchTokens) {
		t.Error("search tokens sent")
	}
	if model.PropsFor("NoSuchKind", nil) != nil {
		t.Error("properties for a kind that is none")
	}
}
