package storetest

// accessChecks state what the data says of access for foreigners beyond
// Thailand and the Philippines: occupations reserved for nationals and the
// year of the rules, each with how far it was checked (issue: demand and
// access for every member).
var accessChecks = []check{
	{name: "an in-demand listing says what its sources say of it",
		query: `{ occupation(iscoCode: "1120") { inDemandIn { country { code } list confidence note } } }`,
		path:  "occupation.inDemandIn.0.note", contains: "Named among the 59 occupations of the COL 2018/19"},
	{name: "Singapore reserves taxi driving to its citizens (checked at the LTA), and licenses civil engineers, nurses and midwives (checked in its statutes and at the SNB)",
		query: `{ country(code: "SG") { restrictions { occupation { iscoCode } rule since confidence } } }`,
		path:  "country.restrictions", want: []any{
			map[string]any{"occupation": map[string]any{"iscoCode": "2142"}, "rule": "LICENCE_REQUIRED", "since": "1991", "confidence": "VERIFIED"},
			map[string]any{"occupation": map[string]any{"iscoCode": "2221"}, "rule": "LICENCE_REQUIRED", "since": "2000", "confidence": "VERIFIED"},
			map[string]any{"occupation": map[string]any{"iscoCode": "2222"}, "rule": "LICENCE_REQUIRED", "since": "2000", "confidence": "VERIFIED"},
			map[string]any{"occupation": map[string]any{"iscoCode": "8322"}, "rule": "RESERVED_FOR_NATIONALS", "since": nil, "confidence": "VERIFIED"}}},
	// A licence the destination requires is a condition of the route, never
	// a block: the MRA makes a Philippine nurse eligible to apply for
	// Singapore's registration, which is not the registration itself.
	{name: "a Philippine nurse's MRA route into Singapore stays open, on Singapore's licensing as a condition",
		query: `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") { outcome paths { blocked conditions } } }`,
		path:  "recognitionPaths.paths.0.blocked", want: false},
	{name: "the condition says recognition on the nursing MRA's route is not Singapore's licence",
		query: `{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") { paths { conditions } } }`,
		path:  "recognitionPaths.paths.0.conditions.6",
		want: "Singapore requires its own registration or licence for the regulated work of Nursing professionals (ISCO-08 2221) (LICENCE_REQUIRED, since 2000); " +
			"recognition on this route is not that licence: at most it makes the person eligible to apply for it there. The rule: Under the Nurses and " +
			"Midwives Act 1999, a person may practise nursing in Singapore only when registered or enrolled with the Singapore Nursing Board and holding " +
			"a valid practising certificate; practising without one is an offence (section 26(1))."},
	{name: "Malaysia admits advocates and solicitors who are citizens or permanent residents",
		query: `{ country(code: "MY") { restrictions { occupation { iscoCode } description } } }`,
		path:  "country.restrictions.*.description", contains: "a Federal citizen or a permanent resident of Malaysia"},
	{name: "Cambodia: the 2019 prakas, seven occupations",
		query: `{ country(code: "KH") { restrictionsCoverage { covered lists { year entries } } } }`,
		path:  "country.restrictionsCoverage", want: map[string]any{"covered": true,
			"lists": []any{map[string]any{"year": 2019.0, "entries": 7.0}}}},
	{name: "Cambodia reserves hairdressing to nationals since 2019",
		query: `{ country(code: "KH") { restrictions { occupation { iscoCode } rule since } } }`,
		path:  "country.restrictions", contains: "map[occupation:map[iscoCode:5141] rule:RESERVED_FOR_NATIONALS since:2019]"},
	{name: "a Philippine nurse's MRA route into Malaysia names Malaysia's practising certificate, with no date where none was read",
		query: `{ recognitionPaths(from: "PH", to: "MY", qualification: "qualification:ph-prc-registered-nurse") { paths { conditions } } }`,
		path:  "recognitionPaths.paths.0.conditions",
		contains: "Malaysia requires its own registration or licence for the regulated work of Nursing professionals (ISCO-08 2221) (LICENCE_REQUIRED); " +
			"recognition on this route is not that licence"},
	{name: "Cambodia's restrictions coverage names its rules as ended",
		query: `{ country(code: "KH") { restrictionsCoverage { lists { name } } } }`,
		path:  "country.restrictionsCoverage.lists.0.name", want: "Cambodia's rules on occupations for foreigners (from 2019, ended 2019-10-05)"},
	{name: "Cambodia's 2019 rules are listed with their reported end (reversed on 5 October 2019)",
		query: `{ country(code: "KH") { restrictions { occupation { iscoCode } since until confidence } } }`,
		path:  "country.restrictions", contains: "map[confidence:UNVERIFIED occupation:map[iscoCode:5141] since:2019 until:2019-10-05]"},
	{name: "Brunei's frozen posts are listed, unverified (a press report only)",
		query: `{ country(code: "BN") { restrictions { confidence } } }`,
		path:  "country.restrictions.*.confidence", want: []any{"UNVERIFIED", "UNVERIFIED", "UNVERIFIED"}},
}
