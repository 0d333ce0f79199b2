// Package memstore is the embedded store: the seed graph held in Go maps,
// built once at start. It is the default when no Neo4j is configured, and it
// answers every query exactly as the Neo4j store does (storetest holds both
// to one suite).
package memstore

import (
	"context"
	"maps"
	"slices"
	"sort"
	"sync"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Store is safe for concurrent use. The graph is copied in (Replace) and
// never changed after; the records and edges it hands out are shared and
// read-only, as model.Record documents, so that a read costs no copying.
type Store struct {
	mu     sync.RWMutex
	meta   model.DataVersion
	nodes  map[string]*model.Record
	byKind map[string][]*model.Record // each sorted by ID
	out    map[adjKey][]model.Link    // (node, type) -> its links, in model.SortLinks order
	in     map[adjKey][]model.Link
	adj    map[string][]int // node ID -> indexes into edges, both directions (for path search)
	edges  []model.Edge
}

// adjKey indexes a node's relationships of one type.
type adjKey struct{ id, rel string }

// New builds a store holding g.
func New(g *model.Graph) *Store {
	s := &Store{}
	s.Replace(g)
	return s
}

// Replace swaps in a new graph atomically; requests see the old or the new
// one, never a mixture.
func (s *Store) Replace(g *model.Graph) {
	nodes := make(map[string]*model.Record, len(g.Nodes))
	byKind := map[string][]*model.Record{}
	for _, r := range g.Nodes {
		c := copyRecord(r)
		c.Keep() // never changed again: every request shares its API object
		nodes[r.ID] = c
		byKind[r.Kind] = append(byKind[r.Kind], c)
	}
	for _, rs := range byKind {
		sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	}
	out, in := map[adjKey][]model.Link{}, map[adjKey][]model.Link{}
	adj := map[string][]int{}
	edges := make([]model.Edge, len(g.Edges))
	for i, e := range g.Edges {
		edges[i] = model.Edge{Type: e.Type, From: e.From, To: e.To, Props: maps.Clone(e.Props)}
		adj[e.From] = append(adj[e.From], i)
		adj[e.To] = append(adj[e.To], i)
		if to, from := nodes[e.To], nodes[e.From]; to != nil && from != nil {
			out[adjKey{e.From, e.Type}] = append(out[adjKey{e.From, e.Type}], model.Link{Edge: edges[i], Node: to})
			in[adjKey{e.To, e.Type}] = append(in[adjKey{e.To, e.Type}], model.Link{Edge: edges[i], Node: from})
		}
	}
	for _, ls := range out {
		model.SortLinks(ls)
	}
	for _, ls := range in {
		model.SortLinks(ls)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.meta = g.Meta
	s.nodes, s.byKind, s.out, s.in, s.adj, s.edges = nodes, byKind, out, in, adj, edges
}

func copyRecord(r *model.Record) *model.Record {
	if r == nil {
		return nil
	}
	return &model.Record{ID: r.ID, Kind: r.Kind, Props: maps.Clone(r.Props)}
}

// Nodes returns the records with the given IDs, aligned with ids; nil where
// no record has the ID.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]*model.Record, len(ids))
	for i, id := range ids {
		out[i] = s.nodes[id]
	}
	return out, ctx.Err()
}

// Links returns, for each ID, its relationships of type rel in direction
// dir with the node at the other end, in model.SortLinks order. The slices
// are shared: callers must not modify them.
func (s *Store) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	index := s.out
	if dir == model.In {
		index = s.in
	}
	res := make([][]model.Link, len(ids))
	for i, id := range ids {
		ls := index[adjKey{id, rel}]
		if ls == nil {
			ls = []model.Link{}
		}
		res[i] = ls[:len(ls):len(ls)] // appending to it copies
	}
	return res, ctx.Err()
}

// List returns one page of the records of a kind that meet the query.
func (s *Store) List(ctx context.Context, q model.ListQuery) (model.Page, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	page := model.Page{Records: []*model.Record{}}
	for i, r := range s.byKind[q.Kind] {
		if err := checkEvery(ctx, i); err != nil {
			return model.Page{}, err
		}
		if !q.Matches(r) {
			continue
		}
		page.Total++
		if r.ID <= q.After && q.After != "" {
			continue
		}
		if q.Limit < 0 || len(page.Records) < q.Limit {
			page.Records = append(page.Records, r)
		}
	}
	return page, ctx.Err()
}

// Search returns up to limit records of the kinds (any kind when none)
// whose words match every word of text (model.TokensMatch), in ID order.
// Only the records of the kinds asked for are read.
func (s *Store) Search(ctx context.Context, text string, kinds []string, limit int) ([]*model.Record, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	q := model.SearchTerms(text)
	ids := make([]string, 0)
	i := 0
	match := func(r *model.Record) error {
		if err := checkEvery(ctx, i); err != nil {
			return err
		}
		i++
		if model.TokensMatch(r.Strings(model.PropSearchTokens), q) {
			ids = append(ids, r.ID)
		}
		return nil
	}
	if len(kinds) == 0 {
		for _, r := range s.nodes {
			if err := match(r); err != nil {
				return nil, err
			}
		}
	}
	for _, k := range slices.Compact(slices.Sorted(slices.Values(kinds))) {
		for _, r := range s.byKind[k] {
			if err := match(r); err != nil {
				return nil, err
			}
		}
	}
	sort.Strings(ids)
	if len(ids) > limit {
		ids = ids[:limit]
	}
	out := make([]*model.Record, len(ids))
	for i, id := range ids {
		out[i] = s.nodes[id]
	}
	return out, ctx.Err()
}

// ShortestPaths returns every shortest undirected path from q.From to q.To
// of at most q.MaxHops relationships of the allowed types, at most q.Limit,
// in the order of their node IDs.
func (s *Store) ShortestPaths(ctx context.Context, q model.PathQuery) ([]model.Path, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.nodes[q.From] == nil || s.nodes[q.To] == nil {
		return []model.Path{}, nil
	}
	allowed := func(t string) bool {
		if len(q.Relations) == 0 {
			return t != model.RelCites
		}
		for _, r := range q.Relations {
			if r == t {
				return true
			}
		}
		return false
	}
	if q.From == q.To {
		return []model.Path{{Nodes: []*model.Record{s.nodes[q.From]}, Edges: []model.Edge{}}}, nil
	}
	// Breadth-first from q.From, keeping every predecessor edge on a
	// shortest route, then enumerate the routes back from q.To.
	dist := map[string]int{q.From: 0}
	preds := map[string][]int{}
	frontier := []string{q.From}
	for hop := 1; hop <= q.MaxHops && len(frontier) > 0; hop++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var next []string
		for i, id := range frontier {
			if err := checkEvery(ctx, i); err != nil {
				return nil, err
			}
			visit := func(ei int, other string) {
				if !allowed(s.edges[ei].Type) || s.nodes[other] == nil {
					return
				}
				d, seen := dist[other]
				if !seen {
					dist[other] = hop
					next = append(next, other)
					d = hop
				}
				if d == hop {
					preds[other] = append(preds[other], ei)
				}
			}
			for _, ei := range s.adj[id] {
				e := s.edges[ei]
				if e.From == id {
					visit(ei, e.To)
				}
				if e.To == id {
					visit(ei, e.From)
				}
			}
		}
		if _, found := dist[q.To]; found {
			break
		}
		frontier = next
	}
	if _, found := dist[q.To]; !found {
		return []model.Path{}, nil
	}
	var paths []model.Path
	steps := 0
	var walk func(id string, nodes []string, edges []int) error
	walk = func(id string, nodes []string, edges []int) error {
		if steps++; checkEvery(ctx, steps) != nil {
			return ctx.Err()
		}
		if id == q.From {
			p := model.Path{}
			for i := len(nodes) - 1; i >= 0; i-- {
				p.Nodes = append(p.Nodes, s.nodes[nodes[i]])
			}
			for i := len(edges) - 1; i >= 0; i-- {
				p.Edges = append(p.Edges, s.edges[edges[i]])
			}
			paths = append(paths, p)
			return nil
		}
		for _, ei := range preds[id] {
			e := s.edges[ei]
			prev := e.From
			if prev == id {
				prev = e.To
			}
			if dist[prev] != dist[id]-1 {
				continue
			}
			if err := walk(prev, append(nodes, prev), append(edges, ei)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(q.To, []string{q.To}, nil); err != nil {
		return nil, err
	}
	model.SortPaths(paths)
	if q.Limit >= 0 && len(paths) > q.Limit {
		paths = paths[:q.Limit]
	}
	return paths, nil
}

// DataVersion says which dataset the store holds.
func (s *Store) DataVersion(ctx context.Context) (model.DataVersion, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.meta, ctx.Err()
}

// checkEvery returns ctx's error on every 256th step i of a loop, so that
// a request whose deadline has passed, or whose client has gone, stops
// within microseconds however large the graph.
func checkEvery(ctx context.Context, i int) error {
	if i&255 != 0 {
		return nil
	}
	return ctx.Err()
}
