package recognition

import (
	"context"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// traversing offers Traverse over any Graph the way a network store does in
// one query, following the plan step by step, and counts the calls the
// question still makes after it.
type traversing struct {
	counting
	traversals int
}

func (t *traversing) Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error) {
	t.traversals++
	out := model.Traversal{}
	recs, err := t.g.Nodes(ctx, roots)
	if err != nil {
		return out, err
	}
	out.Roots = recs
	reached := map[int][]string{-1: roots}
	for i, st := range plan {
		var from []string
		for _, f := range st.From {
			from = append(from, reached[f]...)
		}
		from = uniqueSorted(from)
		res := model.StepResult{From: from, Links: map[string][]model.Link{}}
		if len(from) > 0 {
			ls, err := t.g.Links(ctx, from, st.Rel, st.Dir)
			if err != nil {
				return out, err
			}
			for j, id := range from {
				res.Links[id] = ls[j]
				for _, l := range ls[j] {
					reached[i] = append(reached[i], l.Node.ID)
				}
			}
		}
		out.Steps = append(out.Steps, res)
	}
	return out, nil
}

// With a store that traverses, every question is answered exactly as
// without, and from the one traversal: the plan covers what Paths reads.
func TestPrefetchGivesTheSameAnswersFromOneTraversal(t *testing.T) {
	ctx := context.Background()
	plain := store(t)
	tr := &traversing{counting: counting{g: plain}}
	worst := 0
	for _, q := range questions(t) {
		want, err := Paths(ctx, plain, q)
		if err != nil {
			t.Fatal(err)
		}
		tr.take()
		got, err := Paths(ctx, tr, q)
		if err != nil {
			t.Fatal(err)
		}
		after := tr.take() // calls beyond the traversal itself
		worst = max(worst, after)
		if a, b := dump(want), dump(got); a != b {
			t.Errorf("Paths(%+v) differs with prefetch:\n%s", q, diffLines(pathLinesOf(got), pathLinesOf(want)))
		}
	}
	// Beyond the traversal (whose own reads bypass the counter), a question
	// may ask for at most the five reads of the case the plan leaves out on
	// purpose: when no arrangement found from the subject's side is shared,
	// every arrangement the two countries share, with its coverage and the
	// successors of the superseded ones.
	t.Logf("%d traversals; at most %d Graph calls per question beyond the traversal", tr.traversals, worst)
	if worst > 5 {
		t.Errorf("a question made %d Graph calls beyond the traversal, want at most 5: the plan misses a read", worst)
	}
}

func pathLinesOf(r *model.RecognitionResult) []string {
	var out []string
	for _, p := range r.Paths {
		out = append(out, pathLines(p)...)
	}
	return out
}
