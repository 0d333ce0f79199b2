package coverage

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// gaps says what the dataset is known to lack for a country: the kinds of
// record it holds none of, level references its framework's completed
// referencing should have, and the demand and access lists it does not hold.
func gaps(ctx context.Context, s Lister, row *model.CountryCoverage) ([]string, error) {
	out := []string{}
	for _, k := range row.Counts {
		if k.Count == 0 {
			out = append(out, "no "+plural[k.Kind])
		}
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
