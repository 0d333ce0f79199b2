package export

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// RecognitionSource is what the subgraph of a recognition answer needs: the
// reads recognition.Paths makes, and the dataset version.
type RecognitionSource interface {
	recognition.Graph
	DataVersion(ctx context.Context) (model.DataVersion, error)
}

// Recognition returns the subgraph of one recognitionPaths answer: the
// nodes its steps join, and one relationship per step of each route, with
// the route's number (1 = strongest), strength, whether it is blocked and
// its instrument, and the step's explanation, confidence and sources. A
// step shared by two routes appears once per route. An unknown country or
// subject is an error wrapping recognition.ErrNotFound.
func Recognition(ctx context.Context, src RecognitionSource, q recognition.Query) (*Snapshot, error) {
	version, err := src.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	res, err := recognition.Paths(ctx, src, q)
	if err != nil {
		return nil, err
	}
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	add("country:" + q.From)
	add("country:" + q.To)
	add(q.Subject)
	s := &Snapshot{
		Version: version,
		Title:   fmt.Sprintf("recognition routes of %s from %s to %s", q.Subject, q.From, q.To),
		Name:    fmt.Sprintf("recognition-%s-%s-%s", q.From, q.To, q.Subject),
	}
	for i, p := range res.Paths {
		for _, st := range p.Steps {
			from, to := model.NodeID(st.From), model.NodeID(st.To)
			add(from)
			add(to)
			props := map[string]any{
				"route":       int64(i + 1),
				"strength":    string(p.Strength),
				"blocked":     p.Blocked,
				"explanation": st.Explanation,
				"confidence":  string(st.Confidence),
				"sources":     append([]string{}, st.SourceIDs...),
			}
			if p.Instrument != nil {
				props["instrument"] = p.Instrument.ID
			}
			s.Edges = append(s.Edges, model.Edge{Type: st.Relation, From: from, To: to, Props: props})
		}
	}
	recs, err := src.Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if r != nil {
			s.Nodes = append(s.Nodes, r)
		}
	}
	s.sort()
	return s, nil
}
