package graph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"
)

// plans compiles each root field of query and renders its plan, a step
// as "from>REL:dir".
func plans(t *testing.T, query string, vars map[string]any) map[string][]string {
	t.Helper()
	doc, errs := gqlparser.LoadQuery(parsedSchema, query)
	if errs != nil {
		t.Fatalf("%s: %v", query, errs)
	}
	op := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0], Variables: vars}
	out := map[string][]string{}
	for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"}) {
		steps := []string{}
		for _, st := range compilePlan(op, f.Definition.Type.Name(), f.Selections, nil) {
			steps = append(steps, fmt.Sprintf("%d>%s:%s", st.From[0], st.Rel, st.Dir))
		}
		out[f.Alias] = steps
	}
	return out
}

func TestCompilePlan(t *testing.T) {
	cases := []struct {
		name, query string
		vars        map[string]any
		want        map[string][]string
	}{
		{"nested lists", `{ countries { code frameworks { levels { qualifications { id } } } } }`, nil,
			map[string][]string{"countries": {"-1>OF_COUNTRY:in", "0>HAS_LEVEL:out", "1>AT_LEVEL:in"}}},
		{"scalars only: nothing to prefetch", `{ countries { code name } }`, nil,
			map[string][]string{"countries": {}}},
		{"aliases and fragments of one field are one step",
			`{ countries { a: frameworks { code } b: frameworks { ...F } } }
			 fragment F on QualificationFramework { levels { id } sources { title } }`, nil,
			map[string][]string{"countries": {"-1>OF_COUNTRY:in", "0>HAS_LEVEL:out", "0>CITES:out"}}},
		{"inline fragments on an interface, per concrete type",
			`{ node(id: "country:PH") { id ... on Country { frameworks { code } } ... on Qualification { level { id } sources { url } } } }`, nil,
			map[string][]string{"node": {"-1>OF_COUNTRY:in", "-1>AT_LEVEL:out", "-1>CITES:out"}}},
		{"a fragment spread on an interface inside a list",
			`{ arrangements { edges { node { parties { code } sources { title } recognises { ...Q } } } } }
			 fragment Q on Node { ... on Qualification { level { id } } }`, nil,
			map[string][]string{"arrangements": {"-1>PARTY:out", "-1>CITES:out", "-1>RECOGNISES:out", "2>AT_LEVEL:out"}}},
		{"connections pass through edges and node",
			`{ qualifications(first: 5) { totalCount edges { cursor node { level { id } } } pageInfo { hasNextPage } } }`, nil,
			map[string][]string{"qualifications": {"-1>AT_LEVEL:out"}}},
		{"rows: the far node follows the row's step, the near one its object",
			`{ countries { inDemand { list occupation { qualifications { id } } country { frameworks { code } } } } }`, nil,
			map[string][]string{"countries": {"-1>IN_DEMAND_IN:in", "0>QUALIFIES_FOR:in", "-1>OF_COUNTRY:in"}}},
		{"skipped and included by variables",
			`query($no: Boolean!) { countries { frameworks @skip(if: $no) { code } sources @include(if: $no) { title } authorities { id } } }`,
			map[string]any{"no": true},
			map[string][]string{"countries": {"-1>CITES:out", "-1>IN_COUNTRY:in"}}},
		{"two root fields, each its own plan",
			`{ c: country(code: "PH") { frameworks { code } } f: frameworks { levels { id } } }`, nil,
			map[string][]string{"c": {"-1>OF_COUNTRY:in"}, "f": {"-1>HAS_LEVEL:out"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := plans(t, c.query, c.vars)
			for k, want := range c.want {
				if !slices.Equal(got[k], want) {
					t.Errorf("%s: plan %q, want %q", k, got[k], want)
				}
			}
		})
	}
}

// A plan is bounded whatever the query: beyond MaxPlanSteps the loaders
// read as the resolvers ask.
func TestCompilePlanBounded(t *testing.T) {
	q := `{ occupations { edges { node {
		standards { units { skills { units { sources { id } } occupations { sources { id } } } } qualifications { level { qualifications { id } } } }
		qualifications { occupations { standards { alignedTo { id } alignedFrom { id } } } level { referencedTo { level { referencedTo { level { id } } } } } }
		arrangements { parties { frameworks { levels { qualifications { standards { units { skills { id } } } } } } } occupations { standards { id } } }
		requiredSkills { skill { units { standard { occupations { arrangements { recognises { id } authorities { country { id } } } } } } } }
		inDemandIn { country { authorities { sources { id } } restrictions { occupation { standards { issuedBy { sources { id } } } } } } }
		restrictions { country { arrangements { sources { id } occupations { qualifications { recognisedBy { parties { sources { id } } } } } } } }
		sources { id } } } } }`
	got := plans(t, q, nil)["occupations"]
	if len(got) != MaxPlanSteps {
		t.Errorf("%d steps, want the cap of %d", len(got), MaxPlanSteps)
	}
}
