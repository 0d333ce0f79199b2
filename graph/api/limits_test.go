package api

import (
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func TestQueryDepth(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  int
	}{
		{`{ __typename }`, 1},
		{`{ country(code: "PH") { name } }`, 2},
		{"{ " + strings.Repeat("a { ", 13) + "b" + strings.Repeat(" }", 13) + " }", 14},
		{`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`, 0},
		{`query { a: country(code: "PH") { ...F } } fragment F on Country { frameworks { ... on QualificationFramework { code } } }`, 3},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
		if err != nil {
			t.Fatalf("%s: %v", tc.query, err)
		}
		if got := queryDepth(doc, doc.Operations[0]); got != tc.want {
			t.Errorf("queryDepth(%s) = %d, want %d", tc.query, got, tc.want)
		}
	}
}
