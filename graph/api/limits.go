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
// accepts (graph.Limit.Bound: the resolvers' own limits). The root fields
// whose work grows with the graph (a scan, a search, a traversal) cost that
// work on top (see workCost); `paths` also costs its items maxHops times,
// `nodes` its selection once per ID. Every other field costs gqlgen's
// default, 1 + childComplexity.
func costListsByFirst(c *graph.ComplexityRoot) {
	q := &c.Query
	list := func(child int, first *int, l graph.Limit) int {
		return addCost(1, mulCost(child, l.Bound(first)))
	}
	q.Occupations = func(child int, _ *model.OccupationFilter, first *int, _ *string) int {
		return addCost(costScan, list(child, first, graph.ListFirst))
	}
	q.Qualifications = func(child int, _ *model.QualificationFilter, first *int, _ *string) int {
		return addCost(costScan, list(child, first, graph.ListFirst))
	}
	q.CompetencyStandards = func(child int, _ *model.CompetencyStandardFilter, first *int, _ *string) int {
		return addCost(costScan, list(child, first, graph.ListFirst))
	}
	q.Arrangements = func(child int, _ *model.ArrangementFilter, first *int, _ *string) int {
		return addCost(costScan, list(child, first, graph.ListFirst))
	}
	q.Authorities = func(child int, _ *string, first *int, _ *string) int {
		return addCost(costScan, list(child, first, graph.ListFirst))
	}
	q.Search = func(child int, _ string, _ []model.NodeKind, first *int) int {
		return addCost(costSearch, list(child, first, graph.ListFirst))
	}
	q.SearchHits = func(child int, _ string, _ []model.NodeKind, first *int) int {
		return addCost(costSearch, list(child, first, graph.ListFirst))
	}
	q.RecognitionPaths = func(child int, _, _ string, _, _ *string, first *int) int {
		return addCost(costRecognition, list(child, first, graph.RoutesFirst))
	}
	q.Paths = func(child int, _, _ string, maxHops *int, _ []model.RelationType, first *int) int {
		hops := graph.PathsHops.Bound(maxHops)
		return addCost(mulCost(costPathHop, hops), list(mulCost(child, hops), first, graph.PathsFirst))
	}
	q.Nodes = func(child int, ids []string) int {
		return addCost(1, mulCost(child, max(1, min(len(ids), graph.MaxNodes))))
	}
	scan := func(child int) int { return addCost(costScan, addCost(1, child)) }
	q.Countries = func(child int, _ *bool) int { return scan(child) }
	q.Frameworks = func(child int, _ *model.FrameworkScope) int { return scan(child) }
	q.LevelEquivalents = func(child int, _ string, _ int, _ *string) int { return addCost(costLevels, addCost(1, child)) }
	q.LevelComparisons = func(child int, _ string, _ int, _ *string) int { return addCost(costLevels, addCost(1, child)) }
	q.CompareStandards = func(child int, _, _ string) int { return addCost(costCompare, addCost(1, child)) }
	q.Coverage = func(child int) int { return addCost(costCoverage, addCost(1, child)) }
}

// workCost: what the root fields whose work grows with the graph cost on
// top of their selection, in the units of the cost limit (a field costs 1).
// Measured on the seed of dataset 2026.11.2 (566 nodes, 1,518
// relationships; dataset 2026.11.30 has about twice as many, not yet
// measured again) in the embedded store: a shortest-path search over 6
// hops between two well-connected nodes takes up to 70 ms and visits most
// of the graph, so a hop is priced at 250 and a query may hold three 6-hop
// searches, not 700.
const (
	costScan        = 10  // a list that reads every node of a kind (countries, occupations...)
	costSearch      = 100 // full-text search over every node
	costLevels      = 20  // level references, both ways
	costCompare     = 50  // two standards' units and skills
	costRecognition = 300 // a recognition search: several traversals
	costCoverage    = 500 // the coverage report reads the whole graph
	costPathHop     = 250 // per hop of a shortest-path search
)

// depthLimit refuses, before it runs, an operation whose fields nest deeper
// than max, counting through fragments. Introspection (__schema, __type)
// is counted too, against maxIntrospectionDepth: GraphiQL's schema query
// nests 14 deep.
type depthLimit struct{ max int }

const maxIntrospectionDepth = 16

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
	depth, intro := queryDepth(opCtx.Doc, opCtx.Operation)
	limit := d.max
	if depth <= d.max && intro > maxIntrospectionDepth {
		depth, limit = intro, maxIntrospectionDepth
	}
	if depth <= limit {
		return nil
	}
	return &gqlerror.Error{
		Message: fmt.Sprintf("the query nests fields %d deep, more than the limit of %d: ask for fewer levels and follow up with node(id:) queries", depth, limit),
		Extensions: map[string]any{
			"code":     graph.CodeTooComplex,
			"depth":    depth,
			"maxDepth": limit,
		},
	}
}

// queryDepth returns how deep the operation's fields nest: `{ a }` is 1,
// `{ a { b } }` is 2; the fields under __schema and __type are measured
// apart, as intro. Each fragment is measured once.
func queryDepth(doc *ast.QueryDocument, op *ast.OperationDefinition) (depth, intro int) {
	type depths struct{ data, intro int }
	memo := map[string]depths{}
	var fragment func(name string) depths
	var set func(ss ast.SelectionSet) depths
	set = func(ss ast.SelectionSet) depths {
		var deepest depths
		for _, sel := range ss {
			var d depths
			switch s := sel.(type) {
			case *ast.Field:
				d = set(s.SelectionSet)
				if s.Name == "__schema" || s.Name == "__type" {
					d = depths{0, 1 + max(d.data, d.intro)}
				} else {
					d.data++
					if d.intro > 0 {
						d.intro++
					}
				}
			case *ast.InlineFragment:
				d = set(s.SelectionSet)
			case *ast.FragmentSpread:
				d = fragment(s.Name)
			}
			deepest = depths{max(deepest.data, d.data), max(deepest.intro, d.intro)}
		}
		return deepest
	}
	fragment = func(name string) depths {
		if d, ok := memo[name]; ok {
			return d
		}
		memo[name] = depths{} // a cycle (already refused by validation) adds nothing
		f := doc.Fragments.ForName(name)
		if f == nil {
			return depths{}
		}
		d := set(f.SelectionSet)
		memo[name] = d
		return d
	}
	d := set(op.SelectionSet)
	return d.data, d.intro
}
