package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/coverage"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// writeCoverage prints the coverage report (the API's `coverage` query) as
// a Markdown table.
func writeCoverage(w io.Writer, g *model.Graph) error {
	rep, err := coverage.Report(context.Background(), memstore.New(g))
	if err != nil {
		return err
	}
	kinds := []string{}
	for _, k := range rep.Countries[0].Counts {
		kinds = append(kinds, k.Kind)
	}
	short := map[string]string{"Authority": "authorities", "QualificationFramework": "frameworks",
		"Qualification": "qualifications", "CompetencyStandard": "standards", "Arrangement": "arrangements (party)"}
	fmt.Fprintf(w, "Coverage of dataset %s (%s)\n\n", rep.DataVersion.Version, rep.DataVersion.Date)
	fmt.Fprint(w, "| country | ASEAN | frameworks | AQRF referencing |")
	for _, k := range kinds {
		fmt.Fprintf(w, " %s |", short[k])
	}
	fmt.Fprintln(w, " verified | in demand (verified) | restrictions (verified) |")
	fmt.Fprint(w, "| --- | --- | --- | --- |")
	for range kinds {
		fmt.Fprint(w, " ---: |")
	}
	fmt.Fprintln(w, " ---: | ---: | ---: |")
	for _, c := range rep.Countries {
		fws := []string{}
		for _, f := range c.Frameworks {
			fws = append(fws, f.Code)
		}
		asean := ""
		if c.Country.AseanMember {
			asean = "yes"
		}
		fmt.Fprintf(w, "| %s %s | %s | %s | %s |", c.Country.Code, c.Country.Name, asean, strings.Join(fws, ", "), c.ReferencingStatus)
		for _, k := range c.Counts {
			fmt.Fprintf(w, " %d |", k.Count)
		}
		fmt.Fprintf(w, " %.0f%% |", 100*c.VerifiedShare)
		for _, l := range c.Listings { // in demand, then restrictions
			fmt.Fprintf(w, " %d (%d) |", l.Count, l.Verified)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "\nKnown to be missing, per ASEAN Member State:")
	fmt.Fprintln(w)
	for _, c := range rep.Countries {
		if len(c.Missing) > 0 {
			fmt.Fprintf(w, "- %s %s: %s.\n", c.Country.Code, c.Country.Name, strings.Join(c.Missing, "; "))
		}
	}
	lacking := []string{}
	for _, c := range rep.LackingReferencing {
		lacking = append(lacking, c.Code)
	}
	fmt.Fprintf(w, "\nASEAN Member States whose framework's AQRF referencing is not completed: %s.\n", strings.Join(lacking, ", "))
	totals := []string{}
	for _, t := range rep.Totals {
		totals = append(totals, fmt.Sprintf("%d %s", t.Count, t.Kind))
	}
	fmt.Fprintf(w, "Whole dataset: %s; %.0f%% of records verified (sources not counted; the in-demand listings and restrictions are not records, and are counted per country above).\n", strings.Join(totals, ", "), 100*rep.VerifiedShare)
	return nil
}
