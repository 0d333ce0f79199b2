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
	for _, f := range row.Frameworks {
		if f.Scope != model.FrameworkScopeNational {
			continue
		}
		refs, verified, err := levelReferences(ctx, s, f)
		if err != nil {
			return nil, err
		}
		untitled, err := untitledLevels(ctx, s, f)
		if err != nil {
			return nil, err
		}
		if len(untitled) > 0 {
			out = append(out, fmt.Sprintf("%s levels without a title: %s", f.Code, strings.Join(untitled, ", ")))
		}
		switch {
		case refs == 0 && f.Referencing != nil && f.Referencing.Status == model.ReferencingStatusCompleted:
			out = append(out, fmt.Sprintf("no level references for %s although its AQRF referencing is COMPLETED", f.Code))
		case refs > 0 && verified == 0:
			out = append(out, fmt.Sprintf("%s level references all unverified", f.Code))
		}
	}
	id := []string{"country:" + row.Country.Code}
	for _, l := range []struct {
		rel  string
		dir  model.Direction
		what string
	}{
		{model.RelInDemandIn, model.In, "no shortage or in-demand occupation list held"},
		{model.RelRestricts, model.Out, "no restrictions on foreign workers held (reserved occupations, licensing)"},
	} {
		links, err := s.Links(ctx, id, l.rel, l.dir)
		if err != nil {
			return nil, err
		}
		if len(links[0]) == 0 {
			out = append(out, l.what)
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

// untitledLevels lists the numbers of a framework's levels that have no
// title in the data, in order.
func untitledLevels(ctx context.Context, s Lister, f *model.QualificationFramework) ([]string, error) {
	links, err := s.Links(ctx, []string{f.ID}, model.RelHasLevel, model.Out)
	if err != nil {
		return nil, err
	}
	titled := map[int]bool{}
	for _, l := range links[0] {
		if n, ok := l.Node.Int("level"); ok && l.Node.String("title") != "" {
			titled[n] = true
		}
	}
	var out []string
	for n := 1; n <= f.LevelCount; n++ {
		if !titled[n] {
			out = append(out, strconv.Itoa(n))
		}
	}
	return out, nil
}

// levelReferences counts the references from a framework's levels to
// another framework's levels, and how many of them are verified.
func levelReferences(ctx context.Context, s Lister, f *model.QualificationFramework) (refs, verified int, err error) {
	ids := make([]string, f.LevelCount)
	for i := range ids {
		ids[i] = fmt.Sprintf("level:%s:%d", f.Code, i+1)
	}
	links, err := s.Links(ctx, ids, model.RelReferencedTo, model.Out)
	if err != nil {
		return 0, 0, err
	}
	for _, ls := range links {
		for _, l := range ls {
			refs++
			if c, _ := l.Edge.Props["confidence"].(string); c == "verified" {
				verified++
			}
		}
	}
	return refs, verified, nil
}
