package recognition

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Survey is what every question between the given countries says: how many
// end in each outcome, and how many of the open arrangement routes (in
// force, not blocked) rest on a step our data has not verified.
type Survey struct {
	Questions  int
	Outcomes   map[model.RecognitionOutcome]int
	OpenRoutes int // arrangement routes in force that no destination rule blocks
	Unverified int // of those, the ones with an UNVERIFIED step
	Prospects  int // instruments not in force listed as prospects
}

// Ask asks Paths every question: each subject (a qualification or an
// occupation ID) held in each country, to each other country.
func Ask(ctx context.Context, g Graph, countries, subjects []string) (*Survey, error) {
	s := &Survey{Outcomes: map[model.RecognitionOutcome]int{}}
	for _, from := range countries {
		for _, to := range countries {
			if from == to {
				continue
			}
			for _, subject := range subjects {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
				res, err := Paths(ctx, g, Query{From: from, To: to, Subject: subject})
				if err != nil {
					return nil, err
				}
				s.add(res)
			}
		}
	}
	return s, nil
}

func (s *Survey) add(res *model.RecognitionResult) {
	s.Questions++
	s.Outcomes[res.Outcome]++
	s.Prospects += len(res.Prospects)
	for _, p := range res.Paths {
		if p.Instrument == nil || p.Blocked {
			continue
		}
		s.OpenRoutes++
		for _, st := range p.Steps {
			if st.Confidence == model.ConfidenceUnverified {
				s.Unverified++
				break
			}
		}
	}
}

// Share is n as a share of all, 0 when all is 0.
func Share(n, all int) float64 {
	if all == 0 {
		return 0
	}
	return float64(n) / float64(all)
}
