// Package coverage reports what the dataset holds per country: how many
// records of each kind, how many of them are verified, how far each
// country's framework is referenced to the AQRF, and what is known to be
// missing.
package coverage

import (
	"context"
	"maps"
	"slices"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Lister is what the report needs of a store.
type Lister interface {
	List(ctx context.Context, q model.ListQuery) (model.Page, error)
	Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error)
	DataVersion(ctx context.Context) (model.DataVersion, error)
}

// The kinds counted per country, and how a record of each belongs to one.
var perCountry = []struct {
	kind string
	prop string // the property holding the country code
	has  bool   // true: prop is a list (arrangement parties)
}{
	{model.KindAuthority, "country", false},
	{model.KindFramework, "country", false},
	{model.KindQualification, "country", false},
	{model.KindStandard, "country", false},
	{model.KindArrangement, model.PropCountries, true},
}

// Report builds the coverage report with one List call per kind.
func Report(ctx context.Context, s Lister) (*model.CoverageReport, error) {
	dv, err := s.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	all := map[string][]*model.Record{}
	for _, k := range []string{model.KindCountry, model.KindAuthority, model.KindFramework, model.KindLevel,
		model.KindQualification, model.KindStandard, model.KindUnit, model.KindSkill, model.KindOccupation,
		model.KindArrangement, model.KindSource} {
		p, err := s.List(ctx, model.ListQuery{Kind: k, Limit: -1})
		if err != nil {
			return nil, err
		}
		all[k] = p.Records
	}
	rep := &model.CoverageReport{DataVersion: &dv, Countries: []*model.CountryCoverage{}, LackingReferencing: []*model.Country{}}
	countries := append([]*model.Record(nil), all[model.KindCountry]...)
	sort.SliceStable(countries, func(i, j int) bool {
		ai, aj := countries[i].Bool("aseanMember"), countries[j].Bool("aseanMember")
		if ai != aj {
			return ai
		}
		return countries[i].ID < countries[j].ID
	})
	rows := make([]*model.CountryCoverage, len(countries))
	for i, crec := range countries {
		if rows[i], err = countryRow(crec, all); err != nil {
			return nil, err
		}
	}
	if err := listings(ctx, s, countries, rows); err != nil {
		return nil, err
	}
	unnamed, err := regulatorGaps(ctx, s, all[model.KindArrangement])
	if err != nil {
		return nil, err
	}
	units := unitsByCountry(all[model.KindStandard])
	for _, row := range rows {
		row.Missing = []string{}
		if row.Country.AseanMember {
			if row.Missing, err = gaps(ctx, s, row, unnamed[row.Country.Code], units[row.Country.Code]); err != nil {
				return nil, err
			}
		}
		rep.Countries = append(rep.Countries, row)
		if row.Country.AseanMember && row.ReferencingStatus != model.ReferencingStatusCompleted {
			rep.LackingReferencing = append(rep.LackingReferencing, row.Country)
		}
	}
	totals(rep, all)
	return rep, nil
}

// The lists counted per country, in the order of CountryCoverage.listings:
// the Country field that gives each, the relationship it follows, and what
// the coverage report says of a member that has none (gaps).
var perCountryLists = []struct {
	field, rel string
	dir        model.Direction
	missing    string
}{
	{"inDemand", model.RelInDemandIn, model.In, "no shortage or in-demand occupation list held"},
	{"restrictions", model.RelRestricts, model.Out, "no restrictions on foreign workers held (reserved occupations, licensing)"},
}

// listings counts each country's entries of each list, and how many are
// verified: one Links call per list, for every country (rows[i] is of
// countries[i]) at once.
func listings(ctx context.Context, s Lister, countries []*model.Record, rows []*model.CountryCoverage) error {
	ids := make([]string, len(countries))
	for i, c := range countries {
		ids[i] = c.ID
		rows[i].Listings = []*model.ListingCount{}
	}
	for _, l := range perCountryLists {
		links, err := s.Links(ctx, ids, l.rel, l.dir)
		if err != nil {
			return err
		}
		for i, row := range rows {
			n := &model.ListingCount{List: l.field, Count: len(links[i])}
			for _, link := range links[i] {
				if link.Edge.Props["confidence"] == "verified" {
					n.Verified++
				}
			}
			row.Listings = append(row.Listings, n)
		}
	}
	return nil
}

// countryRow counts what the dataset holds of one country.
func countryRow(crec *model.Record, all map[string][]*model.Record) (*model.CountryCoverage, error) {
	c, err := model.As[*model.Country](crec)
	if err != nil {
		return nil, err
	}
	row := &model.CountryCoverage{Country: c, Frameworks: []*model.QualificationFramework{}, Counts: []*model.KindCount{},
		ReferencingStatus: model.ReferencingStatusUnknown}
	for _, pc := range perCountry {
		count := 0
		for _, r := range all[pc.kind] {
			if !belongs(r, pc.prop, pc.has, c.Code) {
				continue
			}
			count++
			row.Records++
			if r.String("confidence") == "verified" {
				row.Verified++
			}
			if pc.kind == model.KindFramework {
				f, err := model.As[*model.QualificationFramework](r)
				if err != nil {
					return nil, err
				}
				row.Frameworks = append(row.Frameworks, f)
				if f.Referencing != nil && (f.Scope == model.FrameworkScopeNational || row.ReferencingStatus == model.ReferencingStatusUnknown) {
					row.ReferencingStatus = f.Referencing.Status
				}
			}
		}
		row.Counts = append(row.Counts, &model.KindCount{Kind: pc.kind, Count: count})
	}
	if row.Records > 0 {
		row.VerifiedShare = round(float64(row.Verified) / float64(row.Records))
	}
	return row, nil
}

// totals counts the whole dataset, per kind, and its verified share
// (sources are not facts to verify).
func totals(rep *model.CoverageReport, all map[string][]*model.Record) {
	total, verified := 0, 0
	for _, k := range slices.Sorted(maps.Keys(all)) {
		rep.Totals = append(rep.Totals, &model.KindCount{Kind: k, Count: len(all[k])})
		if k == model.KindSource {
			continue
		}
		for _, r := range all[k] {
			total++
			if r.String("confidence") == "verified" {
				verified++
			}
		}
	}
	if total > 0 {
		rep.VerifiedShare = round(float64(verified) / float64(total))
	}
}

func belongs(r *model.Record, prop string, list bool, code string) bool {
	if !list {
		return r.String(prop) == code
	}
	for _, v := range r.Strings(prop) {
		if v == code {
			return true
		}
	}
	return false
}

// round keeps three decimals, so that shares print and compare cleanly.
func round(f float64) float64 {
	return float64(int(f*1000+0.5)) / 1000
}
