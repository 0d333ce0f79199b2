package coverage

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// gaps says what the dataset is known to lack for a country: the kinds of
// record it holds none of, the units of its competency standards not
// loaded (units, from unitsByCountry), level references its framework's
// completed referencing should have, the demand and access lists it does
// not hold, and the ASEAN MRAs it is party to that name no body of its own
// (unnamed, from regulatorGaps).
func gaps(ctx context.Context, s Lister, row *model.CountryCoverage, unnamed []string, units map[model.UnitsLoaded]int) ([]string, error) {
	out := []string{}
	for _, k := range row.Counts {
		if k.Count == 0 {
			out = append(out, "no "+plural[k.Kind])
		}
	}
	if line := unitsGap(units); line != "" {
		out = append(out, line)
	}
	if row.ReferencingStatus == model.ReferencingStatusUnknown {
		out = append(out, "AQRF referencing status unknown")
	}
	var national []*model.QualificationFramework
	for _, f := range row.Frameworks {
		if f.Scope == model.FrameworkScopeNational {
			national = append(national, f)
		}
	}
	levels, err := frameworkLevels(ctx, s, national)
	if err != nil {
		return nil, err
	}
	for i, f := range national {
		lv := levels[i]
		if len(lv.untitled) > 0 {
			out = append(out, fmt.Sprintf("%s levels without a title: %s", f.Code, strings.Join(lv.untitled, ", ")))
		}
		switch {
		case lv.refs == 0 && f.Referencing != nil && f.Referencing.Status == model.ReferencingStatusCompleted:
			out = append(out, fmt.Sprintf("no level references for %s although its AQRF referencing is COMPLETED", f.Code))
		case lv.refs > 0 && lv.verified == 0:
			out = append(out, fmt.Sprintf("%s level references all unverified", f.Code))
		}
	}
	for i, l := range row.Listings { // in perCountryLists' order
		if l.Count == 0 {
			out = append(out, perCountryLists[i].missing)
		}
	}
	if len(unnamed) > 0 {
		out = append(out, fmt.Sprintf("no regulator or monitoring body of its own named under %d of the ASEAN MRAs it is party to: %s",
			len(unnamed), strings.Join(unnamed, ", ")))
	}
	return out, nil
}

// unitsByCountry counts each country's competency standards by how much of
// their own units are loaded.
func unitsByCountry(standards []*model.Record) map[string]map[model.UnitsLoaded]int {
	out := map[string]map[model.UnitsLoaded]int{}
	for _, r := range standards {
		c := r.String("country")
		if c == "" {
			continue
		}
		if out[c] == nil {
			out[c] = map[model.UnitsLoaded]int{}
		}
		out[c][model.UnitsLoadedOf(r)]++
	}
	return out
}

// unitsGap says how many of a country's standards are not loaded with
// every unit, "" when all are (or it has none).
func unitsGap(units map[model.UnitsLoaded]int) string {
	total := 0
	for _, n := range units {
		total += n
	}
	var parts []string
	for _, p := range []struct {
		u      model.UnitsLoaded
		format string
	}{
		{model.UnitsLoadedNone, "%d with no units loaded"},
		{model.UnitsLoadedSome, "%d with only some of their units loaded"},
		{model.UnitsLoadedLevel, "%d loaded as one unit per level"},
	} {
		if n := units[p.u]; n > 0 {
			parts = append(parts, fmt.Sprintf(p.format, n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	what := "competency standards"
	if total == 1 {
		what = "competency standard"
	}
	return fmt.Sprintf("of %d %s, %s", total, what, strings.Join(parts, ", "))
}

// mraTitlePrefixes are cut from an MRA's title to name it in a list.
var mraTitlePrefixes = []string{"ASEAN Mutual Recognition Arrangement on ", "ASEAN Framework Arrangement for the Mutual Recognition of "}

// regulatorGaps reads which body administers each ASEAN MRA (type MRA) in
// each of its parties, one Links call for them all, and returns per
// country code the MRAs it is party to under which no authority of that
// country is named: the host regulator, or monitoring body, who decides on
// a route into it. A regional body (ACPECC, say) names no party's.
func regulatorGaps(ctx context.Context, s Lister, arrangements []*model.Record) (map[string][]string, error) {
	var mras []*model.Record
	for _, a := range arrangements {
		if a.String("type") == string(model.ArrangementTypeMra) {
			mras = append(mras, a)
		}
	}
	out := map[string][]string{}
	if len(mras) == 0 {
		return out, nil
	}
	ids := make([]string, len(mras))
	for i, a := range mras {
		ids[i] = a.ID
	}
	admins, err := s.Links(ctx, ids, model.RelAdministeredBy, model.Out)
	if err != nil {
		return nil, err
	}
	for i, a := range mras {
		named := map[string]bool{}
		for _, l := range admins[i] {
			named[l.Node.String("country")] = true
		}
		name := a.String(model.PropLabel)
		for _, p := range mraTitlePrefixes {
			name = strings.TrimPrefix(name, p)
		}
		for _, c := range a.Strings(model.PropCountries) {
			if !named[c] {
				out[c] = append(out[c], name)
			}
		}
	}
	return out, nil
}

// plural names each counted kind in the sentence "no ...".
var plural = map[string]string{
	model.KindAuthority:     "authorities",
	model.KindFramework:     "qualifications framework",
	model.KindQualification: "qualifications",
	model.KindStandard:      "competency standards",
	model.KindArrangement:   "arrangements it is party to",
}

// levelsOf is what the coverage says of one framework's levels: the
// numbers of those without a title, in order, and the references from them
// to other frameworks' levels, and how many of those are verified.
type levelsOf struct {
	untitled       []string
	refs, verified int
}

// frameworkLevels reads the levels of the frameworks and the references
// from those levels, two store calls for them all, aligned with fws.
func frameworkLevels(ctx context.Context, s Lister, fws []*model.QualificationFramework) ([]levelsOf, error) {
	out := make([]levelsOf, len(fws))
	if len(fws) == 0 {
		return out, nil
	}
	ids := make([]string, len(fws))
	for i, f := range fws {
		ids[i] = f.ID
	}
	levels, err := s.Links(ctx, ids, model.RelHasLevel, model.Out)
	if err != nil {
		return nil, err
	}
	var levelIDs []string
	owner := map[string]int{} // level ID -> index of its framework
	for i, f := range fws {
		titled := map[int]bool{}
		for _, l := range levels[i] {
			levelIDs = append(levelIDs, l.Node.ID)
			owner[l.Node.ID] = i
			if n, ok := l.Node.Int("level"); ok && l.Node.String("title") != "" {
				titled[n] = true
			}
		}
		for n := 1; n <= f.LevelCount; n++ {
			if !titled[n] {
				out[i].untitled = append(out[i].untitled, strconv.Itoa(n))
			}
		}
	}
	refs, err := s.Links(ctx, levelIDs, model.RelReferencedTo, model.Out)
	if err != nil {
		return nil, err
	}
	for j, ls := range refs {
		lv := &out[owner[levelIDs[j]]]
		for _, l := range ls {
			lv.refs++
			if c, _ := l.Edge.Props["confidence"].(string); c == "verified" {
				lv.verified++
			}
		}
	}
	return out, nil
}
