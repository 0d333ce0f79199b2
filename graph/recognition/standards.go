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
// coverage, the share of b's distinct skills that a also assesses (nil
// when a side has no units loaded or b's units record no skills, with a
// note that says so; a note also says when a side has one unit only); and the units of b a curriculum built on a would
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
	u, err := readUnits(ctx, f, a, b)
	if err != nil {
		return nil, err
	}
	inA, inB := u.skillsOf(a), u.skillsOf(b)
	shared := 0
	for _, id := range sortedKeys(inB) {
		if !inA[id] {
			continue
		}
		shared++
		s, err := model.As[*model.Skill](u.skill[id])
		if err != nil {
			return nil, err
		}
		cmp.SharedSkills = append(cmp.SharedSkills, s)
	}
	cmp.UnitsLoadedA, cmp.UnitsLoadedB = len(u.unitsOf[a]), len(u.unitsOf[b])
	if cmp.UnitsLoadedA > 0 && len(inB) > 0 {
		c := float64(shared) / float64(len(inB))
		cmp.Coverage = &c
	}
	cmp.CoverageNote = coverageNote(recs[a], recs[b], cmp.UnitsLoadedA, cmp.UnitsLoadedB, len(inB))
	if cmp.OnlyInA, err = u.only(a, inB); err != nil {
		return nil, err
	}
	if cmp.OnlyInB, err = u.only(b, inA); err != nil {
		return nil, err
	}
	if cmp.UnitsToAdd, err = u.gaps(b, inA); err != nil {
		return nil, err
	}
	return cmp, nil
}

// units are the units of two standards and the skills each assesses.
type units struct {
	unit         map[string]*model.Record // by ID
	skill        map[string]*model.Record // by ID
	unitsOf      map[string][]string      // standard -> its unit IDs, sorted
	skillsOfUnit map[string][]string      // unit -> its skill IDs, sorted
}

// readUnits reads the units of the standards and what they assess (2 calls).
func readUnits(ctx context.Context, f fetch, stds ...string) (*units, error) {
	u := &units{unit: map[string]*model.Record{}, skill: map[string]*model.Record{}, unitsOf: map[string][]string{}, skillsOfUnit: map[string][]string{}}
	hu, err := f.links(ctx, stds, model.RelHasUnit, model.Out)
	if err != nil {
		return nil, err
	}
	var unitIDs []string
	for _, std := range stds {
		for _, l := range hu[std] {
			u.unit[l.Node.ID] = l.Node
			u.unitsOf[std] = append(u.unitsOf[std], l.Node.ID)
			unitIDs = append(unitIDs, l.Node.ID)
		}
		u.unitsOf[std] = uniqueSorted(u.unitsOf[std])
	}
	assesses, err := f.links(ctx, unitIDs, model.RelAssesses, model.Out)
	if err != nil {
		return nil, err
	}
	for _, id := range uniqueSorted(unitIDs) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, l := range assesses[id] {
			u.skill[l.Node.ID] = l.Node
			u.skillsOfUnit[id] = append(u.skillsOfUnit[id], l.Node.ID)
		}
		u.skillsOfUnit[id] = uniqueSorted(u.skillsOfUnit[id])
	}
	return u, nil
}

// skillsOf returns the distinct skills the units of std assess.
func (u *units) skillsOf(std string) map[string]bool {
	m := map[string]bool{}
	for _, id := range u.unitsOf[std] {
		for _, s := range u.skillsOfUnit[id] {
			m[s] = true
		}
	}
	return m
}

// only returns the units of std that assess no skill of other.
func (u *units) only(std string, other map[string]bool) ([]*model.CompetencyUnit, error) {
	out := []*model.CompetencyUnit{}
	for _, id := range u.unitsOf[std] {
		hit := false
		for _, s := range u.skillsOfUnit[id] {
			hit = hit || other[s]
		}
		if hit {
			continue
		}
		cu, err := model.As[*model.CompetencyUnit](u.unit[id])
		if err != nil {
			return nil, err
		}
		out = append(out, cu)
	}
	return out, nil
}

// gaps returns the units of std with skills that have does not assess,
// and those skills.
func (u *units) gaps(std string, have map[string]bool) ([]*model.UnitGap, error) {
	out := []*model.UnitGap{}
	for _, id := range u.unitsOf[std] {
		var missing []*model.Skill
		for _, s := range u.skillsOfUnit[id] {
			if have[s] {
				continue
			}
			sk, err := model.As[*model.Skill](u.skill[s])
			if err != nil {
				return nil, err
			}
			missing = append(missing, sk)
		}
		if len(missing) == 0 {
			continue
		}
		cu, err := model.As[*model.CompetencyUnit](u.unit[id])
		if err != nil {
			return nil, err
		}
		out = append(out, &model.UnitGap{Unit: cu, MissingSkills: missing})
	}
	return out, nil
}
