package recognition

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// MaxCompareCalls is the most Graph calls CompareStandards makes.
const MaxCompareCalls = 3

// CompareStandards compares the competency standards a and b through the
// skills their units assess: the skills both assess; the units of each that
// assess no skill of the other (a unit with no skills recorded among them);
// coverage, the share of b's distinct skills that a also assesses (0 when
// b's units record none); and the units of b a curriculum built on a would
// have to add, with the skills a lacks. Every list is sorted by ID and empty
// (not nil) when there is nothing in it. An ID that is no standard is an
// error wrapping ErrNotFound.
func CompareStandards(ctx context.Context, g Graph, a, b string) (*model.StandardComparison, error) {
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{a, b})
	if err != nil {
		return nil, err
	}
	cmp := &model.StandardComparison{
		SharedSkills: []*model.Skill{}, OnlyInA: []*model.CompetencyUnit{}, OnlyInB: []*model.CompetencyUnit{},
		UnitsToAdd: []*model.UnitGap{},
	}
	for _, id := range []string{a, b} {
		if r := recs[id]; r == nil || r.Kind != model.KindStandard {
			return nil, fmt.Errorf("%w: no competency standard %q", ErrNotFound, id)
		}
	}
	if cmp.A, err = model.As[*model.CompetencyStandard](recs[a]); err != nil {
		return nil, err
	}
	if cmp.B, err = model.As[*model.CompetencyStandard](recs[b]); err != nil {
		return nil, err
	}

	units, err := f.links(ctx, []string{a, b}, model.RelHasUnit, model.Out)
	if err != nil {
		return nil, err
	}
	unitRec := map[string]*model.Record{}
	unitsOf := map[string][]string{}
	var unitIDs []string
	for _, std := range []string{a, b} {
		for _, l := range units[std] {
			unitRec[l.Node.ID] = l.Node
			unitsOf[std] = append(unitsOf[std], l.Node.ID)
			unitIDs = append(unitIDs, l.Node.ID)
		}
		unitsOf[std] = uniqueSorted(unitsOf[std])
	}
	assesses, err := f.links(ctx, unitIDs, model.RelAssesses, model.Out)
	if err != nil {
		return nil, err
	}
	skillRec := map[string]*model.Record{}
	skillsOfUnit := map[string][]string{}
	for _, u := range uniqueSorted(unitIDs) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, l := range assesses[u] {
			skillRec[l.Node.ID] = l.Node
			skillsOfUnit[u] = append(skillsOfUnit[u], l.Node.ID)
		}
		skillsOfUnit[u] = uniqueSorted(skillsOfUnit[u])
	}
	skillsOf := func(std string) map[string]bool {
		m := map[string]bool{}
		for _, u := range unitsOf[std] {
			for _, s := range skillsOfUnit[u] {
				m[s] = true
			}
		}
		return m
	}
	inA, inB := skillsOf(a), skillsOf(b)

	skill := func(id string) (*model.Skill, error) { return model.As[*model.Skill](skillRec[id]) }
	unit := func(id string) (*model.CompetencyUnit, error) { return model.As[*model.CompetencyUnit](unitRec[id]) }
	shared := 0
	for _, id := range sortedKeys(inB) {
		if !inA[id] {
			continue
		}
		shared++
		s, err := skill(id)
		if err != nil {
			return nil, err
		}
		cmp.SharedSkills = append(cmp.SharedSkills, s)
	}
	if len(inB) > 0 {
		cmp.Coverage = float64(shared) / float64(len(inB))
	}
	// only returns the units of std that assess no skill of other.
	only := func(std string, other map[string]bool) ([]*model.CompetencyUnit, error) {
		out := []*model.CompetencyUnit{}
		for _, u := range unitsOf[std] {
			hit := false
			for _, s := range skillsOfUnit[u] {
				hit = hit || other[s]
			}
			if hit {
				continue
			}
			cu, err := unit(u)
			if err != nil {
				return nil, err
			}
			out = append(out, cu)
		}
		return out, nil
	}
	if cmp.OnlyInA, err = only(a, inB); err != nil {
		return nil, err
	}
	if cmp.OnlyInB, err = only(b, inA); err != nil {
		return nil, err
	}
	for _, u := range unitsOf[b] {
		var missing []*model.Skill
		for _, s := range skillsOfUnit[u] {
			if inA[s] {
				continue
			}
			sk, err := skill(s)
			if err != nil {
				return nil, err
			}
			missing = append(missing, sk)
		}
		if len(missing) == 0 {
			continue
		}
		cu, err := unit(u)
		if err != nil {
			return nil, err
		}
		cmp.UnitsToAdd = append(cmp.UnitsToAdd, &model.UnitGap{Unit: cu, MissingSkills: missing})
	}
	return cmp, nil
}
