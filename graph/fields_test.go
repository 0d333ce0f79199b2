package graph

import (
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

func opContext(t *testing.T, q string) *graphql.OperationContext {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		t.Fatal(err)
	}
	return &graphql.OperationContext{RawQuery: q, Doc: doc, Operation: doc.Operations[0]}
}

// The properties an operation reads are worked out from its fields once
// per text: the same text gets the same lists, another text its own.
func TestOperationPropsByText(t *testing.T) {
	q1 := `{ search(text: "nurse") { id ... on QualificationFramework { levelCount note } } }`
	q2 := `{ search(text: "nurse") { id ... on QualificationFramework { code name } } }`
	var a, b, c Loaders
	pa := a.operationProps(opContext(t, q1))(model.KindFramework)
	pb := b.operationProps(opContext(t, q1))(model.KindFramework)
	pc := c.operationProps(opContext(t, q2))(model.KindFramework)
	want := model.PropsFor(model.KindFramework, map[string]bool{"search": true, "id": true, "code": true, "name": true})
	if !slices.Equal(pc, want) {
		t.Errorf("framework props of %s = %v, want %v", q2, pc, want)
	}
	if !slices.Equal(pa, pb) || slices.Equal(pa, pc) {
		t.Errorf("props %v, %v (same text), %v (another); want the first two equal, the third not", pa, pb, pc)
	}
	if len(pc) != cap(pc) {
		t.Errorf("a shared list has room to grow (len %d, cap %d): an append would write into it", len(pc), cap(pc))
	}
}
