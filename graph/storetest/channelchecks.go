package storetest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// The questions of channels to work: instruments in force that open a
// lawful channel to work in an occupation and recognise no qualification.
const (
	careGiverPhJp  = `recognitionPaths(from: "PH", to: "JP", qualification: "qualification:ph-tesda-nc2-caregiving")`
	careWorkerPhJp = `recognitionPaths(from: "PH", to: "JP", occupation: "occupation:5322")`
	labourerTlKr   = `recognitionPaths(from: "TL", to: "KR", occupation: "occupation:9329")`
	bricklayerMmTh = `recognitionPaths(from: "MM", to: "TH", occupation: "occupation:7112")`
)

var channelChecks = []check{
	{name: "a Philippine caregiver to Japan: the SSW memorandum is a channel", query: `{ ` + careGiverPhJp + ` { channels { instrument { id } yields } } }`,
		path: "recognitionPaths.channels", want: []any{map[string]any{"instrument": map[string]any{"id": "arrangement:jp-ph-ssw-moc"}, "yields": "EMPLOYMENT_CHANNEL"}}},
	{name: "a Philippine caregiver to Japan: still the JPEPA route", query: `{ ` + careGiverPhJp + ` { paths { instrument { id } } } }`,
		path: "recognitionPaths.paths.*.instrument.id", contains: "arrangement:jp-ph-jpepa"},
	// JPEPA takes a care-worker candidate who holds the NC II only as a
	// graduate of a four-year course (or a nursing graduate): the route
	// must not read as if the certificate alone were enough.
	{name: "a Philippine caregiver to Japan: JPEPA asks a four-year degree besides the NC II", query: `{ ` + careGiverPhJp + ` { paths { instrument { id } conditions } } }`,
		path: "recognitionPaths.paths.*.conditions", contains: "a graduate of any four-year course who holds TESDA's NC II in Caregiving"},
	{name: "a Philippine nurse to Japan: JPEPA asks a licence and three years' experience", query: `{ recognitionPaths(from: "PH", to: "JP", qualification: "qualification:ph-prc-registered-nurse") { paths { instrument { id } conditions } } }`,
		path: "recognitionPaths.paths.*.conditions", contains: "licensed by the Professional Regulation Commission, with at least three years' experience"},
	{name: "a Philippine nurse to Germany: Triple Win asks a Philippine licence and a BS Nursing degree", query: `{ recognitionPaths(from: "PH", to: "DE", qualification: "qualification:ph-prc-registered-nurse") { paths { instrument { id } conditions } } }`,
		path: "recognitionPaths.paths.*.conditions", contains: "a four-year BS Nursing degree, an active Philippine nursing licence"},
	{name: "the SSW memorandum is no recognition route", query: `{ ` + careGiverPhJp + ` { paths { instrument { id } } prospects { instrument { id } } } }`,
		path: "recognitionPaths", absent: "jp-ph-ssw-moc"},
	{name: "a Philippine care worker (5322) to Japan: the SSW memorandum is a channel", query: `{ ` + careWorkerPhJp + ` { channels { instrument { id } occupations { occupation { iscoCode } blocked } } } }`,
		path: "recognitionPaths.channels", want: []any{map[string]any{"instrument": map[string]any{"id": "arrangement:jp-ph-ssw-moc"},
			"occupations": []any{map[string]any{"occupation": map[string]any{"iscoCode": "5322"}, "blocked": false}}}}},
	{name: "the SSW channel states Japan's skills and Japanese tests", query: `{ ` + careWorkerPhJp + ` { channels { conditions } } }`,
		path: "recognitionPaths.channels.*.conditions", contains: "Nursing Care Japanese Language Evaluation Test"},
	{name: "the SSW channel names who decides in Japan", query: `{ ` + careWorkerPhJp + ` { channels { decidedBy { id } } } }`,
		path: "recognitionPaths.channels.*.decidedBy.*.id", contains: "authority:isa-jp"},
	{name: "a Philippine care worker to Japan: the reason says a channel exists", query: `{ ` + careWorkerPhJp + ` { reason } }`,
		path: "recognitionPaths.reason", contains: "opens a channel to work (listed apart, under channels), not recognition"},
	{name: "Japan to the Philippines: the SSW memorandum admits workers into Japan only", query: `{ recognitionPaths(from: "JP", to: "PH", occupation: "occupation:5322") { channels { instrument { id } } } }`,
		path: "recognitionPaths.channels", want: []any{}},
	{name: "Timor-Leste to Korea: the EPS MOU is a channel", query: `{ ` + labourerTlKr + ` { channels { instrument { id } yields } } }`,
		path: "recognitionPaths.channels", want: []any{map[string]any{"instrument": map[string]any{"id": "arrangement:kr-tl-eps-mou"}, "yields": "EMPLOYMENT_CHANNEL"}}},
	{name: "Timor-Leste to Korea: the outcome stays about recognition", query: `{ ` + labourerTlKr + ` { outcome paths { strength } } }`,
		path: "recognitionPaths", want: map[string]any{"outcome": "NOT_COVERED", "paths": []any{}}},
	{name: "Myanmar to Thailand: a superseded MOU gives no channel", query: `{ ` + bricklayerMmTh + ` { channels { instrument { id } } } }`,
		path: "recognitionPaths.channels", absent: "th-mm-mou-2003"},
}

// channelSummaries fails when a channel's summary says "recognis" in any
// form but "does not recognise", or does not begin by saying it is not
// recognition.
func channelSummaries(t *testing.T, h http.Handler) {
	t.Run("a channel's summary never claims recognition", func(t *testing.T) {
		q := `{ a: ` + careGiverPhJp + ` { ...C } b: ` + careWorkerPhJp + ` { ...C } c: ` + labourerTlKr + ` { ...C } d: ` + bricklayerMmTh + ` { ...C } }
fragment C on RecognitionResult { channels { summary } }`
		r := Do(t, h, q, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("unexpected errors %+v", r.Errors)
		}
		var data map[string]any
		if err := json.Unmarshal(r.Data, &data); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, k := range []string{"a", "b", "c", "d"} {
			for _, s := range Select(data, k+".channels.*.summary").([]any) {
				n++
				summary := fmt.Sprint(s)
				if !strings.HasPrefix(summary, "A channel to work, not recognition") {
					t.Errorf("%s: summary %q does not say first that it is not recognition", k, summary)
				}
				rest := strings.ReplaceAll(strings.TrimPrefix(summary, "A channel to work, not recognition"), "does not recognise", "")
				if strings.Contains(strings.ToLower(rest), "recognis") {
					t.Errorf("%s: summary %q speaks of recognition", k, summary)
				}
			}
		}
		if n < 3 {
			t.Errorf("%d channel summaries, want at least 3", n)
		}
	})
}
