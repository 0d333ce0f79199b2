package graph

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vikstrous/dataloadgen"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Loaders batch the store calls of one GraphQL operation: every node looked
// up and every relationship followed by sibling fields at one depth goes to
// the store as one call, so a request costs a number of round trips bounded
// by its depth, not by the size of its lists.
type Loaders struct {
	store Store
	wait  time.Duration
	// direct: the store answers in process (no batch window, no
	// traversal: the embedded store), so a call costs a map lookup and
	// the loaders pass each one straight to it, without a batch, a
	// goroutine or a cache of their own.
	direct bool
	nodes  *dataloadgen.Loader[string, *model.Record]

	mu      sync.Mutex
	links   map[linkKey]*dataloadgen.Loader[string, []model.Link]
	fetched map[string]*model.Record // what Fetch found, absent ones as nil

	propsOnce sync.Once
	props     map[string][]string // operationProps

	// What the plan's traversals read, kept where a direct write
	// (direct.go) finds it without a loader: nodes, and each node's
	// relationships by type and direction.
	primedNodes map[string]*model.Record
	primedLinks map[linkKey]map[string][]model.Link
}

type linkKey struct {
	rel string
	dir model.Direction
}

// NewLoaders returns loaders over store that wait up to wait for siblings
// before calling it.
func NewLoaders(store Store, wait time.Duration) *Loaders {
	_, traverses := store.(Traverser)
	l := &Loaders{store: store, wait: wait, direct: !traverses && BatchWindow(store) == 0, links: map[linkKey]*dataloadgen.Loader[string, []model.Link]{}, fetched: map[string]*model.Record{}}
	l.nodes = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*model.Record, []error) {
		recs, err := store.Nodes(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		return recs, nil
	}, dataloadgen.WithWait(wait))
	return l
}

// errNotPrimed is what a loader answers, during a direct write, for what
// no traversal read: the write gives way to the executor, whose loaders
// batch what is missing.
var errNotPrimed = errors.New("not read by the operation's plan")

type primedOnlyKey struct{}

// primedOnly reports whether ctx is a direct write's, which may read only
// what the plan read.
func primedOnly(ctx context.Context) bool { return ctx.Value(primedOnlyKey{}) != nil }

// Node returns the record with the ID, or nil.
func (l *Loaders) Node(ctx context.Context, id string) (*model.Record, error) {
	if l.direct {
		recs, err := l.store.Nodes(ctx, []string{id})
		if err != nil {
			return nil, err
		}
		return recs[0], nil
	}
	if rec, ok := l.primedNode(id); ok {
		return rec, nil
	}
	if primedOnly(ctx) {
		return nil, errNotPrimed
	}
	return l.nodes.Load(ctx, id)
}

// Nodes returns the records with the IDs, aligned; nil where absent.
func (l *Loaders) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	if l.direct {
		return l.store.Nodes(ctx, ids)
	}
	if primedOnly(ctx) {
		out := make([]*model.Record, len(ids))
		for i, id := range ids {
			rec, ok := l.primedNode(id)
			if !ok {
				return nil, errNotPrimed
			}
			out[i] = rec
		}
		return out, nil
	}
	return l.nodes.LoadAll(ctx, ids)
}

// Links returns the relationships of type rel in direction dir of the node.
func (l *Loaders) Links(ctx context.Context, id, rel string, dir model.Direction) ([]model.Link, error) {
	if l.direct {
		res, err := l.store.Links(ctx, []string{id}, rel, dir)
		if err != nil {
			return nil, err
		}
		return res[0], nil
	}
	l.mu.Lock()
	ls, ok := l.primedLinks[linkKey{rel, dir}][id]
	l.mu.Unlock()
	if ok {
		return ls, nil
	}
	if primedOnly(ctx) {
		return nil, errNotPrimed
	}
	return l.linksLoader(rel, dir).Load(ctx, id)
}

// linksLoader returns the loader of rel relationships in direction dir.
func (l *Loaders) linksLoader(rel string, dir model.Direction) *dataloadgen.Loader[string, []model.Link] {
	k := linkKey{rel, dir}
	l.mu.Lock()
	defer l.mu.Unlock()
	ld, ok := l.links[k]
	if !ok {
		ld = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]model.Link, []error) {
			res, err := l.store.Links(ctx, ids, rel, dir)
			if err != nil {
				return nil, []error{err}
			}
			for _, ls := range res {
				for _, lk := range ls {
					l.nodes.Prime(lk.Node.ID, lk.Node)
				}
			}
			return res, nil
		}, dataloadgen.WithWait(l.wait))
		l.links[k] = ld
	}
	return ld
}

type loadersKey struct{}

// LoaderMiddleware gives each GraphQL operation loaders of its own; pass it
// to the handler's AroundOperations.
func LoaderMiddleware(store Store, wait time.Duration) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, NewLoaders(store, wait)))
	}
}

// loaders returns the operation's loaders; without the middleware (a
// resolver called directly) it returns unshared loaders that still work.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Store, 0)
}

// Fetch looks nodes up in the store at once, without waiting for siblings,
// and keeps them for the rest of the operation: for the lookups a root
// field makes before anything else can run (checking its arguments), and
// for results known to be needed in full (the sources of a whole answer).
// IDs the loaders already hold are not asked again.
func (l *Loaders) Fetch(ctx context.Context, ids []string) (map[string]*model.Record, error) {
	out := make(map[string]*model.Record, len(ids))
	var missing []string
	for _, id := range ids {
		if _, seen := out[id]; seen {
			continue
		}
		out[id] = nil
		if rec, ok := l.cached(id); ok {
			out[id] = rec
			continue
		}
		missing = append(missing, id)
	}
	if len(missing) == 0 {
		return out, nil
	}
	recs, err := l.store.Nodes(ctx, missing)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, id := range missing {
		out[id] = recs[i]
		l.fetched[id] = recs[i]
		if recs[i] != nil {
			l.nodes.Prime(id, recs[i])
		}
	}
	return out, nil
}

func (l *Loaders) cached(id string) (*model.Record, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	rec, ok := l.fetched[id]
	return rec, ok
}

// primedNode returns a node Fetch found or a traversal read.
func (l *Loaders) primedNode(id string) (*model.Record, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rec, ok := l.fetched[id]; ok {
		return rec, true
	}
	rec, ok := l.primedNodes[id]
	return rec, ok
}
