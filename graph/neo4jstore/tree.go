package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// A plan in which every step sets out from exactly one earlier step (a
// GraphQL selection always compiles to one) is read as a tree of nested
// pattern comprehensions, the shape a hand-written query takes: for each
// root, its ID and, per step that sets out from the roots, the list of
// [relationship properties, node] pairs it reaches, each node again with
// the lists of the steps that set out from it. Neo4j then follows each
// relationship from the node in hand, without the per-step frontiers,
// DISTINCT and collections of the general form (traverseSteps), which
// cost it about half again as much on the same plan. A node reached twice
// is read twice (as in the answer itself); the reader keeps its links once.

// isTree says whether every step of the plan sets out from exactly one
// earlier step or from the roots.
func isTree(plan []model.Step) bool {
	for i, st := range plan {
		if len(st.From) != 1 || st.From[0] < -1 || st.From[0] >= i {
			return false
		}
	}
	return len(plan) > 0
}

// treeChildren lists, for each step (-1: the roots), the steps that set
// out from it, in plan order.
func treeChildren(plan []model.Step) map[int][]int {
	out := map[int][]int{}
	for i, st := range plan {
		out[st.From[0]] = append(out[st.From[0]], i)
	}
	return out
}

// treeExpr writes the expression for the node in variable v, reached by
// step s (-1: a root): [data, one list per step setting out from s].
func treeExpr(b *strings.Builder, plan []model.Step, children map[int][]int, v string, s int, data string) error {
	b.WriteString("[" + data)
	for _, j := range children[s] {
		st := plan[j]
		if !model.IsRelation(st.Rel) {
			return fmt.Errorf("neo4jstore: traverse step %d: unknown relationship %q", j, st.Rel)
		}
		r, m := fmt.Sprintf("r%d", j), fmt.Sprintf("m%d", j)
		arrow := fmt.Sprintf("-[%s:`%s`]->", r, st.Rel)
		if st.Dir == model.In {
			arrow = fmt.Sprintf("<-[%s:`%s`]-", r, st.Rel)
		}
		edge := "properties(" + r + ")"
		if st.BareEdges {
			edge = "null"
		}
		node := m
		if st.Props != nil {
			node = projection(m, fmt.Sprintf("$props%d", j))
		}
		fmt.Fprintf(b, ", [(%s)%s(%s:Node) | [%s, ", v, arrow, m, edge)
		if err := treeExpr(b, plan, children, m, j, node); err != nil {
			return err
		}
		b.WriteString("]]")
	}
	b.WriteString("]")
	return nil
}

// treeReader reads what a tree query returned into the plan's step results.
type treeReader struct {
	ctx      context.Context
	plan     []model.Step
	children map[int][]int
	steps    []model.StepResult
	seen     []map[string]bool // per step: the nodes it has set out from
}

func newTreeReader(ctx context.Context, plan []model.Step) *treeReader {
	t := &treeReader{ctx: ctx, plan: plan, children: treeChildren(plan)}
	for range plan {
		t.steps = append(t.steps, model.StepResult{Links: map[string][]model.Link{}})
		t.seen = append(t.seen, map[string]bool{})
	}
	return t
}

// root reads one root's element: [ID, lists of the steps from the roots].
func (t *treeReader) root(v any) error {
	e, ok := v.([]any)
	if !ok || len(e) != 1+len(t.children[-1]) {
		return fmt.Errorf("neo4jstore: traverse: unexpected root %T", v)
	}
	id, ok := e[0].(string)
	if !ok {
		return fmt.Errorf("neo4jstore: traverse: a root without an ID")
	}
	return t.from(id, -1, e[1:])
}

// from reads, for the node id reached by step s, the lists of the steps
// that set out from it (each step once per node).
func (t *treeReader) from(id string, s int, lists []any) error {
	for k, j := range t.children[s] {
		if t.seen[j][id] {
			continue // read where the node was met first
		}
		t.seen[j][id] = true
		st := t.plan[j]
		t.steps[j].From = append(t.steps[j].From, id)
		for _, x := range asList(lists[k]) {
			pair, ok := x.([]any) // [relationship properties or null, node element]
			if !ok || len(pair) != 2 {
				return fmt.Errorf("neo4jstore: traverse step %d: unexpected %T", j, x)
			}
			e, ok := pair[1].([]any)
			if !ok || len(e) != 1+len(t.children[j]) {
				return fmt.Errorf("neo4jstore: traverse step %d: unexpected node %T", j, pair[1])
			}
			var l model.Link
			var err error
			if st.Props == nil {
				l, err = toLink(id, st.Rel, st.Dir, pair[0], e[0])
			} else {
				var n *model.Record
				if n, err = fromProjection(t.ctx, e[0], st.Props); err == nil {
					l, err = linkTo(id, st.Rel, st.Dir, pair[0], n)
				}
			}
			if err != nil {
				return fmt.Errorf("neo4jstore: traverse step %d: %w", j, err)
			}
			t.steps[j].Links[id] = append(t.steps[j].Links[id], l)
			if err := t.from(l.Node.ID, j, e[1:]); err != nil {
				return err
			}
		}
	}
	return nil
}

// traversal returns the step results read, their links in model order.
func (t *treeReader) traversal() model.Traversal {
	for _, st := range t.steps {
		for _, ls := range st.Links {
			model.SortLinks(ls)
		}
	}
	return model.Traversal{Steps: t.steps}
}

// readTree reads the tree column of a tree query.
func readTree(ctx context.Context, v any, plan []model.Step) (model.Traversal, error) {
	t := newTreeReader(ctx, plan)
	for _, r := range asList(v) {
		if err := t.root(r); err != nil {
			return model.Traversal{}, err
		}
	}
	return t.traversal(), nil
}

// treeColumn returns the expression of the tree column over the list of
// root nodes in variable list.
func treeColumn(plan []model.Step, list string) (string, error) {
	var b strings.Builder
	b.WriteString("[x IN " + list + " | ")
	if err := treeExpr(&b, plan, treeChildren(plan), "x", -1, "x.id"); err != nil {
		return "", err
	}
	b.WriteString("] AS tree")
	return b.String(), nil
}
