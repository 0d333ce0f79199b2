package neo4jstore

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

const (
	dumpNodesCypher = `
MATCH (n:Node)
RETURN n
ORDER BY n.id`

	dumpEdgesCypher = `
MATCH (a:Node)-[r]->(b:Node)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to`
)

// Dump returns every node, by ID, and every relationship of the graph (for
// exports), in two reads. A Load between the two would mix datasets: the
// caller compares DataVersion before and after where that matters.
func (s *Store) Dump(ctx context.Context) ([]*model.Record, []model.Edge, error) {
	recs, err := s.read(ctx, "dump nodes", dumpNodesCypher, nil)
	if err != nil {
		return nil, nil, err
	}
	nodes := make([]*model.Record, 0, len(recs))
	for _, rec := range recs {
		n, _ := rec.Get("n")
		r, err := toRecord(n)
		if err != nil {
			return nil, nil, err
		}
		nodes = append(nodes, r)
	}
	recs, err = s.read(ctx, "dump relationships", dumpEdgesCypher, nil)
	if err != nil {
		return nil, nil, err
	}
	edges := make([]model.Edge, 0, len(recs))
	for _, rec := range recs {
		var e model.Edge
		if e.Type, err = get[string](rec, "type"); err != nil {
			return nil, nil, err
		}
		if e.From, err = get[string](rec, "from"); err != nil {
			return nil, nil, err
		}
		if e.To, err = get[string](rec, "to"); err != nil {
			return nil, nil, err
		}
		props, _ := rec.Get("props")
		if e.Props, err = toProps(props); err != nil {
			return nil, nil, fmt.Errorf("neo4jstore: relationship %s %s->%s: %w", e.Type, e.From, e.To, err)
		}
		edges = append(edges, e)
	}
	return nodes, edges, nil
}
