package recognition

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

func TestReferencedLevels(t *testing.T) {
	ctx := context.Background()
	got, err := ReferencedLevels(ctx, store(t), "level:AQRF:2")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range got {
		ups := []string{l.ID}
		for _, r := range l.Refs {
			ups = append(ups, r.Node.ID)
		}
		lines = append(lines, strings.Join(ups, " > "))
	}
	// MSCS 2 is referenced to MQF 2, not to the AQRF itself: two references.
	want := []string{
		"level:KKNI:2 > level:AQRF:2",
		"level:MQF:2 > level:AQRF:2",
		"level:MSCS:2 > level:MQF:2 > level:AQRF:2",
		"level:PQF:2 > level:AQRF:2",
		"level:TNQF:2 > level:AQRF:2",
		"level:VQF:2 > level:AQRF:2",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("ReferencedLevels(level:AQRF:2) =\n  %s\nwant\n  %s", strings.Join(lines, "\n  "), strings.Join(want, "\n  "))
	}
	for _, l := range got {
		if e := l.Refs[0].Edge; e.Type != model.RelReferencedTo || e.From != l.ID {
			t.Errorf("%s: first reference %+v does not start at the level", l.ID, e)
		}
	}

	if got, err := ReferencedLevels(ctx, store(t), "level:PQF:2"); err != nil || len(got) != 0 {
		t.Errorf("ReferencedLevels(level:PQF:2) = %v, %v; want none", got, err)
	}
	if _, err := ReferencedLevels(ctx, store(t), "country:PH"); !errors.Is(err, ErrNotFound) {
		t.Errorf("ReferencedLevels(country:PH) error = %v, want ErrNotFound", err)
	}
}

func TestReferencedLevelsCallsBounded(t *testing.T) {
	ctx := context.Background()
	c := &counting{g: store(t)}
	for _, r := range seed(t).Nodes {
		if r.Kind != model.KindLevel {
			continue
		}
		if _, err := ReferencedLevels(ctx, c, r.ID); err != nil {
			t.Fatal(err)
		}
		if n := c.take(); n > MaxReferencedCalls {
			t.Errorf("ReferencedLevels(%s) made %d calls, want at most %d", r.ID, n, MaxReferencedCalls)
		}
	}
}
