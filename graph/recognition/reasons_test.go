package recognition

import (
	"context"
	"strings"
	"testing"
)

// With one arrangement between the two countries, the reason names "the
// one arrangement", not "none of the 1 arrangement".
func TestWhyNoOccupationLoadedCountsRight(t *testing.T) {
	res, err := Paths(context.Background(), store(t), Query{From: "ID", To: "KR", Subject: "qualification:id-kkni3-diploma-1"})
	if err != nil {
		t.Fatal(err)
	}
	want := "No arrangement route: no occupation is loaded for Diploma 1 (D1), and the one arrangement in our data to which both Indonesia and Republic of Korea are parties does not name it or a standard it certifies as recognised."
	if res.Reason == nil || !strings.Contains(*res.Reason, want) {
		t.Errorf("reason = %v,\nwant it to say %q", res.Reason, want)
	}
	if res.Reason != nil && strings.Contains(*res.Reason, "none of the 1 ") {
		t.Errorf("reason says %q", "none of the 1 ")
	}
}

// An employment channel in force whose data lists no occupations may admit
// the work asked about: "none covers it" would claim more than the data
// holds, so the reason says it is not known. The agreement on the movement
// of natural persons is no such channel: its own terms exclude employment
// in the labour market generally, so it is never named as one.
func TestWhyNotCoveredNamesChannelsWithoutOccupations(t *testing.T) {
	res, err := Paths(context.Background(), store(t), Query{From: "MM", To: "TH", Subject: "occupation:9313"})
	if err != nil {
		t.Fatal(err)
	}
	want := "The Thailand–Myanmar Memorandum of Understanding on Labour Cooperation and Agreement on Employment of Workers, in force, opens a channel to work in Thailand, but our data lists no occupations for it: whether it admits this work is not known here."
	if res.Reason == nil || !strings.Contains(*res.Reason, want) || strings.Contains(*res.Reason, "Movement of Natural Persons") {
		t.Errorf("reason = %q,\nwant it to say %q and not name the agreement on the movement of natural persons", deref(res.Reason), want)
	}
	// Into Myanmar the memorandum admits no one: no channel is named.
	res, err = Paths(context.Background(), store(t), Query{From: "TH", To: "MM", Subject: "occupation:9313"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Reason == nil || strings.Contains(*res.Reason, "channel") {
		t.Errorf("TH to MM: reason = %q, want it to name no channel to work", deref(res.Reason))
	}
}
