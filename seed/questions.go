package main

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// survey asks every question the data allows: every qualification and
// occupation, held in every country of the data, to every other country.
func survey(ctx context.Context, g *model.Graph) (*recognition.Survey, error) {
	var countries, subjects []string
	for _, r := range g.Nodes {
		switch r.Kind {
		case model.KindCountry:
			countries = append(countries, r.String("code"))
		case model.KindQualification, model.KindOccupation:
			subjects = append(subjects, r.ID)
		}
	}
	sort.Strings(countries)
	sort.Strings(subjects)
	return recognition.Ask(ctx, memstore.New(g), countries, subjects)
}

// writeQuestions prints the survey: the share of questions per outcome and
// the share of open arrangement routes resting on an unverified step.
func writeQuestions(ctx context.Context, w io.Writer, g *model.Graph) error {
	s, err := survey(ctx, g)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Every question on dataset %s (%s): %d\n\n", g.Meta.Version, g.Meta.Date, s.Questions)
	fmt.Fprintln(w, "| outcome | questions | share |")
	fmt.Fprintln(w, "| --- | ---: | ---: |")
	for _, o := range model.AllRecognitionOutcome {
		fmt.Fprintf(w, "| %s | %d | %.1f %% |\n", o, s.Outcomes[o], 100*recognition.Share(s.Outcomes[o], s.Questions))
	}
	fmt.Fprintf(w, "\nOpen arrangement routes: %d, of which %d (%.1f %%) rest on an unverified step.\n",
		s.OpenRoutes, s.Unverified, 100*recognition.Share(s.Unverified, s.OpenRoutes))
	fmt.Fprintf(w, "Prospects (instruments not in force) listed: %d.\n", s.Prospects)
	return nil
}
