package storetest

// accessChecks state what the data says of access for foreigners beyond
// Thailand and the Philippines: occupations reserved for nationals and the
// year of the rules, each with how far it was checked (issue: demand and
// access for every member).
var accessChecks = []check{
	{name: "an in-demand listing says what its sources say of it",
		query: `{ occupation(iscoCode: "1120") { inDemandIn { country { code } list confidence note } } }`,
		path:  "occupation.inDemandIn.0.note", contains: "Named among the 59 occupations of the COL 2018/19"},
	{name: "Singapore reserves taxi driving to its citizens (checked at the LTA)",
		query: `{ country(code: "SG") { restrictions { occupation { iscoCode } rule confidence } } }`,
		path:  "country.restrictions", want: []any{map[string]any{
			"occupation": map[string]any{"iscoCode": "8322"}, "rule": "RESERVED_FOR_NATIONALS", "confidence": "VERIFIED"}}},
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
	{name: "Brunei's frozen posts are listed, unverified (a press report only)",
		query: `{ country(code: "BN") { restrictions { confidence } } }`,
		path:  "country.restrictions.*.confidence", want: []any{"UNVERIFIED", "UNVERIFIED", "UNVERIFIED"}},
}
