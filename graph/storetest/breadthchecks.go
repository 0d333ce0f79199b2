package storetest

// Questions that the qualifications loaded for more occupations answer:
// a framework route that ends at a comparable qualification of the
// destination for the same occupation, and an ALIGNED route whose every
// step is verified.
const (
	machinistPhMy = `recognitionPaths(from: "PH", to: "MY", qualification: "qualification:ph-tesda-nc2-machining")`
	cookIdVn      = `recognitionPaths(from: "ID", to: "VN", occupation: "occupation:5120")`
)

var breadthChecks = []check{
	{name: "a Philippine Machining NC II holder to Malaysia: two comparability routes, found",
		query: `{ ` + machinistPhMy + ` { outcome paths { strength } } }`, path: "recognitionPaths",
		want: map[string]any{"outcome": "ROUTES_FOUND", "paths": []any{
			map[string]any{"strength": "COMPARABLE"}, map[string]any{"strength": "COMPARABLE"}}}},
	{name: "the second ends at the Malaysian SKM 2 in machining operation, for the same occupation",
		query: `{ ` + machinistPhMy + ` { paths { summary } } }`, path: "recognitionPaths.paths.1.summary",
		contains: "Sijil Kemahiran Malaysia (SKM) Level 2: Machining Operation is at that level for the same occupation"},
	{name: "through MSCS 2 -> MQF 2, to the SKM 2 and its occupation",
		query: `{ ` + machinistPhMy + ` { paths { steps { relation from { id } to { id } } } } }`, path: "recognitionPaths.paths.1.steps",
		contains: "map[from:map[id:qualification:my-skm2-machining-operation] relation:QUALIFIES_FOR to:map[id:occupation:7223]]"},
	{name: "an Indonesian cook to Viet Nam: an ALIGNED route through the Ministry of Tourism's ACCSTP-based scheme to the food preparation standard, its Vietnamese steps unverified (the area rests on a report that was never read)",
		query: `{ ` + cookIdVn + ` { paths { strength steps { from { id } confidence } } } }`, path: "recognitionPaths.paths.1",
		want: map[string]any{"strength": "ALIGNED", "steps": []any{
			map[string]any{"from": map[string]any{"id": "standard:id-kemenpar-okupasi-tata-boga-2015"}, "confidence": "VERIFIED"},
			map[string]any{"from": map[string]any{"id": "standard:id-kemenpar-okupasi-tata-boga-2015"}, "confidence": "VERIFIED"},
			map[string]any{"from": map[string]any{"id": "standard:vn-vtos-2013-food-preparation"}, "confidence": "UNVERIFIED"},
			map[string]any{"from": map[string]any{"id": "qualification:vn-vtcb-vtos-certificate"}, "confidence": "UNVERIFIED"}}}},
}
