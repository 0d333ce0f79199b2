package neo4jstore

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// MaxHops is the longest path ShortestPaths searches.
const MaxHops = 6

// shortestPathsCypher finds every shortest undirected path of 0 to %d
// relationships (the bound cannot be a parameter; see pathQueries). The
// relationship predicate sits inside the quantified relationship, so it
// restricts the search itself: the paths are the shortest among allowed
// relationships, not the shortest overall filtered afterwards. $rels null
// means every type but CITES. When $from = $to the shortest path is the
// node alone, as memstore answers.
const shortestPathsCypher = `
MATCH p = ALL SHORTEST (a:Node {id: $from})
      -[r WHERE ($rels IS NULL AND type(r) <> 'CITES') OR type(r) IN $rels]-{0,%d}
      (b:Node {id: $to})
RETURN nodes(p) AS nodes,
       [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id, props: properties(x)}] AS rels`

// noHopsCypher answers a bound of zero hops (which a quantifier cannot
// have): the node alone when $from = $to.
const noHopsCypher = `
MATCH (a:Node {id: $from})
WHERE $from = $to
RETURN [a] AS nodes, [] AS rels`

// pathQueries holds the query for each bound 0..MaxHops, built once from
// the constants above and integers only.
var pathQueries = func() []string {
	qs := []string{noHopsCypher}
	for n := 1; n <= MaxHops; n++ {
		qs = append(qs, fmt.Sprintf(shortestPathsCypher, n))
	}
	return qs
}()

// ShortestPaths returns every shortest undirected path from q.From to q.To
// of at most q.MaxHops (up to MaxHops) relationships of the types in
// q.Relations (every type but CITES when empty), edges in their stored
// direction, in model.SortPaths order, at most q.Limit of them (all when
// negative). No path, or an unknown node, gives an empty list. One query.
func (s *Store) ShortestPaths(ctx context.Context, q model.PathQuery) ([]model.Path, error) {
	if q.MaxHops > MaxHops {
		return nil, fmt.Errorf("neo4jstore: paths of up to %d hops asked; at most %d are searched", q.MaxHops, MaxHops)
	}
	hops := max(q.MaxHops, 0)
	var rels any // null: every type but CITES
	if len(q.Relations) > 0 {
		rels = q.Relations
	}
	recs, err := s.read(ctx, "shortest paths", pathQueries[hops], map[string]any{"from": q.From, "to": q.To, "rels": rels})
	if err != nil {
		return nil, err
	}
	paths := make([]model.Path, 0, len(recs))
	for _, rec := range recs {
		p, err := toPath(rec.Values[0], rec.Values[1])
		if err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	model.SortPaths(paths)
	if q.Limit >= 0 && len(paths) > q.Limit {
		paths = paths[:q.Limit]
	}
	return paths, nil
}

func toPath(nodes, rels any) (model.Path, error) {
	ns, ok1 := nodes.([]any)
	rs, ok2 := rels.([]any)
	if !ok1 || !ok2 || len(ns) != len(rs)+1 {
		return model.Path{}, fmt.Errorf("neo4jstore: malformed path (%T, %T)", nodes, rels)
	}
	p := model.Path{Nodes: make([]*model.Record, len(ns)), Edges: make([]model.Edge, len(rs))}
	for i, n := range ns {
		r, err := toRecord(n)
		if err != nil {
			return model.Path{}, err
		}
		p.Nodes[i] = r
	}
	for i, x := range rs {
		m, ok := x.(map[string]any)
		if !ok {
			return model.Path{}, fmt.Errorf("neo4jstore: malformed path step %T", x)
		}
		typ, _ := m["type"].(string)
		from, _ := m["from"].(string)
		to, _ := m["to"].(string)
		props, err := toProps(m["props"])
		if err != nil {
			return model.Path{}, err
		}
		p.Edges[i] = model.Edge{Type: typ, From: from, To: to, Props: props}
	}
	return p, nil
}
