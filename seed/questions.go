package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// survey asks every question the API accepts (recognition.Questions):
// every occupation between every two countries of the data, each
// qualification from its own country (a regional one from every ASEAN
// Member State) to every other country. It returns the countries asked
// from, by code.
func survey(ctx context.Context, g *model.Graph) (*recognition.Survey, []string, error) {
	var countries, subjects []*model.Record
	var codes []string
	for _, r := range g.Nodes {
		switch r.Kind {
		case model.KindCountry:
			countries = append(countries, r)
			codes = append(codes, r.String("code"))
		case model.KindQualification, model.KindOccupation:
			subjects = append(subjects, r)
		}
	}
	sort.Strings(codes)
	s, err := recognition.Ask(ctx, memstore.New(g), recognition.Questions(countries, subjects))
	return s, codes, err
}

// writeQuestions prints the survey: the share of questions per outcome, the
// share of open arrangement routes resting on an unverified step, and the
// NOT_COVERED questions by the data gap that keeps them open.
func writeQuestions(ctx context.Context, w io.Writer, g *model.Graph) error {
	s, codes, err := survey(ctx, g)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Every question the API accepts, on dataset %s (%s): %d\n\n", g.Meta.Version, g.Meta.Date, s.Questions)
	fmt.Fprintln(w, "| outcome | questions | share |")
	fmt.Fprintln(w, "| --- | ---: | ---: |")
	for _, o := range model.AllRecognitionOutcome {
		fmt.Fprintf(w, "| %s | %d | %.1f %% |\n", o, s.Outcomes[o], 100*recognition.Share(s.Outcomes[o], s.Questions))
	}
	fmt.Fprintf(w, "\n%s questions by their strongest open route:", model.RecognitionOutcomeRoutesFound)
	for _, st := range []model.RecognitionStrength{model.RecognitionStrengthFormal, model.RecognitionStrengthConditional,
		model.RecognitionStrengthAligned, model.RecognitionStrengthComparable} {
		fmt.Fprintf(w, " %s %d;", st, s.Strongest[st])
	}
	fmt.Fprintf(w, " COMPARABLE alone is comparability, not recognition.\n")
	fmt.Fprintf(w, "\nOpen arrangement routes: %d, of which %d (%.1f %%) rest on an unverified step.\n",
		s.OpenRoutes, s.Unverified, 100*recognition.Share(s.Unverified, s.OpenRoutes))
	fmt.Fprintf(w, "Questions with an open route of any kind whose every open route rests on an unverified step: %d (%.1f %%).\n",
		s.OnlyUnverified, 100*recognition.Share(s.OnlyUnverified, s.Questions))
	fmt.Fprintf(w, "Prospects (instruments not in force) listed: %d.\n", s.Prospects)
	fmt.Fprintf(w, "Channels to work (in force, recognising no qualification) listed: %d; questions with at least one: %d (%.1f %%), of which %d have no open recognition route.\n",
		s.Channels, s.WithChannel, 100*recognition.Share(s.WithChannel, s.Questions), s.OnlyChannel)
	writeGaps(w, s, codes)
	return nil
}

// writeGaps prints the NOT_COVERED questions by the gap that keeps them
// open, in all, kept open by it alone, and by country of origin.
func writeGaps(w io.Writer, s *recognition.Survey, codes []string) {
	fmt.Fprintf(w, "\nNOT_COVERED questions by the data gap that keeps them open: %d. A question counts under the gap of each kind of route\n", s.Outcomes[model.RecognitionOutcomeNotCovered])
	fmt.Fprintln(w, "our data could not judge (at most three); \"alone\" counts those it is the only gap of (every other kind of route judged).")
	fmt.Fprintln(w, "Columns by country of origin.")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "| route | gap | questions | alone | %s |\n", strings.Join(codes, " | "))
	fmt.Fprintf(w, "| --- | --- | ---: | ---: |%s\n", strings.Repeat(" ---: |", len(codes)))
	row := func(route, gap string, n, alone string, by map[string]int) {
		cells := make([]string, len(codes))
		for i, c := range codes {
			cells[i] = fmt.Sprint(by[c])
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", route, gap, n, alone, strings.Join(cells, " | "))
	}
	row("", "questions asked", fmt.Sprint(s.Questions), "", s.From)
	row("", "NOT_COVERED", fmt.Sprint(s.Outcomes[model.RecognitionOutcomeNotCovered]), "", s.NotCoveredFrom)
	for _, g := range recognition.Gaps {
		if s.Gaps[g] == 0 {
			continue
		}
		row(g.Route(), fmt.Sprintf("%s (`%s`)", g.Words(), g), fmt.Sprint(s.Gaps[g]), fmt.Sprint(s.OnlyGap[g]), s.GapsFrom[g])
	}
}
