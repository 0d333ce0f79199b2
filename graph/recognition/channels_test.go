package recognition

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A channel to work is an instrument in force that recognises nothing: the
// SSW memorandum gives a Philippine caregiver a channel to Japan beside the
// JPEPA route; the same memorandum superseded, ended or only signed gives
// none, and it is no channel once it recognises skills.
func TestPathsChannels(t *testing.T) {
	q := Query{From: "PH", To: "JP", Subject: "qualification:ph-tesda-nc2-caregiving"}
	ask := func(t *testing.T, g Graph) *model.RecognitionResult {
		t.Helper()
		res, err := Paths(context.Background(), g, q)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	instruments := func(res *model.RecognitionResult) (paths, channels []string) {
		for _, p := range res.Paths {
			if p.Instrument != nil {
				paths = append(paths, p.Instrument.ID)
			}
		}
		for _, c := range res.Channels {
			channels = append(channels, c.Instrument.ID)
		}
		return paths, channels
	}
	const moc = "arrangement:jp-ph-ssw-moc"
	t.Run("in force: a channel, and the JPEPA route still", func(t *testing.T) {
		res := ask(t, store(t))
		paths, channels := instruments(res)
		if !slices.Equal(channels, []string{moc}) || !slices.Contains(paths, "arrangement:jp-ph-jpepa-2006") || slices.Contains(paths, moc) {
			t.Fatalf("paths %v, channels %v; want the JPEPA route and the SSW channel apart:\n%s", paths, channels, dump(res))
		}
		c := res.Channels[0]
		if c.Yields != model.RouteYieldEmploymentChannel || !strings.HasPrefix(c.Summary, "A channel to work, not recognition: ") ||
			!strings.Contains(c.Summary, "It does not recognise National Certificate II in Caregiving (TESDA) or any other qualification") {
			t.Errorf("yields %s, summary %q", c.Yields, c.Summary)
		}
		for _, st := range c.Steps {
			if len(st.SourceIDs) == 0 {
				t.Errorf("step %s %s has no source", st.Relation, st.Explanation)
			}
		}
	})
	var rec *model.Record
	for _, r := range seed(t).Nodes {
		if r.ID == moc {
			rec = r
		}
	}
	if rec == nil {
		t.Fatalf("no %s in the seed", moc)
	}
	with := func(k string, v any) *model.Record {
		c := *rec
		c.Props = maps.Clone(rec.Props)
		c.Props[k] = v
		return &c
	}
	for _, lc := range []string{"SUPERSEDED", "ENDED", "SIGNED", "PILOT"} {
		t.Run(lc+": no channel", func(t *testing.T) {
			res := ask(t, augmented(t, []*model.Record{with("lifecycle", lc)}))
			if paths, channels := instruments(res); len(channels) != 0 || slices.Contains(paths, moc) {
				t.Errorf("paths %v, channels %v; want no channel and no route of %s", paths, channels, moc)
			}
		})
	}
	t.Run("an instrument that recognises skills is no channel", func(t *testing.T) {
		res := ask(t, augmented(t, []*model.Record{with("grantsRecognition", true)}))
		if _, channels := instruments(res); len(channels) != 0 {
			t.Errorf("channels %v, want none", channels)
		}
	})
}
