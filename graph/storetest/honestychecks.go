package storetest

// honestyChecks state what an answer may claim from the arrangements two
// countries share: no count the answer did not read, no channel to work that
// the instrument's own terms exclude.
var honestyChecks = []check{
	// The reason must count every arrangement the two countries share, not
	// only those that name the occupation (Indonesia and Malaysia share
	// twelve: the eight MRAs, the agreement on the movement of natural
	// persons, the Guiding Principles, the Vientiane Declaration and the
	// memorandum); and say of an instrument not in force that it is not.
	{name: "an Indonesian domestic worker to Malaysia: the reason does not count the shared arrangements as one",
		query: `{ recognitionPaths(from: "ID", to: "MY", occupation: "occupation:9111") { reason } }`,
		path:  "recognitionPaths.reason",
		contains: "No arrangement route: of the 12 arrangements in our data to which both Indonesia and Malaysia are parties, only the " +
			"Memorandum of Understanding between Malaysia and Indonesia on the Recruitment and Placement (Protection) of Indonesian Domestic Workers " +
			"(signed on 2022-04-01, but our sources do not show it in force) covers Domestic cleaners and helpers (ISCO-08 9111), and it recognises no skills.",
		absent: "of the 1 arrangement"},
	{name: "a Philippine cook to Germany: the reason does not count the shared arrangements as one",
		query: `{ recognitionPaths(from: "PH", to: "DE", occupation: "occupation:5120") { reason } }`,
		path:  "recognitionPaths.reason",
		contains: "No arrangement route: of the 3 arrangements in our data to which both Philippines and Germany are parties, only the " +
			"Letter of Intent between the POEA and the German Federal Employment Agency on skilled workers (signed on 2022-06, but our sources do not show it in force) " +
			"covers Cooks (ISCO-08 5120), and it recognises no skills."},
	// The ASEAN Agreement on the Movement of Natural Persons admits, for a
	// stay, the business persons each member schedules, and its own terms
	// exclude employment in the labour market generally: it is not a channel
	// to work for a construction labourer.
	{name: "the ASEAN agreement on the movement of natural persons gives temporary entry, not a recruitment channel",
		query: `{ node(id: "arrangement:asean-amnp-2012") { ... on Arrangement { yields } } }`,
		path:  "node.yields", want: "TEMPORARY_ENTRY"},
	{name: "a Cambodian construction labourer to Thailand: the reason does not offer the agreement on the movement of natural persons as a channel to work",
		query: `{ recognitionPaths(from: "KH", to: "TH", occupation: "occupation:9313") { reason } }`,
		path:  "recognitionPaths.reason", absent: "Movement of Natural Persons"},
	{name: "a Myanmar construction labourer to Thailand: the labour memorandum, listing no occupations, may admit the work",
		query: `{ recognitionPaths(from: "MM", to: "TH", occupation: "occupation:9313") { reason } }`,
		path:  "recognitionPaths.reason",
		contains: "The Thailand–Myanmar Memorandum of Understanding on Labour Cooperation and Agreement on Employment of Workers, in force, opens a channel to work in Thailand, " +
			"but our data lists no occupations for it: whether it admits this work is not known here."},
	// Who decides: a body whose part the sources read do not confirm is
	// said to be unverified in the decision itself, not only on its step;
	// and tourism, which no member regulates as a profession, has no
	// "host regulator".
	{name: "a certified tourism professional to Thailand: the decision says the tourism department's part is unverified, and no decision or step names a regulator",
		query: `{ recognitionPaths(from: "PH", to: "TH", qualification: "qualification:asean-tourism-professional") { paths { decision steps { explanation } } } }`,
		path:  "recognitionPaths.paths.0",
		contains: "in Thailand our data names Department of Tourism, Ministry of Tourism and Sports, Thailand (DOT) (the body our sources name for this work there; " +
			"its designation under the arrangement, or that it decides, is not in our data; unverified: the sources read do not confirm its part).",
		absent: "regulator"},
	{name: "an Indonesian cook to Singapore: the host country decides, and no body there is named",
		query: `{ recognitionPaths(from: "ID", to: "SG", occupation: "occupation:5120") { paths { decision } } }`,
		path:  "recognitionPaths.paths.0.decision", contains: "; our data names no deciding authority in Singapore. The ASEAN Mutual Recognition Arrangement on Tourism Professionals facilitates; it does not decide."},
	{name: "a Philippine engineer to Cambodia: the decision says the board's part is unverified",
		query: `{ recognitionPaths(from: "PH", to: "KH", occupation: "occupation:2142") { paths { decision } } }`,
		path:  "recognitionPaths.paths.0.decision", contains: "unverified: the sources read do not confirm its part"},
	// Comparability is not recognition, and an MRA grants none either: it
	// makes a nurse eligible to apply to the host regulator.
	{name: "a Philippine nurse to Malaysia: the comparability route points to the MRA route without saying the MRA grants recognition",
		query:    `{ recognitionPaths(from: "PH", to: "MY", qualification: "qualification:ph-prc-registered-nurse") { paths { strength summary } } }`,
		path:     "recognitionPaths.paths",
		contains: "comparability is not recognition: for recognition in Malaysia, see the route through the ASEAN Mutual Recognition Arrangement on Nursing Services.",
		absent:   "granted by"},
	// A pilot recognises nothing.
	{name: "a Cambodian bricklayer to Thailand: the pilot's step does not say it recognises the certificate",
		query: `{ recognitionPaths(from: "KH", to: "TH", qualification: "qualification:kh-mlvt-bricklaying-certificate") { prospects { steps { relation explanation } } } }`,
		path:  "recognitionPaths.prospects.0.steps.0",
		want: map[string]any{"relation": "RECOGNISES", "explanation": "The Cambodia–Thailand mutual recognition of skills: bricklaying and plastering (pilot) names " +
			"Cambodian national skills certificate in bricklaying (MLVT), but it is not in force: it recognises nothing yet."}},
	// Thailand opens engineering to foreigners only under an agreement
	// binding it; its rule, as read, names no MRA: whether the MRA is such
	// an agreement is not asserted.
	{name: "an Indonesian engineer to Thailand: the condition says the rule does not say whether the MRA meets it, and does not assert that it does",
		query:    `{ recognitionPaths(from: "ID", to: "TH", occupation: "occupation:2142") { paths { conditions } } }`,
		path:     "recognitionPaths.paths.0.conditions",
		contains: "on this route the ASEAN Mutual Recognition Arrangement on Engineering Services is the agreement that could meet it; whether it does, the rule as our sources report it does not say.",
		absent:   "is that agreement"},
	// The tourism MRA's job titles hold no tour guide (none was read to
	// be one): the regional tourism certificates do not qualify for
	// travel guiding either.
	{name: "the regional tourism certificates do not qualify for travel guiding, as the tourism MRA does not cover it",
		query: `{ occupation(iscoCode: "5113") { qualifications { id } } }`,
		path:  "occupation.qualifications.*.id", want: []any{"qualification:ph-tesda-nc2-local-guiding-services"}},
	// A summary says when the route rests on a step our data holds
	// unverified, as its steps do, whatever that step is.
	{name: "an Indonesian tourism certificate to Malaysia: the summary says the route rests on an unverified step",
		query: `{ recognitionPaths(from: "ID", to: "MY", qualification: "qualification:id-bnsp-certificate-skkni-tourism") { paths { summary } } }`,
		path:  "recognitionPaths.paths.0.summary", contains: " It rests on a step our data holds unverified (see its steps)."},
	{name: "a Myanmar cook to Japan: the channel's summary says it rests on an unverified step",
		query: `{ recognitionPaths(from: "MM", to: "JP", occupation: "occupation:5120") { channels { summary } } }`,
		path:  "recognitionPaths.channels.0.summary", contains: " It rests on a step our data holds unverified (see its steps)."},
	{name: "a Philippine nurse to Singapore: a route checked at every step says nothing of the kind",
		query: `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") { paths { summary } } }`,
		path:  "recognitionPaths.paths.0.summary", absent: "unverified"},
	// Indonesia's Manpower Ministry said its SSW memorandum with Japan would
	// end in June 2024; Japan's agency still lists it, and no source read
	// settles it: the channel is shown, and said to rest on an unverified
	// record.
	{name: "an Indonesian cook to Japan: the SSW channel says it rests on an unverified record",
		query:    `{ recognitionPaths(from: "ID", to: "JP", occupation: "occupation:5120") { channels { summary } } }`,
		path:     "recognitionPaths.channels.0.summary",
		contains: "It rests on a step our data holds unverified (see its steps)."},
	{name: "the Japan–Indonesia SSW memorandum is unverified",
		query: `{ node(id: "arrangement:jp-id-ssw-moc") { ... on Arrangement { confidence } } }`,
		path:  "node.confidence", want: "UNVERIFIED"},
	// ROUTES_FOUND counts comparability as a route: an answer says how
	// strong its strongest open route is, so that a client does not read
	// comparability alone as recognition.
	{name: "an Indonesian dressmaking certificate to the Philippines: routes found, the strongest only comparability",
		query: `{ recognitionPaths(from: "ID", to: "PH", qualification: "qualification:id-bnsp-kkni2-fashion-dressmaking") { outcome strongest paths { strength } } }`,
		path:  "recognitionPaths", want: map[string]any{"outcome": "ROUTES_FOUND", "strongest": "COMPARABLE", "paths": []any{map[string]any{"strength": "COMPARABLE"}}}},
	{name: "a Philippine nurse to Singapore: the strongest open route is the nursing MRA's, conditional",
		query: `{ ` + nurse + ` { strongest } }`,
		path:  "recognitionPaths.strongest", want: "CONDITIONAL"},
	{name: "a Thai tour guide to Viet Nam: no open route, no strength",
		query: `{ recognitionPaths(from: "TH", to: "VN", occupation: "occupation:5113") { outcome strongest } }`,
		path:  "recognitionPaths", want: map[string]any{"outcome": "NO_ROUTE", "strongest": nil}},
	// A route says whether it rests on an unverified step, as a value (the
	// step naming who decides excepted, which shows its own), and an
	// alignment route's summary says it as arrangement routes' do.
	{name: "a CATC Certificate IV to Indonesia: each route's confidence",
		query: `{ recognitionPaths(from: "PH", to: "ID", qualification: "qualification:catc-certificate-iv") { paths { strength confidence } } }`,
		path:  "recognitionPaths.paths", want: []any{
			map[string]any{"strength": "CONDITIONAL", "confidence": "VERIFIED"},
			map[string]any{"strength": "ALIGNED", "confidence": "VERIFIED"},
			map[string]any{"strength": "ALIGNED", "confidence": "VERIFIED"},
			map[string]any{"strength": "ALIGNED", "confidence": "UNVERIFIED"}}},
	{name: "and the alignment route on unverified steps says so",
		query:    `{ recognitionPaths(from: "PH", to: "ID", qualification: "qualification:catc-certificate-iv") { paths { summary } } }`,
		path:     "recognitionPaths.paths.3.summary",
		contains: "not automatic. It rests on a step our data holds unverified (see its steps)."},
	{name: "an Indonesian cook to Japan: the SSW channel is unverified",
		query: `{ recognitionPaths(from: "ID", to: "JP", occupation: "occupation:5120") { channels { confidence } } }`,
		path:  "recognitionPaths.channels.0.confidence", want: "UNVERIFIED"},
	// A step that names who decides, on a link the sources read do not
	// confirm, says so in its words, not only in its confidence.
	{name: "an Indonesian professional engineer to Cambodia: the unverified step naming the regulator says it is unverified",
		query: `{ recognitionPaths(from: "ID", to: "KH", qualification: "qualification:id-professional-engineer") { paths { steps { relation confidence explanation } } } }`,
		path:  "recognitionPaths.paths.0.steps", contains: "map[confidence:UNVERIFIED explanation:In Cambodia the profession the ASEAN Mutual Recognition Arrangement on Engineering Services covers is regulated by Board of Engineers Cambodia (BEC), which decides there; that it is the body designated under the arrangement is not in our data. Unverified: the sources read do not confirm this link. relation:ADMINISTERED_BY]"},
	// decidedBy names the bodies; deciders gives each link's basis and
	// confidence, which the list of names dropped.
	{name: "an Indonesian professional engineer to Cambodia: the decider's link, the regulator only, unverified",
		query: `{ recognitionPaths(from: "ID", to: "KH", qualification: "qualification:id-professional-engineer") { paths { deciders { authority { id } basis confidence } } } }`,
		path:  "recognitionPaths.paths.0.deciders", want: []any{map[string]any{"authority": map[string]any{"id": "authority:bec-kh"}, "basis": "REGULATOR_ONLY", "confidence": "UNVERIFIED"}}},
	// A page of routes says how many there are in all.
	{name: "first: 1 of a Malaysian SKM 2's routes to the Philippines says how many there are",
		query: `{ recognitionPaths(from: "MY", to: "PH", qualification: "qualification:my-skm2-food-preparation-production", first: 1) { totalPaths paths { strength } } }`,
		path:  "recognitionPaths.totalPaths", want: 2.0},
}
