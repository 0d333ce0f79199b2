package api

import (
	"context"
	"errors"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// costListsByFirst makes the fields that return up to `first` items cost
// their selection once per item: 1 + childComplexity * first, with first
// taken as the field's default when absent and held to the range the field
// accepts (graph.Limit.Bound: the resolvers' own limits). `paths` costs maxHops
// times that again, `nodes` its selection once per ID. Every other field
// costs gqlgen's default, 1 + childComplexity.
func costListsByFirst(c *graph.ComplexityRoot) {
	q := &c.Query
	q.Occupations = func(child int, _ *model.OccupationFilter, first *int, _ *string) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.Qualifications = func(child int, _ *model.QualificationFilter, first *int, _ *string) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.CompetencyStandards = func(child int, _ *model.CompetencyStandardFilter, first *int, _ *string) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.Arrangements = func(child int, _ *model.ArrangementFilter, first *int, _ *string) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.Authorities = func(child int, _ *string, first *int, _ *string) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.Search = func(child int, _ string, _ []model.NodeKind, first *int) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.SearchHits = func(child int, _ string, _ []model.NodeKind, first *int) int {
		return 1 + child*graph.ListFirst.Bound(first)
	}
	q.RecognitionPaths = func(child int, _, _ string, _, _ *string, first *int) int {
		return 1 + child*graph.RoutesFirst.Bound(first)
	}
	q.Paths = func(child int, _, _ string, maxHops *int, _ []model.RelationType, first *int) int {
		return 1 + child*graph.PathsFirst.Bound(first)*graph.PathsHops.Bound(maxHops)
	}
	q.Nodes = func(child int, ids []string) int {
		return 1 + child*max(1, min(len(ids), graph.MaxNodes))
	}
}

// depthLimit refuses, before it runs, an operation whose fields nest deeper
// than max, counting through fragments. Introspection (__schema, __type) is
// not counted: gqlparser's own rule bounds it, and GraphiQL's schema query
// is deep.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (d depthLimit) Validate(graphql.ExecutableSchema) error {
	if d.max < 1 {
		return errors.New("the depth limit must be at least 1")
	}
	return nil
}

func (d depthLimit) MutateOperationContext(_ context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	depth := queryDepth(opCtx.Doc, opCtx.Operation)
	if depth <= d.max {
		return nil
	}
	return &gqlerror.Error{
		Message: fmt.Sprintf("the query nests fields %d deep, more than the limit of %d: ask for fewer levels and follow up with node(id:) queries", depth, d.max),
		Extensions: map[string]any{
			"code":     graph.CodeTooComplex,
			"depth":    depth,
			"maxDepth": d.max,
		},
	}
}

// queryDepth returns how deep the operation's fields nest: `{ a }` is 1,
// `{ a { b } }` is 2. Each fragment is measured once.
func queryDepth(doc *ast.QueryDocument, op *ast.OperationDefinition) int {
	memo := map[string]int{}
	var fragment func(name string) int
	var set func(ss ast.SelectionSet) int
	set = func(ss ast.SelectionSet) int {
		deepest := 0
		for _, sel := range ss {
			d := 0
			switch s := sel.(type) {
			case *ast.Field:
				if s.Name == "__schema" || s.Name == "__type" {
					continue
				}
				d = 1 + set(s.SelectionSet)
			case *ast.InlineFragment:
				d = set(s.SelectionSet)
			case *ast.FragmentSpread:
				d = fragment(s.Name)
			}
			deepest = max(deepest, d)
		}
		return deepest
	}
	fragment = func(name string) int {
		if d, ok := memo[name]; ok {
			return d
		}
		memo[name] = 0 // a cycle (already refused by validation) adds nothing
		f := doc.Fragments.ForName(name)
		if f == nil {
			return 0
		}
		d := set(f.SelectionSet)
		memo[name] = d
		return d
	}
	return set(op.SelectionSet)
}
