package storetest

// searchChecks state what search and the level filters must find: the
// questions people asked that once found nothing (issue: search that finds
// what people type).
var searchChecks = []check{
	{name: "nurse finds nursing professionals", query: `{ search(text: "nurse") { id } }`,
		path: "search.*.id", contains: "occupation:2221"},
	{name: "nurse finds the nursing MRA", query: `{ search(text: "nurse") { id } }`,
		path: "search.*.id", contains: "arrangement:asean-mra-nursing"},
	{name: "nurse: nursing professionals first, by an alternative label",
		query: `{ searchHits(text: "nurse", first: 1) { node { id } matchedBy label } }`,
		path:  "searchHits", want: []any{map[string]any{"node": map[string]any{"id": "occupation:2221"}, "matchedBy": "ALT_LABEL", "label": "nurse"}}},
	{name: "vietnam finds Viet Nam first", query: `{ search(text: "vietnam", first: 1) { id } }`,
		path: "search.*.id", want: []any{"country:VN"}},
	{name: "tour guide finds travel guides first", query: `{ search(text: "tour guide", first: 1) { id } }`,
		path: "search.*.id", want: []any{"occupation:5113"}},
	{name: "nurs finds nursing (word beginnings)", query: `{ search(text: "nurs", kinds: [ARRANGEMENT], first: 1) { id } }`,
		path: "search.*.id", want: []any{"arrangement:asean-mra-nursing"}},
	{name: "nursing finds nurses (stems), after the whole word", query: `{ search(text: "nursing", kinds: [ARRANGEMENT]) { id } }`,
		path: "search.*.id", want: []any{"arrangement:asean-mra-nursing", "arrangement:jp-id-jiepa-nurses-careworkers", "arrangement:jp-ph-jpepa-2006",
			"arrangement:jp-vn-epa-nurses-careworkers", "arrangement:ph-de-triple-win-2013"}},
	{name: "ranked: alternative label, then whole words, then word beginnings",
		query: `{ searchHits(text: "nurse", first: 10) { matchedBy } }`,
		path:  "searchHits.*.matchedBy", want: []any{"ALT_LABEL", "WORDS", "WORDS", "WORDS", "WORDS", "WORDS", "WORDS", "WORDS", "WORDS", "PREFIX"}},
	{name: "a code is matched as a name", query: `{ searchHits(text: "PQF", first: 1) { node { id } matchedBy } }`,
		path: "searchHits.*.matchedBy", want: []any{"NAME"}},
	{name: "qualifications at AQRF 2 in the Philippines: the cookery NC II, at PQF 2",
		query: `{ qualifications(filter: {framework: "AQRF", level: 2, country: "PH", text: "cookery"}) { edges { node { id } } } }`,
		path:  "qualifications.edges.*.node.id", want: []any{"qualification:ph-tesda-nc2-cookery"}},
	{name: "and through the PQF 2 -> AQRF 2 reference",
		query: `{ qualifications(filter: {framework: "AQRF", level: 2, country: "PH", text: "cookery"}) { edges { via { level { id } } } } }`,
		path:  "qualifications.edges.*.via.*.level.id", want: []any{[]any{"level:AQRF:2"}}},
	{name: "at AQRF 2 in Malaysia: an MQF 2 certificate directly, SKM 2 certificates through MSCS 2 -> MQF 2 -> AQRF 2",
		query: `{ qualifications(filter: {framework: "AQRF", level: 2, country: "MY"}) { edges { via { level { id } } } } }`,
		path:  "qualifications.edges.*.via.*.level.id",
		want: []any{[]any{"level:AQRF:2"}, []any{"level:MQF:2", "level:AQRF:2"}, []any{"level:MQF:2", "level:AQRF:2"}, []any{"level:MQF:2", "level:AQRF:2"},
			[]any{"level:MQF:2", "level:AQRF:2"}, []any{"level:MQF:2", "level:AQRF:2"}, []any{"level:MQF:2", "level:AQRF:2"},
			[]any{"level:MQF:2", "level:AQRF:2"}}},
	{name: "a national level filter goes through no reference",
		query: `{ qualifications(filter: {framework: "PQF", level: 2}, first: 1) { edges { via { fit } } } }`,
		path:  "qualifications.edges.*.via", want: []any{nil}},
	// TESDA's standards are its Training Regulations: a planner searches
	// for "TESDA" and the qualification, which their titles do not hold.
	{name: "a search for TESDA's cookery standard finds its Training Regulations",
		query: `{ search(text: "TESDA TR cookery", kinds: [COMPETENCY_STANDARD]) { id } }`,
		path:  "search.*.id", want: []any{"standard:ph-tr-cookery-nc2"}},
}
