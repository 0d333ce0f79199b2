package recognition

import (
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The words of the answers that say why something is not there: why a kind
// of route was not found, why an instrument gives none, why a coverage
// figure or a per-country list is missing (see wording.go).

// Reasons filled by sentence with the names of their records, in order.
const (
	whyNoSharedArrangement    = "No arrangement route: our data has no arrangement to which both %s and %s are parties."
	whyNoOriginStandard       = "No standards route: no competency standard of %s for %s is loaded."
	whyNoCertifiedStandard    = "No standards route: no competency standard certified by %s is loaded."
	whyNoLevel                = "No framework route: no framework level is loaded for %s."
	whyNoOriginQualification  = "No framework route: no qualification of %s for %s is loaded."
	whyNoOriginLevel          = "No framework route: no qualification of %s for %s has a framework level in our data."
	whyNoDestinationFramework = "No framework route: our data has no qualifications framework of %s."
	whyNotMember              = "No framework route: %s is not an ASEAN Member State, and the AQRF compares the qualifications of participating ASEAN Member States only."
)

// noteNoRoute says why a superseded or ended instrument gives no route.
func noteNoRoute(arr *model.Record, lc model.ArrangementLifecycle, successor *model.Record) string {
	if successor != nil {
		return fmt.Sprintf("The %s is superseded by the %s: it gives no route of its own.", name(arr), name(successor))
	}
	return fmt.Sprintf("The %s is %s: it gives no route.", name(arr), lifecycleWords(arr, lc))
}

func whyOnlyProspects(names []string) string {
	return fmt.Sprintf("No arrangement route in force: the %s %s not in force (listed apart, under prospects).", list(names), verbs(len(names), "is", "are"))
}

func whyNoOccupationLoaded(subject *model.Record, pair int, from, to *model.Record) string {
	if pair == 1 {
		return fmt.Sprintf("No arrangement route: no occupation is loaded for %s, and the one arrangement in our data to which both %s and %s are parties does not name it or a standard it certifies as recognised.",
			name(subject), name(from), name(to))
	}
	return fmt.Sprintf("No arrangement route: no occupation is loaded for %s, and none of the %s in our data to which both %s and %s are parties names it or a standard it certifies as recognised.",
		name(subject), plural(pair, "arrangement", "arrangements"), name(from), name(to))
}

// whyNoSkillsRecognised: of the arrangements both countries share (pair
// of them), only those in noSkills (each named with its lifecycle when not
// in force) cover the occupations, and they recognise no skills.
func whyNoSkillsRecognised(pair int, from, to *model.Record, noSkills, occs []string) string {
	what := list(occs)
	if len(occs) > 1 {
		what = "some of " + what
	}
	if pair == 1 {
		return fmt.Sprintf("No arrangement route: the one arrangement in our data to which both %s and %s are parties, the %s, covers %s, and it recognises no skills.",
			name(from), name(to), list(noSkills), what)
	}
	return fmt.Sprintf("No arrangement route: of the %s in our data to which both %s and %s are parties, only the %s %s %s, and %s no skills.",
		plural(pair, "arrangement", "arrangements"), name(from), name(to), list(noSkills), verbs(len(noSkills), "covers", "cover"),
		what, verbs(len(noSkills), "it recognises", "they recognise"))
}

// whyNamedWithoutRoute: arrangements both countries are party to name
// the subject (cover its occupations, or recognise it or a standard it
// certifies), and none of them gives a route (the notes say why, e.g.
// superseded).
func whyNamedWithoutRoute(from, to, subject *model.Record) string {
	return fmt.Sprintf("No arrangement route: the arrangements in our data to which both %s and %s are parties that name %s give no route.",
		name(from), name(to), name(subject))
}

// whyNotCovered: none of the pair arrangements (the only one, when there
// is one) covers the occupations or, for a qualification subject,
// recognises it.
func whyNotCovered(pair int, from, to, only *model.Record, occs []string, subject *model.Record) string {
	why := fmt.Sprintf("none of the %d arrangements in our data to which both %s and %s are parties covers %s", pair, name(from), name(to), list(occs))
	recognise := " or recognises "
	if only != nil {
		why = fmt.Sprintf("the one arrangement in our data to which both %s and %s are parties, the %s, does not cover %s", name(from), name(to), name(only), list(occs))
		recognise = " or recognise "
	}
	if subject != nil {
		why += recognise + name(subject)
	}
	return "No arrangement route: " + why + "."
}

// blockingRule names one reservation that blocks routes, or may (its
// record UNVERIFIED); occ may be nil.
func blockingRule(to, occ *model.Record, res *model.Restriction) string {
	occName := name(occ)
	if occ == nil {
		occName = fmt.Sprintf("%s (ISCO-08 %s)", res.Occupation.Title, res.Occupation.IscoCode)
	}
	if unverified(res) {
		return fmt.Sprintf("%s may reserve %s for its nationals (%s)", name(to), occName, sourceUnverified(res, ": ", ""))
	}
	s := fmt.Sprintf("%s reserves %s for its nationals", name(to), occName)
	if res.Since != nil {
		return s + " (rule since " + *res.Since + ": " + strings.TrimSuffix(res.Description, ".") + ")"
	}
	return s + " (" + strings.TrimSuffix(res.Description, ".") + ")"
}

// whyClosed: no route was found, and none would open the work.
func whyClosed(rules string) string {
	return fmt.Sprintf("No route can open the work there: %s.", rules)
}

func whyAllBlocked(rules string) string {
	return fmt.Sprintf("Every route found is blocked: %s.", rules)
}

// whyMaybeAllBlocked: every route found is blocked, or would be if the
// unverified reservations (n of the rules) hold.
func whyMaybeAllBlocked(rules string, n int) string {
	return fmt.Sprintf("No route found is certainly blocked, but every one would be if the unverified %s: %s.",
		verbs(n, "rule holds", "rules hold"), rules)
}

func whyNotAligned(stds []string) string {
	return fmt.Sprintf("No standards route: %s %s not aligned to a regional benchmark in our data.", list(stds), verbs(len(stds), "is", "are"))
}

func whyNoDestinationAligned(to *model.Record, benchmarks []string) string {
	what := list(benchmarks)
	if what == "" {
		what = "the standards held, nor are they aligned to one of its standards"
	}
	return fmt.Sprintf("No standards route: no standard of %s in our data for the same occupation is aligned to %s.", name(to), what)
}

func whyOutsideASEANCommon(to *model.Record, benchmarks []string) string {
	return fmt.Sprintf("No standards route: %s is not an ASEAN Member State, and %s %s a benchmark for the standards of ASEAN Member States.",
		name(to), list(benchmarks), verbs(len(benchmarks), "is", "are"))
}

func whyNotReferenced(levels []string, status string) string {
	return fmt.Sprintf("No framework route: %s %s not referenced to the AQRF in our data (%s).", list(levels), verbs(len(levels), "is", "are"), status)
}

func whyReferencedElsewhere(frameworks string, n int, pivots []string) string {
	return fmt.Sprintf("No framework route: %s %s referenced to the AQRF, but in our data no level of %s is referenced to %s.",
		frameworks, verbs(n, "is", "are"), verbs(n, "it", "them"), list(pivots))
}

func whyDestinationNotReferenced(frameworks, status string) string {
	return fmt.Sprintf("No framework route: no level of %s is referenced to the AQRF in our data (%s).", frameworks, status)
}

func whyOnlyHeldLevel(frameworks string, pivots []string) string {
	return fmt.Sprintf("No framework route: in our data no level of %s other than the one held is referenced to %s.", frameworks, list(pivots))
}

// frameworkStatus says how far each of a country's frameworks is referenced
// to the AQRF, from the framework records.
func frameworkStatus(c *model.Record, fws map[string]*model.Record) string {
	if len(fws) == 0 {
		return "our data has no qualifications framework of " + name(c)
	}
	var parts []string
	for _, f := range orderedFrameworks(fws) {
		st := f.String("referencingStatus")
		if st == "" {
			parts = append(parts, fmt.Sprintf("%s: no referencing to the AQRF recorded", f.String("code")))
			continue
		}
		s := fmt.Sprintf("%s referencing to the AQRF: %s", f.String("code"), st)
		if note := f.String("referencingNote"); note != "" {
			s += " — " + strings.TrimSuffix(note, ".")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// classification is what every comparison of standards rests on: the
// skills our data records for each unit are the editors' reading of its
// title.
const classification = "our classification of each unit by its title, not a mapping by either standard's authority"

// basisOfFigure is what a coverage figure rests on; basisOfLists what the
// lists of a comparison without a figure rest on.
const (
	basisOfFigure = "The figure compares the skills our data records for each unit of the two standards: " + classification + ". It measures overlap, not equivalence or recognition."
	basisOfLists  = "The lists compare the skills our data records for each unit loaded: " + classification + ". They show overlap, not equivalence or recognition."
)

// coverageNote says what a comparison of standards rests on, or why it
// gives no figure: a side with no units loaded, a side loaded as one unit
// per level, units that record no skills (skillsB, the distinct skills of
// b's units), or a side whose unit list is partial.
func coverageNote(a, b comparedSide, skillsB int) *string {
	s := basisOfFigure
	switch {
	case a.units == 0 && b.units == 0:
		s = fmt.Sprintf("Neither %s nor %s has units loaded in our data: no coverage figure can be given (unknown, not zero), and no unit is listed.", name(a.rec), name(b.rec))
	case a.units == 0 || b.units == 0:
		none := a
		if b.units == 0 {
			none = b
		}
		s = fmt.Sprintf("%s has no units loaded in our data: no coverage figure can be given (unknown, not zero), and no unit is listed.", name(none.rec))
	case !a.comparable() || !b.comparable():
		var level []string
		for _, x := range []comparedSide{a, b} {
			if !x.comparable() {
				level = append(level, fmt.Sprintf("%s (%q)", name(x.rec), x.firstUnit.String("title")))
			}
		}
		s = fmt.Sprintf("Our data holds %s as one unit per level, not as its own units: the standards cannot be compared unit by unit, so no coverage figure is given (unknown, not zero) and no unit is listed.", list(level))
	case skillsB == 0:
		s = fmt.Sprintf("The units of %s loaded in our data record no skills: no coverage figure can be given.", name(b.rec))
	case a.loaded != model.UnitsLoadedAll || b.loaded != model.UnitsLoadedAll:
		var some []string
		for _, x := range []comparedSide{a, b} {
			if x.loaded != model.UnitsLoadedAll {
				some = append(some, fmt.Sprintf("%s (%s loaded; its note says which were not read)", name(x.rec), plural(x.units, "unit", "units")))
			}
		}
		s = fmt.Sprintf("Only some units of %s are loaded in our data: no coverage figure is given, and the lists compare the units loaded only, so a unit listed as having no match may be matched by a unit not loaded. ", list(some)) + basisOfLists
	}
	return &s
}

// restrictionListName names a country's rules of one start and end: a list
// of rules that have ended says so, so that coverage never reads as rules
// in force.
func restrictionListName(country *model.Record, since, until string) string {
	switch {
	case until != "" && since != "":
		return fmt.Sprintf("%s's rules on occupations for foreigners (from %s, ended %s)", name(country), since, until)
	case until != "":
		return fmt.Sprintf("%s's rules on occupations for foreigners (ended %s)", name(country), until)
	case since == "":
		return name(country) + "'s rules on occupations for foreigners (date not recorded)"
	}
	return fmt.Sprintf("%s's rules on occupations for foreigners (since %s)", name(country), since)
}

// coverageOfLists says in words which lists of a kind the data holds.
func coverageOfLists(country *model.Record, kind ListKind, lists []*model.CoveredList) string {
	what := "in-demand (shortage) list"
	if kind == RestrictionLists {
		what = "rules on which occupations foreigners may do"
	}
	if len(lists) == 0 {
		return fmt.Sprintf("Our data holds no %s of %s: not covered, which is not the same as none.", what, name(country))
	}
	var parts []string
	for _, l := range lists {
		s := l.Name
		if l.Year != nil && kind == InDemandLists {
			s += fmt.Sprintf(" (as of %d)", *l.Year)
		}
		parts = append(parts, fmt.Sprintf("%s, %s", s, plural(l.Entries, "entry", "entries")))
	}
	return fmt.Sprintf("Our data holds for %s: %s. Occupations not on %s are not known to be %s.", name(country), strings.Join(parts, "; "),
		verbs(len(lists), "it", "them"), map[ListKind]string{InDemandLists: "out of demand", RestrictionLists: "open to foreigners"}[kind])
}

// whyChannelsUnlisted says that instruments in force admit workers into
// the destination but list no occupations in our data, so whether they
// admit the work asked about is not known.
func whyChannelsUnlisted(names []string, to *model.Record) string {
	n := len(names)
	return fmt.Sprintf("The %s, in force, %s to work in %s, but our data lists no occupations for %s: whether %s this work is not known here.",
		list(names), verbs(n, "opens a channel", "open channels"), name(to), verbs(n, "it", "them"), verbs(n, "it admits", "they admit"))
}

// noteChannels says that channels to work exist beside the recognition
// routes, and that they are not recognition.
func noteChannels(names []string) string {
	return fmt.Sprintf("The %s %s a channel to work (listed apart, under channels), not recognition of a qualification.",
		list(names), verbs(len(names), "opens", "open"))
}
