package model_test

import (
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A kept record gives the same API object to every caller; one not kept,
// a new one each time; one FromRecord refuses keeps nothing and still
// reports why.
func TestKeep(t *testing.T) {
	r := &model.Record{ID: "country:PH", Kind: model.KindCountry, Props: map[string]any{"code": "PH", "name": "Philippines"}}
	a, _ := model.FromRecord(r)
	b, _ := model.FromRecord(r)
	if a == b {
		t.Error("a record not kept gave one object twice")
	}
	r.Keep()
	a, _ = model.FromRecord(r)
	c, err := model.As[*model.Country](r)
	if err != nil || a != model.Node(c) {
		t.Errorf("a kept record gave %p and %p (%v)", a, c, err)
	}
	bad := &model.Record{ID: "country:XX", Kind: model.KindCountry, Props: map[string]any{}}
	bad.Keep()
	if _, err := model.FromRecord(bad); err == nil {
		t.Error("a record without its code mapped after Keep")
	}
}
