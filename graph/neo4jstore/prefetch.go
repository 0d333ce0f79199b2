package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// ListTraverse answers List and follows a plan of steps from the page's
// records, in one query: a list and the fields nested in it cost one round
// trip. The page is List's, and each step's links are what Links returns
// for them (see Traverse); the page's records are the traversal's roots.
func (s *Store) ListTraverse(ctx context.Context, q model.ListQuery, plan []model.Step) (model.Page, model.Traversal, error) {
	if !kindLabels[q.Kind] || len(plan) == 0 {
		p, err := s.List(ctx, q)
		return p, model.Traversal{}, err
	}
	list, params := listStatement(q, "n")
	var b strings.Builder
	b.WriteString("CALL () {" + list + "\n}\n")
	b.WriteString("WITH total, page, page AS f_1\n")
	ret, err := traverseSteps(&b, plan)
	if err != nil {
		return model.Page{}, model.Traversal{}, err
	}
	pageCol := "page"
	if q.Props != nil {
		proj, err := projection("x", q.Kind, q.Props)
		if err != nil {
			return model.Page{}, model.Traversal{}, err
		}
		pageCol = "[x IN page | " + proj + "] AS page"
	}
	b.WriteString("RETURN " + strings.Join(append([]string{"total", pageCol}, ret...), ", "))
	recs, err := s.read(ctx, fmt.Sprintf("list %s and traverse %d steps", q.Kind, len(plan)), b.String(), params)
	if err != nil {
		return model.Page{}, model.Traversal{}, err
	}
	if len(recs) != 1 {
		return model.Page{}, model.Traversal{}, fmt.Errorf("neo4jstore: list and traverse: %d result rows, want 1", len(recs))
	}
	page, err := readPage(ctx, recs[0], q.Kind, q.Props)
	if err != nil {
		return model.Page{}, model.Traversal{}, err
	}
	t, err := readTraversal(ctx, recs[0], plan)
	return page, t, err
}
