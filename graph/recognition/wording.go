package recognition

import (
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// All the sentences of the answers: the explanation of each step, the
// summary of each route, and the reasons a kind of route was not found. The
// rest of the package decides; this file says (names.go says how a node is
// named).

// sentence fills a format with the names of records.
func sentence(format string, recs ...*model.Record) string {
	args := make([]any, len(recs))
	for i, r := range recs {
		args[i] = name(r)
	}
	return fmt.Sprintf(format, args...)
}

// Step explanations and clauses, each filled by sentence with the names of
// its records, in order.
const (
	explainOriginQualification = "%s, a qualification of %s, qualifies for %s."
	explainOriginStandard      = "%s, a standard of %s, is for %s."
	explainCertifies           = "%s certifies competence against %s."
	explainNamesQualification  = "The %s names %s as a qualification it recognises."
	clauseNamesQualification   = "names %s as recognised"
	explainNamesStandard       = "The %s names %s as a standard it recognises."
	explainQualifiesFor        = "%s qualifies for %s."
	explainCovers              = "The %s covers %s."
	explainParties             = "%s and %s are both parties to the %s."
	explainRegionalCertificate = "The %s recognises %s, a regional certificate: the route goes via it."
	explainAdministeredBy      = "In %s the %s is administered by %s."
	whyNoSharedArrangement     = "No arrangement route: our data has no arrangement to which both %s and %s are parties."
	explainAlignedTo           = "%s is aligned to %s, a standard of %s."
	explainAlignedFrom         = "%s, a standard of %s, is aligned to %s."
	explainAlignedToBenchmark  = "%s is aligned to %s, a regional benchmark."
	explainAlignedToo          = "%s, a standard of %s, is aligned to %s too."
	explainCertifiedThere      = "%s, a qualification of %s, certifies competence against %s."
	whyNoOriginStandard        = "No standards route: no competency standard of %s for %s is loaded."
	whyNoCertifiedStandard     = "No standards route: no competency standard certified by %s is loaded."
	explainAtLevel             = "%s is at %s."
	explainDestinationAtLevel  = "%s, a qualification of %s, is at %s."
	whyNoLevel                 = "No framework route: no framework level is loaded for %s."
	whyNoOriginQualification   = "No framework route: no qualification of %s for %s is loaded."
	whyNoOriginLevel           = "No framework route: no qualification of %s for %s has a framework level in our data."
	whyNoDestinationFramework  = "No framework route: our data has no qualifications framework of %s."
)

// Arrangement routes.

func clauseNamesStandard(std, subject, from *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("recognises %s, a standard of %s for %s,", name(std), name(from), name(subject))
	}
	return fmt.Sprintf("recognises %s, which %s certifies,", name(std), name(subject))
}

func clauseCovers(occ, subject *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("covers %s", name(occ))
	}
	return fmt.Sprintf("covers %s, for which %s qualifies", name(occ), name(subject))
}

// viaRegional names the regional certificates a route goes via.
func viaRegional(regional []string) string {
	switch len(regional) {
	case 0:
		return ""
	case 1:
		return ", via the regional certificate " + regional[0]
	}
	return fmt.Sprintf(", via the regional certificate %s or %s it recognises", regional[0], plural(len(regional)-1, "other", "others"))
}

func summaryArrangementBlocked(from, to, arr *model.Record, clause string, regional []string, reserved string) string {
	return fmt.Sprintf("Blocked in %s: the %s, to which %s and %s are both parties, %s%s, but %s reserves %s, so this arrangement alone does not open the job there.",
		name(to), name(arr), name(from), name(to), clause, viaRegional(regional), name(to), reserved)
}

func summaryArrangement(from, to, arr *model.Record, clause string, regional []string, conditions int) string {
	terms := "with no conditions listed"
	if conditions > 0 {
		terms = "on " + plural(conditions, "condition", "conditions")
	}
	return fmt.Sprintf("Recognised in %s under the %s, to which %s and %s are both parties and which %s%s, %s.",
		name(to), name(arr), name(from), name(to), clause, viaRegional(regional), terms)
}

func whyNoOccupationLoaded(subject *model.Record, pair int, from, to *model.Record) string {
	return fmt.Sprintf("No arrangement route: no occupation is loaded for %s, and none of the %s to which both %s and %s are parties names it or a standard it certifies as recognised.",
		name(subject), plural(pair, "arrangement", "arrangements"), name(from), name(to))
}

func whyNoSkillsRecognised(pair int, from, to *model.Record, noSkills, occs []string) string {
	what := list(occs)
	if len(occs) > 1 {
		what = "some of " + what
	}
	return fmt.Sprintf("No arrangement route: of the %s to which both %s and %s are parties, only the %s %s %s, and %s no skills.",
		plural(pair, "arrangement", "arrangements"), name(from), name(to), list(noSkills), verbs(len(noSkills), "covers", "cover"),
		what, verbs(len(noSkills), "it recognises", "they recognise"))
}

// whyNotCovered: none of the pair arrangements (the only one, when there
// is one) covers the occupations or, for a qualification subject,
// recognises it.
func whyNotCovered(pair int, from, to, only *model.Record, occs []string, subject *model.Record) string {
	why := fmt.Sprintf("none of the %d arrangements to which both %s and %s are parties covers %s", pair, name(from), name(to), list(occs))
	recognise := " or recognises "
	if only != nil {
		why = fmt.Sprintf("the one arrangement to which both %s and %s are parties, the %s, does not cover %s", name(from), name(to), name(only), list(occs))
		recognise = " or recognise "
	}
	if subject != nil {
		why += recognise + name(subject)
	}
	return "No arrangement route: " + why + "."
}

// Destination rules.

// restrictionWords returns the condition a destination rule puts on a
// route and the explanation of its step.
func restrictionWords(to, occ *model.Record, res *model.Restriction, arrangement *model.Record) (cond, text string) {
	since := ""
	if res.Since != nil {
		since = ", since " + *res.Since
	}
	switch res.Rule {
	case model.RestrictionRuleReservedForNationals:
		cond = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s This route does not open that job there.",
			name(to), name(occ), res.Rule, since, res.Description)
		text = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s", name(to), name(occ), res.Rule, since, res.Description)
	case model.RestrictionRuleAgreementOnly:
		satisfied := "comparability or alignment alone does not meet it; an arrangement route does"
		if arrangement != nil {
			satisfied = "on this route the " + name(arrangement) + " is that agreement"
		}
		cond = fmt.Sprintf("%s opens %s to foreigners only under an agreement binding it (%s%s); %s. The rule: %s",
			name(to), name(occ), res.Rule, since, satisfied, res.Description)
		text = fmt.Sprintf("%s opens %s to foreigners only under an agreement (%s%s): %s", name(to), name(occ), res.Rule, since, res.Description)
	default:
		cond = fmt.Sprintf("%s's rule on %s (%s%s): %s", name(to), name(occ), res.Rule, since, res.Description)
		text = fmt.Sprintf("%s restricts %s for foreigners (%s%s): %s", name(to), name(occ), res.Rule, since, res.Description)
	}
	return cond, text
}

// blockingRule names one reservation that blocks routes; occ may be nil.
func blockingRule(to, occ *model.Record, res *model.Restriction) string {
	s := fmt.Sprintf("%s reserves %s for its nationals", name(to), name(occ))
	if occ == nil {
		s = fmt.Sprintf("%s reserves %s (ISCO-08 %s) for its nationals", name(to), res.Occupation.Title, res.Occupation.IscoCode)
	}
	if res.Since != nil {
		return s + " (rule since " + *res.Since + ": " + strings.TrimSuffix(res.Description, ".") + ")"
	}
	return s + " (" + strings.TrimSuffix(res.Description, ".") + ")"
}

// reservedFor: "Travel guides (ISCO-08 5113) for its nationals (rule since 2020)".
func reservedFor(occs []string, since string) string {
	s := list(occs) + " for its nationals"
	if since != "" {
		s += " (rule since " + since + ")"
	}
	return s
}

func whyAllBlocked(rules string) string {
	return fmt.Sprintf("Every route found is blocked: %s.", rules)
}

func summaryBlockedPrefix(to *model.Record, reserved string) string {
	return fmt.Sprintf("Blocked in %s, which reserves %s: ", name(to), reserved)
}

// Standards alignment.

// heldPhrase names a held standard with how the person holds it.
func heldPhrase(std, subject, from *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("%s (%s, for %s)", name(std), name(from), name(subject))
	}
	return fmt.Sprintf("%s (certified by %s)", name(std), name(subject))
}

func howAlignedTo(held string, dest, to *model.Record) string {
	return fmt.Sprintf("%s is aligned directly to %s (%s)", held, name(dest), name(to))
}

func howAlignedFrom(dest, to *model.Record, held string) string {
	return fmt.Sprintf("%s (%s) is aligned to %s", name(dest), name(to), held)
}

func howBothAligned(held string, dest, to, bench *model.Record) string {
	return fmt.Sprintf("%s and %s (%s) are both aligned to the regional benchmark %s", held, name(dest), name(to), name(bench))
}

func summaryAligned(how string, to, dest *model.Record, quals []string) string {
	cert := ""
	if len(quals) > 0 {
		cert = fmt.Sprintf(" (certified there by %s)", list(quals))
	}
	return fmt.Sprintf("%s: recognition in %s is by assessment or recognition of prior learning against %s%s, not automatic.",
		how, name(to), name(dest), cert)
}

func whyNotAligned(stds []string) string {
	return fmt.Sprintf("No standards route: %s %s not aligned to a regional benchmark in our data.", list(stds), verbs(len(stds), "is", "are"))
}

func whyNoDestinationAligned(to *model.Record, benchmarks []string) string {
	what := list(benchmarks)
	if what == "" {
		what = "the standards held, nor are they aligned to one of its standards"
	}
	return fmt.Sprintf("No standards route: no standard of %s in our data is aligned to %s.", name(to), what)
}

// Framework comparability.

func explainReferencedUp(from, to *model.Record, e model.Edge) string {
	return fmt.Sprintf("%s is referenced to %s (%s).", name(from), name(to), fitText(e))
}

func explainReferencedDown(level, country, upper *model.Record, e model.Edge) string {
	return fmt.Sprintf("%s, of %s, is referenced to %s (%s).", name(level), name(country), name(upper), fitText(e))
}

func explainDestinationQualifiesFor(qual, occ, subject *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("%s qualifies for %s.", name(qual), name(occ))
	}
	return fmt.Sprintf("%s qualifies for %s, as %s does.", name(qual), name(occ), name(subject))
}

// comparableWords is what a COMPARABLE route's summary says.
type comparableWords struct {
	held, level, dest, pivot *model.Record
	fits, quals, grants      []string
	blocked                  string // the reservation that blocks it, if any
}

func summaryComparable(w comparableWords, from, to, subject *model.Record, isOcc bool) string {
	held := fmt.Sprintf("%s, at %s,", name(w.held), name(w.level))
	if isOcc {
		held = fmt.Sprintf("%s, a qualification of %s for %s at %s,", name(w.held), name(from), name(subject), name(w.level))
	}
	var b strings.Builder
	if w.blocked != "" {
		b.WriteString(summaryBlockedPrefix(to, w.blocked))
	}
	fmt.Fprintf(&b, "%s is comparable to %s of %s through %s (declared fits: %s)", held, name(w.dest), name(to), name(w.pivot), strings.Join(w.fits, ", "))
	if len(w.quals) > 0 {
		fmt.Fprintf(&b, "; %s %s at that level for the same occupation", list(w.quals), verbs(len(w.quals), "is", "are"))
	}
	b.WriteString("; comparability is not recognition: ")
	if len(w.grants) > 0 {
		fmt.Fprintf(&b, "recognition in %s is granted by the %s (see %s).", name(to), list(w.grants), verbs(len(w.grants), "that route", "those routes"))
	} else {
		fmt.Fprintf(&b, "our data names no instrument that grants recognition of it in %s.", name(to))
	}
	return b.String()
}

func whyNotReferenced(levels []string, status string) string {
	return fmt.Sprintf("No framework route: %s %s not referenced to the AQRF in our data (%s).", list(levels), verbs(len(levels), "is", "are"), status)
}

func whyReferencedElsewhere(frameworks string, n int, pivots []string) string {
	return fmt.Sprintf("No framework route: %s %s referenced to the AQRF, but no level of %s is referenced to %s.",
		frameworks, verbs(n, "is", "are"), verbs(n, "it", "them"), list(pivots))
}

func whyDestinationNotReferenced(frameworks, status string) string {
	return fmt.Sprintf("No framework route: no level of %s is referenced to the AQRF in our data (%s).", frameworks, status)
}

func whyOnlyHeldLevel(frameworks string, pivots []string) string {
	return fmt.Sprintf("No framework route: no level of %s other than the one held is referenced to %s.", frameworks, list(pivots))
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
