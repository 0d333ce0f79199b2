package api

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func TestQueryDepth(t *testing.T) {
	for _, tc := range []struct {
		query      string
		want, intr int
	}{
		{`{ __typename }`, 1, 0},
		{`{ country(code: "PH") { name } }`, 2, 0},
		{"{ " + strings.Repeat("a { ", 13) + "b" + strings.Repeat(" }", 13) + " }", 14, 0},
		{`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`, 0, 13},
		{`{ __type(name: "Country") { name } country(code: "PH") { name } }`, 2, 2},
		{`query { a: country(code: "PH") { ...F } } fragment F on Country { frameworks { ... on QualificationFramework { code } } }`, 3, 0},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if got, intr := queryDepth(doc, doc.Operations[0]); got != tc.want || intr != tc.intr {
			t.Errorf("queryDepth(%s) = %d, %d, want %d, %d", tc.query, got, intr, tc.want, tc.intr)
		}
	}
}
