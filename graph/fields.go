package graph

import (
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/internal/memo"
)

// operationProps returns, by kind, the properties the operation reads of
// the records its plans reach (model.PropsFor the names of every field it
// selects, through fragments), worked out once per operation. One list per
// kind for every root field: a record primed for one field then serves
// any other field of the same operation that reaches it.
//
// The same operation text selects the same fields, so the lists are
// remembered by text (operationPropsMemo) and shared: read-only, each
// clipped so that an append copies it.
func (l *Loaders) operationProps(op *graphql.OperationContext) func(kind string) []string {
	l.propsOnce.Do(func() {
		if op == nil || op.Operation == nil {
			l.props = propsByKind(nil, nil)
			return
		}
		if op.RawQuery == "" {
			l.props = propsByKind(op.Doc, op.Operation)
			return
		}
		l.props = operationPropsMemo.Get(op.RawQuery+"\x00"+op.Operation.Name, func() map[string][]string {
			return propsByKind(op.Doc, op.Operation)
		})
	})
	return func(kind string) []string { return l.props[kind] }
}

// operationPropsMemo holds propsByKind of the operations asked most
// recently, by their text and name.
var operationPropsMemo = memo.Map[string, map[string][]string]{Max: 512}

// propsByKind is, by kind, the properties the operation reads (none
// selected when it is nil).
func propsByKind(doc *ast.QueryDocument, op *ast.OperationDefinition) map[string][]string {
	fields := map[string]bool{}
	if op != nil {
		collectFieldNames(doc, op.SelectionSet, fields, map[string]bool{})
	}
	props := make(map[string][]string, len(model.Kinds))
	for _, k := range model.Kinds {
		props[k] = slices.Clip(model.PropsFor(k, fields))
	}
	return props
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
