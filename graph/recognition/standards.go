package recognition

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// MaxCompareCalls is the most Graph calls CompareStandards makes.
const MaxCompareCalls = 3

// CompareStandards compares the competency standards a and b through the
// skills their units assess, as our data classifies the units: the skills
// both assess; the units of each that assess no skill of the other (a unit
// with no skills recorded among them); coverage, the share of the distinct
// skills of b's units other than electives that a also assesses; and the
// units of b, electives left out, a curriculum built on a would have to
// check, with the skills a lacks. The lists compare the units
// loaded, and are empty when a side's units cannot be compared (none loaded,
// or the standard loaded as one unit per level); coverage is given only when
// both standards are loaded with every unit and b's units record skills.
// The note says what the comparison rests on, or why there is no figure; the
// confidence is the lower of the two standards'. Every list is sorted by ID
// and empty (not nil) when there is nothing in it. An ID that is no
// standard is an error wrapping ErrNotFound.
func CompareStandards(ctx context.Context, g Graph, a, b string) (*model.StandardComparison, error) {
	f := fetch{g: g}
	recs, err := f.nodes(ctx, []string{a, b})
	if err != nil {
		return nil, err
	}
	cmp := &model.StandardComparison{
		SharedSkills: []*model.Skill{}, OnlyInA: []*model.CompetencyUnit{}, OnlyInB: []*model.CompetencyUnit{},
		UnitsToAdd: []*model.UnitGap{}, Confidence: model.ConfidenceVerified,
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
	if cmp.A.Confidence == model.ConfidenceUnverified || cmp.B.Confidence == model.ConfidenceUnverified {
		cmp.Confidence = model.ConfidenceUnverified
	}
	u, err := readUnits(ctx, f, a, b)
	if err != nil {
		return nil, err
	}
	cmp.UnitsLoadedA, cmp.UnitsLoadedB = len(u.unitsOf[a]), len(u.unitsOf[b])
	sa := comparedSide{rec: recs[a], units: cmp.UnitsLoadedA, loaded: cmp.A.UnitsLoaded, firstUnit: u.first(a)}
	sb := comparedSide{rec: recs[b], units: cmp.UnitsLoadedB, loaded: cmp.B.UnitsLoaded, firstUnit: u.first(b)}
	// inB is what b asks of every holder (its electives left out), which the
	// figure and the units to add measure against; allB is every skill of
	// its units, which the lists of shared and unshared skills use.
	inA, inB, allB := u.skillsOf(a, true), u.skillsOf(b, false), u.skillsOf(b, true)
	cmp.CoverageNote = coverageNote(sa, sb, len(inB))
	if !sa.comparable() || !sb.comparable() {
		return cmp, nil
	}
	for _, id := range sortedKeys(allB) {
		if !inA[id] {
			continue
		}
		s, err := model.As[*model.Skill](u.skill[id])
		if err != nil {
			return nil, err
		}
		cmp.SharedSkills = append(cmp.SharedSkills, s)
	}
	if sa.loaded == model.UnitsLoadedAll && sb.loaded == model.UnitsLoadedAll && len(inB) > 0 {
		shared := 0
		for id := range inB {
			if inA[id] {
				shared++
			}
		}
		c := float64(shared) / float64(len(inB))
		cmp.Coverage = &c
	}
	if cmp.OnlyInA, err = u.only(a, allB); err != nil {
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

// comparedSide is one standard of a comparison: its record, how many of
// its units are loaded, how much of its own list that is, and its first
// unit (nil when none), which names a level loaded as one unit.
type comparedSide struct {
	rec       *model.Record
	units     int
	loaded    model.UnitsLoaded
	firstUnit *model.Record
}

// comparable says whether the side's units can be compared unit by unit:
// some are loaded, and they are the standard's own, not one per level.
func (s comparedSide) comparable() bool {
	return s.units > 0 && s.loaded != model.UnitsLoadedLevel
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

// first returns the first unit of std by ID, nil when it has none.
func (u *units) first(std string) *model.Record {
	if ids := u.unitsOf[std]; len(ids) > 0 {
		return u.unit[ids[0]]
	}
	return nil
}

// skillsOf returns the distinct skills the units of std assess, those of
// its elective units only with electives.
func (u *units) skillsOf(std string, electives bool) map[string]bool {
	m := map[string]bool{}
	for _, id := range u.unitsOf[std] {
		if !electives && u.unit[id].Bool("elective") {
			continue
		}
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

// gaps returns the units of std, electives left out, with skills that
// have does not assess, and those skills.
func (u *units) gaps(std string, have map[string]bool) ([]*model.UnitGap, error) {
	out := []*model.UnitGap{}
	for _, id := range u.unitsOf[std] {
		if u.unit[id].Bool("elective") {
			continue
		}
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
