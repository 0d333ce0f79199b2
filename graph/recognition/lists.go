package recognition

import (
	"strconv"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// ListKind is a kind of per-country list.
type ListKind int

const (
	InDemandLists    ListKind = iota // IN_DEMAND_IN: shortage and in-demand lists
	RestrictionLists                 // RESTRICTS: rules on foreigners' work
)

// Coverage says whether the data holds lists of this kind for the country,
// from the country's IN_DEMAND_IN (in) or RESTRICTS (out) links: one entry
// per list (in-demand: the edges' list name; restrictions: the year since
// which the rules apply), with its year, number of entries and sources, in
// order of name. No links means not covered: unknown, not none.
func Coverage(country *model.Record, kind ListKind, links []model.Link) *model.ListCoverage {
	byName := map[string]*model.CoveredList{}
	for _, l := range links {
		n, year := l.Edge.String("list"), edgeYear(l.Edge, kind)
		if kind == RestrictionLists {
			n = restrictionListName(country, l.Edge.String("since"), l.Edge.String("until"))
		}
		c := byName[n]
		if c == nil {
			c = &model.CoveredList{Name: n}
			byName[n] = c
		}
		c.Entries++
		if year != nil && (c.Year == nil || *year > *c.Year) {
			c.Year = year
		}
		c.SourceIDs = mergeSources(c.SourceIDs, l.Edge.Strings("sources"))
	}
	out := &model.ListCoverage{Covered: len(byName) > 0, Lists: []*model.CoveredList{}}
	for _, n := range sortedKeys(byName) {
		out.Lists = append(out.Lists, byName[n])
	}
	out.Note = coverageOfLists(country, kind, out.Lists)
	return out
}

func edgeYear(e model.Edge, kind ListKind) *int {
	if kind == InDemandLists {
		if y, ok := e.Int("year"); ok {
			return &y
		}
		return nil
	}
	s := e.String("since")
	if len(s) < 4 {
		return nil
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return nil
	}
	return &y
}
