package api

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
)

// enumVariables refuses a variable whose enum value is not one of its
// type's values as written. GraphQL enum values are case-sensitive, and a
// literal in the query is held to that by the parser, but gqlparser's
// check of variables compares them without case: "mra" for an
// ArrangementType passed, then failed to convert (an internal error) or,
// in a list filter, matched nothing. It walks each variable by its
// declared type, into lists and input objects.
type enumVariables struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*enumVariables)(nil)

func (*enumVariables) ExtensionName() string { return "EnumVariables" }

func (e *enumVariables) Validate(es graphql.ExecutableSchema) error {
	e.schema = es.Schema()
	return nil
}

// maxEnumValuesNamed is how many of an enum's values the message lists.
const maxEnumValuesNamed = 30

func (e *enumVariables) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	for _, v := range opCtx.Operation.VariableDefinitions {
		if msg := e.check(v.Type, opCtx.Variables[v.Variable], "$"+v.Variable); msg != "" {
			return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": graph.CodeValidation}}
		}
	}
	return nil
}

// check returns what is wrong with value as a t at path, "" when nothing.
func (e *enumVariables) check(t *ast.Type, value any, path string) string {
	if value == nil || t == nil {
		return ""
	}
	if t.Elem != nil {
		items, ok := value.([]any)
		if !ok { // a single value is taken as a list of one
			return e.check(t.Elem, value, path)
		}
		for i, item := range items {
			if msg := e.check(t.Elem, item, fmt.Sprintf("%s[%d]", path, i)); msg != "" {
				return msg
			}
		}
		return ""
	}
	def := e.schema.Types[t.NamedType]
	if def == nil {
		return ""
	}
	switch def.Kind {
	case ast.Enum:
		s, ok := value.(string)
		if !ok || def.EnumValues.ForName(s) != nil {
			return ""
		}
		names := make([]string, 0, len(def.EnumValues))
		for i, v := range def.EnumValues {
			if i == maxEnumValuesNamed {
				names = append(names, "…")
				break
			}
			names = append(names, v.Name)
		}
		return fmt.Sprintf("variable %s: %q is not a value of %s (enum values are case-sensitive); the values are %s",
			path, s, def.Name, strings.Join(names, ", "))
	case ast.InputObject:
		fields, ok := value.(map[string]any)
		if !ok {
			return ""
		}
		for _, f := range def.Fields {
			if msg := e.check(f.Type, fields[f.Name], path+"."+f.Name); msg != "" {
				return msg
			}
		}
	}
	return ""
}
