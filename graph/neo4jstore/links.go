package neo4jstore

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The relationship type is a parameter compared with type(r), never part of
// the query text.
const (
	linksOutCypher = `
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]->(m:Node)
WHERE type(r) = $rel
RETURN id, properties(r) AS props, m`

	linksInCypher = `
UNWIND $ids AS id
MATCH (:Node {id: id})<-[r]-(m:Node)
WHERE type(r) = $rel
RETURN id, properties(r) AS props, m`
)

// Links returns, for each ID, its relationships of type rel in direction
// dir with the node at the other end, in model.SortLinks order; an empty
// list for an ID with none or no node. One query whatever the number of IDs.
func (s *Store) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	res := make([][]model.Link, len(ids))
	for i := range res {
		res[i] = []model.Link{}
	}
	if len(ids) == 0 {
		return res, ctx.Err()
	}
	query := linksOutCypher
	if dir == model.In {
		query = linksInCypher
	}
	recs, err := s.read(ctx, "links "+dir.String()+" "+rel, query, map[string]any{"ids": uniq(ids), "rel": rel})
	if err != nil {
		return nil, err
	}
	byID := map[string][]model.Link{}
	for _, rec := range recs {
		id, err := get[string](rec, "id")
		if err != nil {
			return nil, err
		}
		props, _ := rec.Get("props")
		m, _ := rec.Get("m")
		l, err := toLink(id, rel, dir, props, m)
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: links of %s: %w", id, err)
		}
		byID[id] = append(byID[id], l)
	}
	for i, id := range ids {
		if ls := byID[id]; len(ls) > 0 {
			model.SortLinks(ls)
			res[i] = ls
		}
	}
	return res, nil
}

func toLink(id, rel string, dir model.Direction, props, other any) (model.Link, error) {
	n, err := toRecord(other)
	if err != nil {
		return model.Link{}, err
	}
	return linkTo(id, rel, dir, props, n)
}

// linkTo makes the link from the node with the ID to n.
func linkTo(id, rel string, dir model.Direction, props any, n *model.Record) (model.Link, error) {
	p, err := toProps(props)
	if err != nil {
		return model.Link{}, err
	}
	e := model.Edge{Type: rel, From: id, To: n.ID, Props: p}
	if dir == model.In {
		e.From, e.To = n.ID, id
	}
	return model.Link{Edge: e, Node: n}, nil
}
