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
