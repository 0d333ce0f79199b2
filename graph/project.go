package graph

import (
	"context"
	"reflect"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A projection answers a root field whose nodes' selection holds only
// fields read from properties and lists of linked nodes (project_fields.go)
// in one store call that returns the answer's shape: the root resolver
// runs as ever (arguments, filters, paging, lookups), and the store reads,
// with its nodes, everything the selection reads below them (one query on
// Neo4j, in the same statement as the list); the direct write then writes
// the nodes from those values (project_write.go), without a record, an API
// object or a resolver call per node. Any other selection, a store that
// cannot project, or anything unexpected in what it returns: the field is
// answered as before.

// Projector is offered by a store that answers a projection below the
// nodes of a kind with the IDs (model.Projection), with their records (of
// the properties props at least). An ID of a node of another kind is
// answered as absent: a lookup's IDs are made with its kind's prefix.
type Projector interface {
	Project(ctx context.Context, kind string, ids []string, props []string, tree model.Projection) ([]model.Projected, error)
}

// ListProjector is offered by a store that can also answer a list and the
// projection below its page in one call: the links of each record of the
// page, aligned with them.
type ListProjector interface {
	ListProject(ctx context.Context, q model.ListQuery, tree model.Projection) (model.Page, [][]any, error)
}

// projNode is how to write one selection on one object type from
// projected values: the properties it reads (in value order), the links it
// follows, and its fields in the order they are written.
type projNode struct {
	typeName string
	props    []string
	links    []model.ProjectedLink
	fields   []projField
	levelAt  int // the value index of the level, for a link ordered by it; else -1
}

// projField is one field of a projNode: __typename, a property read with
// enc from the value at index at, or the link at index at whose nodes are
// written as child.
type projField struct {
	alias    string
	typename bool
	at       int
	enc      encoding
	enumType string
	nonNull  bool
	child    *projNode
}

// compileProjection returns how to write the selection sels on objects of
// type typeName, or false if a field of it is not one a projection writes;
// byLevel: the objects come ordered by their level, which is read too.
func compileProjection(op *graphql.OperationContext, typeName string, sels ast.SelectionSet, byLevel bool) (*projNode, bool) {
	def := parsedSchema.Types[typeName]
	if def == nil || def.Kind != ast.Object || len(sels) == 0 {
		return nil, false
	}
	n := &projNode{typeName: typeName, levelAt: -1}
	if byLevel {
		n.levelAt = n.prop("level")
	}
	for _, f := range graphql.CollectFields(op, sels, satisfies(def)) {
		if f.Name == "__typename" {
			n.fields = append(n.fields, projField{alias: f.Alias, typename: true})
			continue
		}
		if f.Definition == nil || directivesBeyondSkip(f) {
			return nil, false
		}
		pf := projField{alias: f.Alias, nonNull: f.Definition.Type.NonNull}
		if s, ok := scalarOf(typeName, f.Name); ok {
			pf.enc, pf.enumType = s.enc, enumOf(f.Definition.Type)
			pf.at = model.ProjectedID
			if s.enc != encID {
				pf.at = n.prop(s.prop)
			}
			n.fields = append(n.fields, pf)
			continue
		}
		byLevel, ok := projectedLinks[typeName][f.Name]
		h, hop := hops[typeName][f.Name]
		if !ok || !hop || f.Definition.Type.Elem == nil {
			return nil, false
		}
		child, ok := compileProjection(op, f.Definition.Type.Name(), f.Selections, byLevel)
		if !ok {
			return nil, false
		}
		pf.child = child
		pf.at = len(n.links)
		n.links = append(n.links, model.ProjectedLink{Rel: h.Rel, Dir: h.Dir, Kind: child.typeName, ByLevel: byLevel,
			Props: child.props, Links: child.links})
		n.fields = append(n.fields, pf)
	}
	// Links come after the properties in a node's value.
	for i := range n.fields {
		if n.fields[i].child != nil {
			n.fields[i].at += model.ProjectedProps + len(n.props)
		}
	}
	return n, true
}

// prop returns the value index of the property p, adding it to those read.
func (n *projNode) prop(p string) int {
	i := slices.Index(n.props, p)
	if i < 0 {
		n.props = append(n.props, p)
		i = len(n.props) - 1
	}
	return model.ProjectedProps + i
}

// enumOf returns the enum type of a field of type t (or of its
// elements), or "".
func enumOf(t *ast.Type) string {
	for t.Elem != nil {
		t = t.Elem
	}
	if def := parsedSchema.Types[t.NamedType]; def != nil && def.Kind == ast.Enum {
		return def.Name
	}
	return ""
}

// rootProjection is a root field's projection: how to write its nodes'
// selection (sel0 names it), the properties the operation reads of the
// nodes' records, and each node's value once read.
type rootProjection struct {
	node   *projNode
	sel0   *ast.Selection
	props  []string
	values map[string][]any // by node ID
	read   bool             // the store was asked (by the lookup or the root's list)
}

type rootProjectionKey struct{}

// projectionOf returns the projection of the root field f, or nil when its
// nodes' selection is not one a projection writes. One that follows no
// link still reads only the properties the operation asks for.
func projectionOf(op *graphql.OperationContext, f graphql.CollectedField) *rootProjection {
	typeName, sels := f.Definition.Type.Name(), f.Selections
	if def := parsedSchema.Types[typeName]; def != nil && def.Kind == ast.Object && isConnection(typeName) {
		// a connection: the selection of its edges' nodes, if only one
		var found int
		for _, e := range graphql.CollectFields(op, sels, satisfies(def)) {
			if e.Name != "edges" {
				continue
			}
			edge := parsedSchema.Types[e.Definition.Type.Name()]
			for _, nf := range graphql.CollectFields(op, e.Selections, satisfies(edge)) {
				if nf.Name == "node" {
					found++
					typeName, sels = nf.Definition.Type.Name(), nf.Selections
				}
			}
		}
		if found != 1 {
			return nil
		}
	}
	node, ok := compileProjection(op, typeName, sels, false)
	if !ok || linkCount(node.links) > MaxPlanSteps {
		return nil // a wider read is left to the plan, which is capped
	}
	return &rootProjection{node: node, sel0: &sels[0], values: map[string][]any{}}
}

// linkCount is how many links a projection follows, at every depth: each
// is a comprehension in its query's text.
func linkCount(links []model.ProjectedLink) int {
	n := len(links)
	for _, lk := range links {
		n += linkCount(lk.Links)
	}
	return n
}

// isConnection says whether a type is a page of nodes: edges and their
// pageInfo.
func isConnection(typeName string) bool {
	def := parsedSchema.Types[typeName]
	return def != nil && def.Fields.ForName("edges") != nil && def.Fields.ForName("pageInfo") != nil
}

// keep notes the value of each root node: its record's properties and the
// links read below it.
func (rp *rootProjection) keep(recs []*model.Record, links [][]any) {
	for i, r := range recs {
		if r == nil || links[i] == nil || len(links[i]) != len(rp.node.links) {
			continue
		}
		v := make([]any, model.ProjectedProps+len(rp.node.props), model.ProjectedProps+len(rp.node.props)+len(links[i]))
		v[model.ProjectedID] = r.ID
		for j, p := range rp.node.props {
			v[model.ProjectedProps+j] = r.Props[p]
		}
		rp.values[r.ID] = append(v, links[i]...)
	}
}

// project reads the projection below the nodes with the IDs, and primes
// the loaders with their records (a lookup's resolver then finds them).
func (l *Loaders) project(ctx context.Context, p Projector, rp *rootProjection, ids []string) bool {
	rp.read = true
	res, err := p.Project(ctx, rp.node.typeName, ids, rp.props, model.Projection{Links: rp.node.links})
	if err != nil || len(res) != len(ids) {
		return false
	}
	recs, links := make([]*model.Record, len(res)), make([][]any, len(res))
	for i, r := range res {
		recs[i], links[i] = r.Record, r.Links
	}
	l.primeFetched(ids, recs)
	rp.keep(recs, links)
	return true
}

// projected answers a root field with its projection, if it has one (used):
// the resolver, then the projection below the nodes it returned (in the
// same call as its list on a ListProjector; before it, for a lookup). Not
// ok: the resolver failed, or the projection could not be read; the
// executor answers.
func (d *directSchema) projected(ctx context.Context, f graphql.CollectedField, args map[string]any, call graphql.Resolver) (v any, rp *rootProjection, used, ok bool) {
	p, can := d.store.(Projector)
	op := graphql.GetOperationContext(ctx)
	l, hasLoaders := ctx.Value(loadersKey{}).(*Loaders)
	if !can || !hasLoaders {
		return nil, nil, false, false
	}
	if rp = projectionOf(op, f); rp == nil {
		return nil, nil, false, false
	}
	if _, roundTrips := d.store.(ListProjector); len(rp.node.links) == 0 && !roundTrips {
		// nothing below the nodes, and their properties cost nothing to
		// read in process: the API objects the store keeps are cheaper
		return nil, nil, false, false
	}
	rp.props = l.operationProps(op)(rp.node.typeName)
	if ids := lookupRoots(f.Name, args); ids != nil && !l.project(ctx, p, rp, ids) {
		return nil, nil, true, false
	}
	v, err := call(context.WithValue(ctx, rootProjectionKey{}, rp))
	if err != nil {
		return nil, nil, true, false
	}
	if !rp.read { // a list the store could not project with it: its nodes now
		if ids := nodeIDs(reflect.ValueOf(v), true); len(ids) > 0 && !l.project(ctx, p, rp, ids) {
			return nil, nil, true, false
		}
	}
	return v, rp, true, true
}

// listProjected answers a root field's list and the projection below its
// page in one call, when the field has a projection and the store can.
func (r *Resolver) listProjected(ctx context.Context, q model.ListQuery) (model.Page, bool, error) {
	rp, ok := ctx.Value(rootProjectionKey{}).(*rootProjection)
	lp, can := r.Store.(ListProjector)
	if !ok || !can || rp.node.typeName != q.Kind || rp.read {
		return model.Page{}, false, nil
	}
	rp.read = true
	q.Props = rp.props
	page, links, err := lp.ListProject(ctx, q, model.Projection{Links: rp.node.links})
	if err != nil {
		return model.Page{}, true, err
	}
	rp.keep(page.Records, links)
	return page, true, nil
}
