package neo4jstore

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// listCypher is completed with a kind label from the whitelist (kindLabels)
// and a WHERE clause assembled from the condition fragments below; property
// names and values are always parameters. One statement returns the total
// and the page: the total counted, the page sorted only as far as it goes
// (Neo4j keeps the first $limit by ID, not the whole sorted list).
const listCypher = `
CALL () {
  MATCH (n:%[1]s)
  WHERE %[2]s
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:%[1]s)
  WHERE %[2]s
    AND ($after = '' OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(%[3]s) AS page
}
RETURN total, page`

// Condition fragments, %[1]d being the condition's index. They follow
// model.Cond.Matches exactly: an absent or non-string property reads as ""
// for OpEq and OpPrefix; OpHas and OpHasAny are false unless the property
// is a list; OpText is false when the text has no tokens.
const (
	condString = `(CASE WHEN n[$p%[1]d] IS :: STRING NOT NULL THEN n[$p%[1]d] ELSE '' END)`
	condEq     = condString + ` = $v%[1]d`
	condPrefix = condString + ` STARTS WITH $v%[1]d`
	condHas    = `(CASE WHEN n[$p%[1]d] IS :: LIST<ANY> NOT NULL THEN $v%[1]d IN n[$p%[1]d] ELSE false END)`
	condText   = `(size($v%[1]d) > 0 AND all(t IN $v%[1]d WHERE any(w IN coalesce(n.searchTokens, []) WHERE w STARTS WITH t)))`
	condHasAny = `(CASE WHEN n[$p%[1]d] IS :: LIST<ANY> NOT NULL THEN any(x IN n[$p%[1]d] WHERE x IN $v%[1]d) ELSE false END)`
	condNever  = `false`
)

// List returns one page of the records of q.Kind that meet every condition
// of q, in ID order, after q.After, at most q.Limit (all when negative), and
// the total that meet it. One query.
func (s *Store) List(ctx context.Context, q model.ListQuery) (model.Page, error) {
	page := model.Page{Records: []*model.Record{}}
	if !kindLabels[q.Kind] {
		return page, ctx.Err() // no node has a kind that is not one
	}
	query, params := listStatement(q, "n")
	recs, err := s.read(ctx, "list "+q.Kind, query, params)
	if err != nil {
		return model.Page{}, err
	}
	if len(recs) != 1 {
		return model.Page{}, fmt.Errorf("neo4jstore: list %s: %d result rows, want 1", q.Kind, len(recs))
	}
	return readPage(ctx, recs[0], q.Kind, nil)
}

// listStatement returns List's query for q, whose kind is a known one, and
// its parameters; each node n of the page is returned as the expression
// page (n itself, or a projection of it).
func listStatement(q model.ListQuery, page string) (string, map[string]any) {
	where := []string{"true"}
	params := map[string]any{"after": q.After, "limit": q.Limit}
	if q.Limit < 0 {
		params["limit"] = math.MaxInt32
	}
	for i, c := range q.Conds {
		frag := condNever
		params[fmt.Sprintf("p%d", i)] = c.Prop
		params[fmt.Sprintf("v%d", i)] = c.Value
		switch c.Op {
		case model.OpEq:
			frag = condEq
		case model.OpPrefix:
			frag = condPrefix
		case model.OpHas:
			frag = condHas
		case model.OpText:
			frag = condText
			params[fmt.Sprintf("v%d", i)] = model.SearchTerms(c.Value)
		case model.OpHasAny:
			frag = condHasAny
			params[fmt.Sprintf("v%d", i)] = append([]string{}, c.Values...)
		}
		if frag == condNever {
			where = append(where, frag)
			continue
		}
		where = append(where, fmt.Sprintf(frag, i))
	}
	return fmt.Sprintf(listCypher, q.Kind, strings.Join(where, "\n  AND "), page), params
}

// readPage reads the total and page List's query returns: whole nodes, or
// projections of the properties props (see projection) when not nil.
func readPage(ctx context.Context, rec *neo4j.Record, kind string, props []string) (model.Page, error) {
	page := model.Page{Records: []*model.Record{}}
	total, err := get[int64](rec, "total")
	if err != nil {
		return model.Page{}, err
	}
	nodes, err := get[[]any](rec, "page")
	if err != nil {
		return model.Page{}, err
	}
	page.Total = int(total)
	for _, n := range nodes {
		var r *model.Record
		var err error
		if props != nil {
			r, err = fromProjection(ctx, n, kind, props)
		} else {
			r, err = toRecord(n)
		}
		if err != nil {
			return model.Page{}, err
		}
		page.Records = append(page.Records, r)
	}
	return page, nil
}
