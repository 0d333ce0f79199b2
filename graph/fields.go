package graph

import (
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// operationProps returns, by kind, the properties the operation reads of
// the records its plans reach (model.PropsFor the names of every field it
// selects, through fragments), worked out once per operation. One list per
// kind for every root field: a record primed for one field then serves
// any other field of the same operation that reaches it.
func (l *Loaders) operationProps(op *graphql.OperationContext) func(kind string) []string {
	l.propsOnce.Do(func() {
		fields := map[string]bool{}
		if op != nil && op.Operation != nil {
			collectFieldNames(op.Doc, op.Operation.SelectionSet, fields, map[string]bool{})
		}
		l.props = map[string][]string{}
		for _, k := range model.Kinds {
			l.props[k] = model.PropsFor(k, fields)
		}
	})
	return func(kind string) []string { return l.props[kind] }
}

// collectFieldNames adds the name of every field in sels, and in the
// fragments they spread (each once), to fields.
func collectFieldNames(doc *ast.QueryDocument, sels ast.SelectionSet, fields, spread map[string]bool) {
	for _, sel := range sels {
		switch s := sel.(type) {
		case *ast.Field:
			fields[s.Name] = true
			collectFieldNames(doc, s.SelectionSet, fields, spread)
		case *ast.InlineFragment:
			collectFieldNames(doc, s.SelectionSet, fields, spread)
		case *ast.FragmentSpread:
			if spread[s.Name] || doc == nil {
				continue
			}
			spread[s.Name] = true
			if f := doc.Fragments.ForName(s.Name); f != nil {
				collectFieldNames(doc, f.SelectionSet, fields, spread)
			}
		}
	}
}
