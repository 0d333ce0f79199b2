package graph

import (
	"context"
	"reflect"
	"strings"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Traverser is offered by a store for which every call is a round trip
// (Neo4j): it follows a whole plan of steps from some roots in one call.
type Traverser interface {
	Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error)
}

// ListTraverser is offered by a Traverser that can also answer List and
// follow a plan from the page in the same call.
type ListTraverser interface {
	ListTraverse(ctx context.Context, q model.ListQuery, plan []model.Step) (model.Page, model.Traversal, error)
}

// rootPlan is the plan of the root field being resolved, for its list to
// read in the same call (see Resolver.list).
type rootPlan struct {
	kind  string // the kind of node the field lists
	plan  []model.Step
	props []string // the properties the operation reads of its records
	done  atomic.Bool
}

type rootPlanKey struct{}

// list answers q, reading with it the plan of the root field that lists
// them when the store can.
func (r *Resolver) list(ctx context.Context, q model.ListQuery) (model.Page, error) {
	if page, projected, err := r.listProjected(ctx, q); projected {
		return page, err
	}
	rp, ok := ctx.Value(rootPlanKey{}).(*rootPlan)
	lt, can := r.Store.(ListTraverser)
	if !ok || !can || rp.kind != q.Kind || rp.done.Swap(true) {
		return r.Store.List(ctx, q)
	}
	q.Props = rp.props
	page, t, err := lt.ListTraverse(ctx, q, rp.plan)
	if err != nil {
		return model.Page{}, err
	}
	r.loaders(ctx).prime(rp.plan, t)
	return page, nil
}

// PrefetchMiddleware reads, for each root field, everything its nested
// fields will follow in one call to the store, and primes the operation's
// loaders with it: the resolvers, unchanged, then find what they ask for
// cached and neither wait nor call the store. A lookup whose IDs its
// arguments give (node, country, framework, occupation) is read in the same
// call, and so is a list or connection on a ListTraverser (Resolver.list);
// other roots (a search's results) are read first. It does nothing on a
// store that is no Traverser (in process, where a call costs no round
// trip). The plan decides only how many round trips a request costs, never
// its answer: a field it does not cover is read by the loaders as before,
// and if the call fails the resolvers read and report as they would have.
// Pass it to the handler's AroundFields, after LoaderMiddleware.
func PrefetchMiddleware(store Store) graphql.FieldMiddleware {
	t, ok := store.(Traverser)
	if !ok {
		return func(ctx context.Context, next graphql.Resolver) (any, error) { return next(ctx) }
	}
	return func(ctx context.Context, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		l, ok := ctx.Value(loadersKey{}).(*Loaders)
		if !ok || fc == nil || fc.Object != "Query" || fc.Field.Definition == nil {
			return next(ctx)
		}
		op := graphql.GetOperationContext(ctx)
		props := l.operationProps(op)
		plan := compilePlan(op, fc.Field.Definition.Type.Name(), fc.Field.Selections, props)
		if len(plan) == 0 {
			return next(ctx)
		}
		if ids := lookupRoots(fc.Field.Name, fc.Args); ids != nil {
			l.prefetch(ctx, t, ids, plan, true)
			return next(ctx)
		}
		kind := strings.TrimSuffix(fc.Field.Definition.Type.Name(), "Connection")
		rp := &rootPlan{kind: kind, plan: plan, props: props(kind)}
		res, err := next(context.WithValue(ctx, rootPlanKey{}, rp))
		if err == nil && !rp.done.Load() {
			if ids := nodeIDs(reflect.ValueOf(res), true); len(ids) > 0 {
				l.prefetch(ctx, t, ids, plan, false)
			}
		}
		return res, err
	}
}

// lookupRoots returns the IDs a lookup's resolver will fetch, as it derives
// them from its arguments; nil for other fields.
func lookupRoots(field string, args map[string]any) []string {
	str := func(name string) string {
		s, _ := args[name].(string)
		return s
	}
	code := func(name string) string { return strings.ToUpper(strings.TrimSpace(str(name))) }
	switch field {
	case "node":
		return []string{str("id")}
	case "nodes":
		ids, _ := args["ids"].([]string)
		if len(ids) > MaxNodes {
			return nil
		}
		return ids
	case "country":
		return []string{"country:" + code("code")}
	case "framework":
		return []string{"framework:" + code("code")}
	case "occupation":
		return []string{"occupation:" + str("iscoCode")}
	}
	return nil
}

// nodeIDs returns the IDs of the nodes a root field's resolver returned: a
// node, a list of nodes, or a connection's edges' nodes (top: v is the
// field's value, where a connection may be).
func nodeIDs(v reflect.Value, top bool) []string {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return nodeIDs(v.Elem(), top)
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		if _, ok := v.Interface().(model.Node); ok {
			if id := v.Elem().FieldByName("ID"); id.Kind() == reflect.String {
				return []string{id.String()}
			}
			return nil
		}
		return nodeIDs(v.Elem(), top)
	case reflect.Slice:
		var ids []string
		for i := range v.Len() {
			ids = append(ids, nodeIDs(v.Index(i), false)...)
		}
		return ids
	case reflect.Struct:
		if edges := v.FieldByName("Edges"); top && edges.Kind() == reflect.Slice {
			var ids []string
			for i := range edges.Len() {
				e := reflect.Indirect(edges.Index(i))
				if e.Kind() == reflect.Struct {
					ids = append(ids, nodeIDs(e.FieldByName("Node"), false)...)
				}
			}
			return ids
		}
	}
	return nil
}

// prefetch runs plan from roots and primes the loaders with what it read;
// lookup says the roots' resolver will Fetch them. On failure it primes
// nothing.
func (l *Loaders) prefetch(ctx context.Context, t Traverser, roots []string, plan []model.Step, lookup bool) {
	res, err := t.Traverse(ctx, roots, plan)
	if err != nil {
		return
	}
	if lookup {
		found := make(map[string]*model.Record, len(res.Roots))
		for _, r := range res.Roots {
			if r != nil {
				found[r.ID] = r
			}
		}
		recs := make([]*model.Record, len(roots))
		for i, id := range roots {
			recs[i] = found[id]
		}
		l.primeFetched(roots, recs)
	}
	l.prime(plan, res)
}

// primeFetched gives the loaders the records a lookup's resolver will
// fetch, aligned with their IDs (nil: none has the ID).
func (l *Loaders) primeFetched(ids []string, recs []*model.Record) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, id := range ids {
		l.fetched[id] = recs[i]
		l.nodes.Prime(id, recs[i])
	}
}

// prime gives the loaders what a traversal of plan found.
func (l *Loaders) prime(plan []model.Step, res model.Traversal) {
	if len(res.Steps) != len(plan) {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.primedLinks == nil {
		l.primedLinks = map[linkKey]map[string][]model.Link{}
		l.primedNodes = map[string]*model.Record{}
	}
	for i, st := range res.Steps {
		k := linkKey{plan[i].Rel, plan[i].Dir}
		byNode := l.primedLinks[k]
		if byNode == nil {
			byNode = make(map[string][]model.Link, len(st.From))
			l.primedLinks[k] = byNode
		}
		for _, id := range st.From {
			ls := st.Links[id]
			if ls == nil {
				ls = []model.Link{}
			}
			byNode[id] = ls
			for _, lk := range ls {
				l.primedNodes[lk.Node.ID] = lk.Node
			}
		}
	}
}
