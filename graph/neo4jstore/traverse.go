package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Traverse follows a whole plan of steps in one query: each step is a
// subquery over the nodes the earlier steps reached, so a question that
// reads a few hundred relationships in a dozen dependent steps costs one
// round trip instead of a dozen. The query text holds the plan's shape and
// names only from the whitelists (relationship types, property names: see
// traverseSteps and projection); IDs are parameters.
func (s *Store) Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error) {
	query, err := traverseCypher(plan)
	if err != nil {
		return model.Traversal{}, err
	}
	params := map[string]any{"roots": uniq(roots)}
	recs, err := s.read(ctx, fmt.Sprintf("traverse %d steps", len(plan)), query, params)
	if err != nil {
		return model.Traversal{}, err
	}
	if len(recs) != 1 {
		return model.Traversal{}, fmt.Errorf("neo4jstore: traverse: %d result rows, want 1", len(recs))
	}
	t, err := readTraversal(ctx, recs[0], plan)
	if err != nil {
		return model.Traversal{}, err
	}
	rootVals, _ := recs[0].Get("roots")
	for _, v := range asList(rootVals) {
		r, err := toRecord(v)
		if err != nil {
			return model.Traversal{}, err
		}
		t.Roots = append(t.Roots, r)
	}
	return t, nil
}

// readTraversal reads the steps the plan's query returns.
func readTraversal(ctx context.Context, rec *neo4j.Record, plan []model.Step) (model.Traversal, error) {
	out := model.Traversal{}
	for i, st := range plan {
		from, _ := rec.Get(fmt.Sprintf("ids%d", i))
		found, _ := rec.Get(fmt.Sprintf("s%d", i))
		res := model.StepResult{Links: map[string][]model.Link{}}
		for _, id := range asList(from) {
			if sid, ok := id.(string); ok {
				res.From = append(res.From, sid)
			}
		}
		for _, x := range asList(found) {
			m, ok := x.([]any) // [from ID, relationship properties or null, node]
			if !ok || len(m) != 3 {
				return model.Traversal{}, fmt.Errorf("neo4jstore: traverse step %d: unexpected %T", i, x)
			}
			id, _ := m[0].(string)
			l, err := stepLink(ctx, id, st, m)
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

// stepLink reads one link a step found: the whole node, or the properties
// the step named (see projection).
func stepLink(ctx context.Context, id string, st model.Step, m []any) (model.Link, error) {
	props := m[1]
	if st.Props == nil {
		return toLink(id, st.Rel, st.Dir, props, m[2])
	}
	n, err := fromProjection(ctx, m[2], st.Kind, st.Props)
	if err != nil {
		return model.Link{}, err
	}
	return linkTo(id, st.Rel, st.Dir, props, n)
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// traverseCypher builds the plan's query:
//
//	OPTIONAL MATCH (root:Node) WHERE root.id IN $roots
//	WITH collect(root) AS roots
//	WITH roots, roots AS f_1
//	WITH *, f_1 AS in0
//	CALL (in0) { UNWIND in0 AS n WITH DISTINCT n MATCH (n)-[r:`CITES`]->(m:Node)
//	             RETURN collect([n.id, properties(r), m]) AS s0, collect(DISTINCT m) AS f0 }
//	...
//	RETURN roots, [x IN in0 | x.id] AS ids0, s0, ...
func traverseCypher(plan []model.Step) (string, error) {
	var b strings.Builder
	b.WriteString("OPTIONAL MATCH (root:Node) WHERE root.id IN $roots\n")
	b.WriteString("WITH collect(root) AS roots\n")
	b.WriteString("WITH roots, roots AS f_1\n")
	ret, err := traverseSteps(&b, plan)
	if err != nil {
		return "", err
	}
	b.WriteString("RETURN " + strings.Join(append([]string{"roots"}, ret...), ", "))
	return b.String(), nil
}

// traverseSteps writes the plan's steps, from the root nodes in f_1, and
// returns what they found, to return. Each step sets out from the nodes
// the earlier steps reached (not their IDs: no index lookup per hop) and
// follows one relationship type, written into the text from the
// whitelist (model.IsRelation) so that Neo4j expands only relationships of
// that type; when a step names properties, only those are read (see
// projection), never the whole node.
func traverseSteps(b *strings.Builder, plan []model.Step) ([]string, error) {
	var ret []string
	setOutFrom := map[int]bool{} // steps a later step sets out from
	for _, st := range plan {
		for _, f := range st.From {
			setOutFrom[f] = true
		}
	}
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
		if !model.IsRelation(st.Rel) {
			return nil, fmt.Errorf("neo4jstore: traverse step %d: unknown relationship %q", i, st.Rel)
		}
		arrow := "-[r:`" + st.Rel + "`]->"
		if st.Dir == model.In {
			arrow = "<-[r:`" + st.Rel + "`]-"
		}
		edge := "properties(r)"
		if st.BareEdges {
			edge = "null"
		}
		node := "m"
		if st.Props != nil {
			var err error
			if node, err = projection("m", st.Kind, st.Props); err != nil {
				return nil, err
			}
		}
		next := ""
		if setOutFrom[i] {
			next = fmt.Sprintf(", collect(DISTINCT m) AS f%d", i)
		}
		fmt.Fprintf(b, "WITH *, %s AS in%d\n", strings.Join(srcs, " + "), i)
		fmt.Fprintf(b, "CALL (in%d) { UNWIND in%d AS n WITH DISTINCT n MATCH (n)%s(m:Node) "+
			"RETURN collect([n.id, %s, %s]) AS s%d%s }\n", i, i, arrow, edge, node, i, next)
		ret = append(ret, fmt.Sprintf("[x IN in%d | x.id] AS ids%d", i, i), fmt.Sprintf("s%d", i))
	}
	return ret, nil
}

func frontier(step int) string {
	if step == -1 {
		return "f_1"
	}
	return fmt.Sprintf("f%d", step)
}
