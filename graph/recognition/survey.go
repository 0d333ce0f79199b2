package recognition

import (
	"cmp"
	"context"
	"slices"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Survey is what every question asked says: how many end in each outcome,
// how many of the open arrangement routes (in force, not blocked) rest on a
// step our data has not verified, and which data gaps keep the NOT_COVERED
// questions open.
type Survey struct {
	Questions  int
	Outcomes   map[model.RecognitionOutcome]int
	From       map[string]int // questions by country of origin (ISO code)
	OpenRoutes int            // arrangement routes in force that no destination rule blocks
	Unverified int            // of those, the ones with an UNVERIFIED step
	// Questions with an open route whose every open route (of any kind)
	// has an UNVERIFIED step: found, but only on facts not checked.
	OnlyUnverified int
	// The ROUTES_FOUND questions by the strength of their strongest open
	// route (COMPARABLE: comparability only, not recognition).
	Strongest map[model.RecognitionStrength]int
	Prospects int // instruments not in force listed as prospects
	// Channels to work (instruments in force that recognise nothing)
	// listed; the questions with at least one; of those, the ones with no
	// open recognition route.
	Channels, WithChannel, OnlyChannel int

	// The NOT_COVERED questions by country of origin; by the gaps that
	// keep them open (a question counts under the gap of each kind of
	// route it could not judge, so at most three), in all and by origin;
	// and those it is the only gap of (every other kind of route judged).
	NotCoveredFrom map[string]int
	Gaps           map[Gap]int
	GapsFrom       map[Gap]map[string]int
	OnlyGap        map[Gap]int
}

// Questions returns every question the API accepts between the countries
// given (their records) about the subjects given (qualification and
// occupation records), sorted by origin, destination and subject: each
// occupation between every ordered pair of countries; each qualification
// from the country that awards it to every other country; each regional
// qualification (no country) from every ASEAN Member State to every other
// country. A qualification whose country is not among those given is not
// asked.
func Questions(countries, subjects []*model.Record) []Query {
	var qs []Query
	for _, from := range countries {
		fc := from.String("code")
		for _, to := range countries {
			tc := to.String("code")
			if fc == tc {
				continue
			}
			for _, s := range subjects {
				regional := s.Kind == model.KindQualification && s.String("country") == ""
				if !HeldFrom(s, fc) || regional && !from.Bool("aseanMember") {
					continue
				}
				qs = append(qs, Query{From: fc, To: tc, Subject: s.ID})
			}
		}
	}
	slices.SortStableFunc(qs, func(a, b Query) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To), cmp.Compare(a.Subject, b.Subject))
	})
	return qs
}

// Ask asks Paths every question and tallies what the answers say.
func Ask(ctx context.Context, g Graph, qs []Query) (*Survey, error) {
	s := &Survey{Outcomes: map[model.RecognitionOutcome]int{}, Strongest: map[model.RecognitionStrength]int{},
		From: map[string]int{}, NotCoveredFrom: map[string]int{},
		Gaps: map[Gap]int{}, GapsFrom: map[Gap]map[string]int{}, OnlyGap: map[Gap]int{}}
	for _, q := range qs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, gaps, err := paths(ctx, g, q)
		if err != nil {
			return nil, err
		}
		s.add(q, res, gaps)
	}
	return s, nil
}

func (s *Survey) add(q Query, res *model.RecognitionResult, gaps []Gap) {
	s.Questions++
	s.From[q.From]++
	s.Outcomes[res.Outcome]++
	if res.Outcome == model.RecognitionOutcomeRoutesFound && res.Strongest != nil {
		s.Strongest[*res.Strongest]++
	}
	s.Prospects += len(res.Prospects)
	s.Channels += len(res.Channels)
	open, checked := false, false
	for _, p := range res.Paths {
		open = open || !p.Blocked
		if !p.Blocked && !anyUnverified(p.Steps) {
			checked = true
		}
		if p.Instrument == nil || p.Blocked {
			continue
		}
		s.OpenRoutes++
		if anyUnverified(p.Steps) {
			s.Unverified++
		}
	}
	if open && !checked {
		s.OnlyUnverified++
	}
	if len(res.Channels) > 0 {
		s.WithChannel++
		if !open {
			s.OnlyChannel++
		}
	}
	if res.Outcome != model.RecognitionOutcomeNotCovered {
		return
	}
	s.NotCoveredFrom[q.From]++
	for _, g := range gaps {
		s.Gaps[g]++
		if s.GapsFrom[g] == nil {
			s.GapsFrom[g] = map[string]int{}
		}
		s.GapsFrom[g][q.From]++
	}
	if len(gaps) == 1 {
		s.OnlyGap[gaps[0]]++
	}
}

// Share is n as a share of all, 0 when all is 0.
func Share(n, all int) float64 {
	if all == 0 {
		return 0
	}
	return float64(n) / float64(all)
}

// anyUnverified: some step the route rests on (restsOn) is UNVERIFIED.
func anyUnverified(steps []*model.RecognitionStep) bool {
	for _, st := range steps {
		if restsOn(st.Relation) && st.Confidence == model.ConfidenceUnverified {
			return true
		}
	}
	return false
}
