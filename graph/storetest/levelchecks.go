package storetest

// The questions the Thai level references answer: the TNQF's levels are
// referenced to the AQRF one to one, an assumed mapping loaded unverified.
const tourGuidePhTh = `recognitionPaths(from: "PH", to: "TH", occupation: "occupation:5113")`

var levelChecks = []check{
	{name: "PQF 2 is comparable to TNQF 2 in Thailand", query: `{ levelEquivalents(framework: "PQF", level: 2, country: "TH") { id } }`,
		path: "levelEquivalents.*.id", want: []any{"level:TNQF:2"}},
	// A comparison is only as sure as the references it goes through: the
	// seed's are all unverified, and levelComparisons must say so.
	{name: "PQF 4 to Malaysia's levels: the comparisons say they are unverified", query: `{ levelComparisons(framework: "PQF", level: 4, country: "MY") { level { id } confidence } }`,
		path: "levelComparisons", want: []any{map[string]any{"level": map[string]any{"id": "level:MQF:4"}, "confidence": "UNVERIFIED"},
			map[string]any{"level": map[string]any{"id": "level:MSCS:4"}, "confidence": "UNVERIFIED"}}},
	// The fit of a reference is the referencing report's: where the
	// report's table was not read and the one-to-one mapping is assumed, no
	// fit is given (it was "exact", read as declared).
	{name: "TNQF 2 is referenced to AQRF 2, unverified, with no fit declared in what was read", query: `{ node(id: "level:TNQF:2") { ... on FrameworkLevel { referencedTo { level { id } fit confidence } } } }`,
		path: "node.referencedTo", want: []any{map[string]any{"level": map[string]any{"id": "level:AQRF:2"}, "fit": nil, "confidence": "UNVERIFIED"}}},
	{name: "PQF 4 to Malaysia's levels: no fit where the mapping is assumed",
		query: `{ levelComparisons(framework: "PQF", level: 4, country: "MY") { level { id } via { id } fromFit toFit confidence } }`,
		path:  "levelComparisons", want: []any{
			map[string]any{"level": map[string]any{"id": "level:MQF:4"}, "via": map[string]any{"id": "level:AQRF:4"}, "fromFit": nil, "toFit": nil, "confidence": "UNVERIFIED"},
			map[string]any{"level": map[string]any{"id": "level:MSCS:4"}, "via": map[string]any{"id": "level:AQRF:4"}, "fromFit": nil, "toFit": nil, "confidence": "UNVERIFIED"}}},
	// A level passed on the way up is compared on the reference that reaches
	// it: MSCS 3 to MQF 3 is verified, whatever MQF 3's own reference to the
	// AQRF (unverified); it was listed via AQRF 3, unverified.
	{name: "MSCS 3 to Malaysia's levels: MQF 3 directly, verified",
		query: `{ levelComparisons(framework: "MSCS", level: 3, country: "MY") { level { id } via { id } fromFit toFit confidence } }`,
		path:  "levelComparisons", want: []any{
			map[string]any{"level": map[string]any{"id": "level:MQF:3"}, "via": nil, "fromFit": "exact", "toFit": nil, "confidence": "VERIFIED"}}},
	{name: "a Philippine tour guide to Thailand: a comparability route, blocked (no arrangement covers tour guides)",
		query: `{ ` + tourGuidePhTh + ` { outcome paths { strength blocked } } }`, path: "recognitionPaths",
		want: map[string]any{"outcome": "ALL_BLOCKED", "paths": []any{map[string]any{"strength": "COMPARABLE", "blocked": true}}}},
	{name: "the comparability route's Thai step says it is unverified",
		query: `{ ` + tourGuidePhTh + ` { paths { steps { relation from { id } confidence } } } }`, path: "recognitionPaths.paths.0.steps",
		contains: "map[confidence:UNVERIFIED from:map[id:level:TNQF:2] relation:REFERENCED_TO]"},
	{name: "and says comparability is not recognition", query: `{ ` + tourGuidePhTh + ` { paths { summary } } }`,
		path: "recognitionPaths.paths.0.summary", contains: "comparability is not recognition"},
}
