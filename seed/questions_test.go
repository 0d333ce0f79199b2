package main

import (
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// The gap table has one column per origin, in the order of the header, and
// leaves out the gaps no question has.
func TestWriteGaps(t *testing.T) {
	s := &recognition.Survey{
		Questions:      5,
		Outcomes:       map[model.RecognitionOutcome]int{model.RecognitionOutcomeNotCovered: 4},
		From:           map[string]int{"AA": 3, "BB": 2},
		NotCoveredFrom: map[string]int{"AA": 3, "BB": 1},
		Gaps:           map[recognition.Gap]int{recognition.GapNoLevel: 3},
		GapsFrom:       map[recognition.Gap]map[string]int{recognition.GapNoLevel: {"AA": 2, "BB": 1}},
		OnlyGap:        map[recognition.Gap]int{recognition.GapNoLevel: 1},
	}
	var b strings.Builder
	writeGaps(&b, s, []string{"AA", "BB"})
	out := b.String()
	for _, want := range []string{
		"| route | gap | questions | alone | AA | BB |\n",
		"|  | questions asked | 5 |  | 3 | 2 |\n",
		"|  | NOT_COVERED | 4 |  | 3 | 1 |\n",
		"| framework | no framework level for the qualification (`NO_LEVEL`) | 3 | 1 | 2 | 1 |\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the gap table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "NO_SHARED_ARRANGEMENT") {
		t.Errorf("the gap table lists a gap no question has:\n%s", out)
	}
}
