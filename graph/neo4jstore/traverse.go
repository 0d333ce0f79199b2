package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Traverse follows a whole plan of steps in one query: each step is a
// subquery over the IDs the earlier steps reached, so a question that reads
// a few hundred relationships in a dozen dependent steps costs one round
// trip instead of a dozen. The query text is built from the plan's shape
// (step numbers, directions) only; relationship types and IDs are
// parameters.
func (s *Store) Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error) {
	query, err := traverseCypher(plan)
	if err != nil {
		return model.Traversal{}, err
	}
	params := map[string]any{"roots": uniq(roots)}
	for i, st := range plan {
		params[fmt.Sprintf("rel%d", i)] = st.Rel
	}
	recs, err := s.read(ctx, fmt.Sprintf("traverse %d steps", len(plan)), query, params)
	if err != nil {
		return model.Traversal{}, err
	}
	if len(recs) != 1 {
		return model.Traversal{}, fmt.Errorf("neo4jstore: traverse: %d result rows, want 1", len(recs))
	}
	return readTraversal(recs[0], plan)
}

// readTraversal reads the roots and steps the plan's query returns.
func readTraversal(rec *neo4j.Record, plan []model.Step) (model.Traversal, error) {
	out := model.Traversal{}
	rootVals, _ := rec.Get("roots")
	for _, v := range asList(rootVals) {
		r, err := toRecord(v)
		if err != nil {
			return model.Traversal{}, err
		}
		out.Roots = append(out.Roots, r)
	}
	for i, st := range plan {
		from, _ := rec.Get(fmt.Sprintf("in%d", i))
		found, _ := rec.Get(fmt.Sprintf("s%d", i))
		res := model.StepResult{Links: map[string][]model.Link{}}
		for _, id := range asList(from) {
			if sid, ok := id.(string); ok {
				res.From = append(res.From, sid)
			}
		}
		for _, x := range asList(found) {
			m, ok := x.(map[string]any)
			if !ok {
				return model.Traversal{}, fmt.Errorf("neo4jstore: traverse step %d: unexpected %T", i, x)
			}
			id, _ := m["id"].(string)
			l, err := toLink(id, st.Rel, st.Dir, m["props"], m["node"])
			if err != nil {
				return model.Traversal{}, fmt.Errorf("neo4jstore: traverse step %d: %w", i, err)
			}
			res.Links[id] = append(res.Links[id], l)
		}
		for _, ls := range res.Links {
			model.SortLinks(ls)
		}
		out.Steps = append(out.Steps, res)
	}
	return out, nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// traverseCypher builds the plan's query:
//
//	MATCH (root:Node) WHERE root.id IN $roots
//	WITH collect(root) AS roots
//	WITH roots, [x IN roots | x.id] AS f_1
//	CALL (f_1) { UNWIND f_1 AS id WITH DISTINCT id MATCH (:Node {id: id})-[r]->(m:Node) WHERE type(r) = $rel0
//	             RETURN collect({id: id, props: properties(r), node: m}) AS s0 }
//	WITH *, f_1 AS in0, [x IN s0 | x.node.id] AS f0
//	...
//	RETURN roots, in0, s0, in1, s1, ...
func traverseCypher(plan []model.Step) (string, error) {
	var b strings.Builder
	b.WriteString("OPTIONAL MATCH (root:Node) WHERE root.id IN $roots\n")
	b.WriteString("WITH collect(root) AS roots\n")
	b.WriteString("WITH roots, [x IN roots | x.id] AS f_1\n")
	ret, err := traverseSteps(&b, plan)
	if err != nil {
		return "", err
	}
	b.WriteString("RETURN " + strings.Join(append([]string{"roots"}, ret...), ", "))
	return b.String(), nil
}

// traverseSteps writes the plan's steps, from the roots' IDs in f_1, and
// returns the names of what they found.
func traverseSteps(b *strings.Builder, plan []model.Step) ([]string, error) {
	var ret []string
	for i, st := range plan {
		if len(st.From) == 0 {
			return nil, fmt.Errorf("neo4jstore: traverse step %d sets out from nothing", i)
		}
		var srcs []string
		for _, f := range st.From {
			if f < -1 || f >= i {
				return nil, fmt.Errorf("neo4jstore: traverse step %d sets out from step %d", i, f)
			}
			srcs = append(srcs, frontier(f))
		}
		arrow := "-[r]->"
		if st.Dir == model.In {
			arrow = "<-[r]-"
		}
		if !model.IsRelation(st.Rel) {
			return nil, fmt.Errorf("neo4jstore: traverse step %d: unknown relationship %q", i, st.Rel)
		}
		fmt.Fprintf(b, "WITH *, %s AS in%d\n", strings.Join(srcs, " + "), i)
		fmt.Fprintf(b, "CALL (in%d) { UNWIND in%d AS id WITH DISTINCT id MATCH (:Node {id: id})%s(m:Node) WHERE type(r) = $rel%d "+
			"RETURN collect({id: id, props: properties(r), node: m}) AS s%d }\n", i, i, arrow, i, i)
		fmt.Fprintf(b, "WITH *, [x IN s%d | x.node.id] AS f%d\n", i, i)
		ret = append(ret, fmt.Sprintf("in%d", i), fmt.Sprintf("s%d", i))
	}
	return ret, nil
}

func frontier(step int) string {
	if step == -1 {
		return "f_1"
	}
	return fmt.Sprintf("f%d", step)
}
