package recognition

import (
	"context"
	"sync"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Traverser is offered by stores for which each call is a network round
// trip (Neo4j): it follows a whole plan of steps in one call.
type Traverser interface {
	Traverse(ctx context.Context, roots []string, plan []model.Step) (model.Traversal, error)
}

// prefetched answers Nodes and Links from what one Traverse call brought
// back, and asks the store for anything else: the plan decides only how
// many round trips a question costs, never its answer.
type prefetched struct {
	g     Graph
	mu    sync.Mutex
	nodes map[string]*model.Record
	links map[linkKey][]model.Link
}

type linkKey struct {
	id, rel string
	dir     model.Direction
}

// withPrefetch runs plan from roots when g can traverse, and returns the
// Graph the question should use.
func withPrefetch(ctx context.Context, g Graph, roots []string, plan []model.Step) (Graph, error) {
	t, ok := g.(Traverser)
	if !ok {
		return g, nil
	}
	res, err := t.Traverse(ctx, roots, plan)
	if err != nil {
		return nil, err
	}
	p := &prefetched{g: g, nodes: map[string]*model.Record{}, links: map[linkKey][]model.Link{}}
	for _, r := range res.Roots {
		if r != nil {
			p.nodes[r.ID] = r
		}
	}
	for i, st := range res.Steps {
		for _, id := range st.From {
			ls := st.Links[id]
			if ls == nil {
				ls = []model.Link{}
			}
			p.links[linkKey{id, plan[i].Rel, plan[i].Dir}] = ls
			for _, l := range ls {
				p.nodes[l.Node.ID] = l.Node
			}
		}
	}
	return p, nil
}

func (p *prefetched) Nodes(ctx context.Context, ids []string) ([]*model.Record, error) {
	p.mu.Lock()
	out := make([]*model.Record, len(ids))
	var missing []string
	for i, id := range ids {
		if r, ok := p.nodes[id]; ok {
			out[i] = r
		} else {
			missing = append(missing, id)
		}
	}
	p.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	recs, err := p.g.Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	return recs, nil
}

func (p *prefetched) Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error) {
	p.mu.Lock()
	out := make([][]model.Link, len(ids))
	complete := true
	for i, id := range ids {
		ls, ok := p.links[linkKey{id, rel, dir}]
		if !ok {
			complete = false
			break
		}
		out[i] = ls
	}
	p.mu.Unlock()
	if complete {
		return out, nil
	}
	return p.g.Links(ctx, ids, rel, dir)
}

// pathPlan is the graph Paths reads, as one plan from the roots [subject,
// origin, destination]: what the subject qualifies for and certifies, the
// arrangements that cover or name those and their parties, the
// destination's restrictions, both countries' frameworks and levels, the
// alignments of the standards held, and the level references up and down.
// Step indexes are referred to by later steps' From.
var pathPlan = []model.Step{
	/* 0 */ {From: []int{-1}, Rel: model.RelQualifiesFor, Dir: model.Out}, // occupations of a qualification
	/* 1 */ {From: []int{-1}, Rel: model.RelCertifies, Dir: model.Out}, // standards it certifies
	/* 2 */ {From: []int{-1}, Rel: model.RelQualifiesFor, Dir: model.In}, // qualifications for an occupation
	/* 3 */ {From: []int{-1}, Rel: model.RelForOccupation, Dir: model.In}, // standards for an occupation
	/* 4 */ {From: []int{-1}, Rel: model.RelRestricts, Dir: model.Out}, // the countries' restrictions
	/* 5 */ {From: []int{-1}, Rel: model.RelOfCountry, Dir: model.In}, // the countries' frameworks
	/* 6 */ {From: []int{-1, 0}, Rel: model.RelCovers, Dir: model.In}, // arrangements covering the occupations
	/* 7 */ {From: []int{0}, Rel: model.RelQualifiesFor, Dir: model.In}, // qualifications for the same occupations
	/* 8 */ {From: []int{-1, 1, 2, 3}, Rel: model.RelRecognises, Dir: model.In}, // arrangements naming what is held
	/* 9 */ {From: []int{6, 8}, Rel: model.RelParty, Dir: model.Out},
	/* 10 */ {From: []int{6, 8}, Rel: model.RelCovers, Dir: model.Out},
	/* 11 */ {From: []int{6, 8}, Rel: model.RelRecognises, Dir: model.Out},
	/* 12 */ {From: []int{6, 8}, Rel: model.RelAdministeredBy, Dir: model.Out},
	/* 13 */ {From: []int{-1, 2, 7}, Rel: model.RelAtLevel, Dir: model.Out}, // levels of what is held and of those
	/* 14 */ {From: []int{1, 3}, Rel: model.RelAlignedTo, Dir: model.Out},
	/* 15 */ {From: []int{1, 3, 14}, Rel: model.RelAlignedTo, Dir: model.In},
	/* 16 */ {From: []int{14, 15}, Rel: model.RelCertifies, Dir: model.In},
	/* 17 */ {From: []int{13}, Rel: model.RelReferencedTo, Dir: model.Out}, // up
	/* 18 */ {From: []int{17}, Rel: model.RelReferencedTo, Dir: model.Out},
	/* 19 */ {From: []int{18}, Rel: model.RelReferencedTo, Dir: model.Out},
	/* 20 */ {From: []int{13, 17, 18, 19}, Rel: model.RelReferencedTo, Dir: model.In}, // down
	/* 21 */ {From: []int{20}, Rel: model.RelReferencedTo, Dir: model.In},
	/* 22 */ {From: []int{21}, Rel: model.RelReferencedTo, Dir: model.In},
	/* 23 */ {From: []int{5}, Rel: model.RelHasLevel, Dir: model.Out}, // the countries' levels
	/* 24 */ {From: []int{23}, Rel: model.RelReferencedTo, Dir: model.Out},
	/* 25 */ {From: []int{6, 8}, Rel: model.RelSupersededBy, Dir: model.Out}, // successors of superseded arrangements
	/* 26 */ {From: []int{14, 15}, Rel: model.RelForOccupation, Dir: model.Out}, // occupations of the standards aligned
}
