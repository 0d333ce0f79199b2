package api

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
)

// Introspection is priced by what it returns: the whole schema for
// __schema, one type for __type. GraphiQL's schema query costs about
// schemaCost; a query may hold a few, not hundreds.
const (
	schemaCost = 1000
	typeCost   = 20
)

// costLimit refuses, before it runs, an operation that costs more than max
// (TOO_COMPLEX). It prices fields as gqlgen's complexity calculator does
// (the schema's complexity functions, 1 + the selection's cost otherwise,
// an interface field at its costliest implementation) with two
// differences: each fragment is priced once however often it is spread, so
// that pricing is linear in the size of the document; and introspection
// costs what it returns instead of nothing.
type costLimit struct {
	max int
	es  graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &costLimit{}

func (*costLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *costLimit) Validate(es graphql.ExecutableSchema) error {
	if c.max < 1 {
		return errors.New("the cost limit must be at least 1")
	}
	c.es = es
	return nil
}

func (c *costLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	cost := operationCost(ctx, c.es, opCtx.Doc, opCtx.Operation, opCtx.Variables)
	opCtx.Stats.SetExtension("ComplexityLimit", &extension.ComplexityStats{Complexity: cost, ComplexityLimit: c.max})
	if cost <= c.max {
		return nil
	}
	return &gqlerror.Error{
		Message: fmt.Sprintf("the query costs %d, more than the limit of %d: ask for fewer items (a smaller `first` or `maxHops`) or fewer nested fields, or split it into several queries", cost, c.max),
		Extensions: map[string]any{
			"code":    graph.CodeTooComplex,
			"cost":    cost,
			"maxCost": c.max,
		},
	}
}

// operationCost returns what op costs.
func operationCost(ctx context.Context, es graphql.ExecutableSchema, doc *ast.QueryDocument, op *ast.OperationDefinition, vars map[string]any) int {
	w := &costWalker{ctx: ctx, es: es, schema: es.Schema(), doc: doc, vars: vars, memo: map[fragmentKey]int{}}
	return w.set(op.SelectionSet)
}

type costWalker struct {
	ctx    context.Context
	es     graphql.ExecutableSchema
	schema *ast.Schema
	doc    *ast.QueryDocument
	vars   map[string]any
	memo   map[fragmentKey]int // a fragment, where it is spread -> its cost
	// nested is how many lists of neighbours enclose the selection being
	// priced (see costNeighbours).
	nested int
}

func (w *costWalker) set(ss ast.SelectionSet) int {
	total := 0
	for _, sel := range ss {
		switch s := sel.(type) {
		case *ast.Field:
			total = addCost(total, w.field(s))
		case *ast.InlineFragment:
			total = addCost(total, w.set(s.SelectionSet))
		case *ast.FragmentSpread:
			total = addCost(total, w.fragment(s.Name))
		}
	}
	return total
}

// fragmentKey is a fragment, and whether it is spread within a list of
// neighbours: all its price depends on besides the fragment itself.
type fragmentKey struct {
	name   string
	nested bool
}

func (w *costWalker) fragment(name string) int {
	key := fragmentKey{name, w.nested > 0}
	if c, ok := w.memo[key]; ok {
		return c
	}
	w.memo[key] = 0 // a cycle (refused by validation) adds nothing
	f := w.doc.Fragments.ForName(name)
	if f == nil {
		return 0
	}
	c := w.set(f.SelectionSet)
	w.memo[key] = c
	return c
}

func (w *costWalker) field(f *ast.Field) int {
	fanOut := 1
	if f.ObjectDefinition != nil && w.neighbours(f.ObjectDefinition, f.Definition) {
		if w.nested > 0 {
			fanOut = costNeighbours
		}
		w.nested++
		defer func() { w.nested-- }()
	}
	child := mulCost(w.set(f.SelectionSet), fanOut)
	switch f.Name {
	case "__schema":
		return addCost(schemaCost, child)
	case "__type":
		return addCost(typeCost, child)
	}
	if f.Definition == nil || f.ObjectDefinition == nil {
		return addCost(1, child)
	}
	args := f.ArgumentMap(w.vars)
	if f.ObjectDefinition.Kind != ast.Interface {
		return w.priced(f.ObjectDefinition.Name, f.Name, child, args)
	}
	// An interface's field costs what its costliest implementation's does.
	worst := 0
	for _, t := range w.schema.GetPossibleTypes(f.ObjectDefinition) {
		worst = max(worst, w.priced(t.Name, f.Name, child, args))
	}
	return worst
}

func (w *costWalker) priced(typ, field string, child int, args map[string]any) int {
	if c, ok := w.es.Complexity(w.ctx, typ, field, child, args); ok && c >= 1 {
		return c
	}
	return addCost(1, child)
}

// costNeighbours is how many items a list of a node's neighbours nested in
// another is priced as. A list of neighbours (a field of a node type that
// lists nodes, with no `first`: a country's arrangements, an arrangement's
// parties) is as long as the data makes it, and such lists nested in each
// other multiply: a country's arrangements' parties' arrangements' parties'
// arrangements hold 2 million items in the seed, which priced once each
// would cost a few units and take the server's memory. The outermost list
// of neighbours is priced once per item selected, as any field; each one
// nested in it, 10 times: four levels (81,000 items in the seed) fit the
// limit, five do not.
const costNeighbours = 10

// neighbours says whether the field f of the object or interface obj lists
// nodes: obj is a node type (not the root, whose lists are priced by
// costListsByFirst) and f's type is a list of Node or of a type that
// implements it.
func (w *costWalker) neighbours(obj *ast.Definition, f *ast.FieldDefinition) bool {
	if f == nil || f.Type.Elem == nil || !w.isNode(obj) {
		return false
	}
	return w.isNode(w.schema.Types[f.Type.Name()])
}

func (w *costWalker) isNode(def *ast.Definition) bool {
	return def != nil && (def.Name == "Node" || slices.Contains(def.Interfaces, "Node"))
}

// addCost adds two costs, saturating instead of overflowing; a negative
// cost (a pricing function's overflow) counts as the largest.
func addCost(a, b int) int {
	const most = int(^uint(0) >> 1)
	if a < 0 || b < 0 || a > most-b {
		return most
	}
	return a + b
}

// mulCost multiplies two non-negative costs, saturating.
func mulCost(a, b int) int {
	const most = int(^uint(0) >> 1)
	if a < 0 || b < 0 {
		return most
	}
	if a != 0 && b > most/a {
		return most
	}
	return a * b
}
