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
	clauseNamesQualification   = "names %s"
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
	decisionAligned            = "Our data names no deciding authority in %s; the decision rests on an assessment against %s there."
	decisionComparable         = "Comparability binds no authority in %s: nobody decides on it, and our data names no authority that would."
)

// Arrangement routes.

func clauseNamesStandard(std, subject, from *model.Record, isOcc bool) string {
	if isOcc {
		return fmt.Sprintf("names %s, a standard of %s for %s,", name(std), name(from), name(subject))
	}
	return fmt.Sprintf("names %s, which %s certifies,", name(std), name(subject))
}

func clauseCovers(occs []string, subject *model.Record, isOcc bool) string {
	if isOcc {
		return "covers " + list(occs)
	}
	return fmt.Sprintf("covers %s, for which %s qualifies", list(occs), name(subject))
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

// arrangementWords is what an arrangement route's summary says.
type arrangementWords struct {
	from, to, arr *model.Record
	clause        string
	regional      []string
	conditions    int
}

// yieldPhrase says what a route gives a person.
func yieldPhrase(y model.RouteYield) string {
	return map[model.RouteYield]string{
		model.RouteYieldRegistrationEligibility: "eligibility to apply to the host regulator for registration",
		model.RouteYieldLicence:                 "a route to a licence, through the host's own examination or process",
		model.RouteYieldSkillsCertificate:       "a skills certificate, by assessment",
		model.RouteYieldCertificateRecognition:  "recognition of the person's certificate as evidence of competence",
		model.RouteYieldComparability:           "comparability only",
		model.RouteYieldEmploymentChannel:       "a lawful recruitment channel, with no recognition of skills",
		model.RouteYieldNone:                    "nothing to an individual",
	}[y]
}

func summaryArrangementBlocked(w arrangementWords, reserved string) string {
	return fmt.Sprintf("Blocked in %s: the %s, to which %s and %s are both parties, %s%s, but %s reserves %s, so this arrangement alone does not open the job there.",
		name(w.to), name(w.arr), name(w.from), name(w.to), w.clause, viaRegional(w.regional), name(w.to), reserved)
}

// summaryArrangement: an instrument in force; closed names the
// occupations a destination rule reserves, if any.
func summaryArrangement(w arrangementWords, closed []string) string {
	terms := "with no conditions listed"
	if w.conditions > 0 {
		terms = "on " + plural(w.conditions, "condition", "conditions")
	}
	s := fmt.Sprintf("Under the %s (in force), to which %s and %s are both parties and which %s%s: %s in %s, %s; the destination's authorities decide, and this is not a right to work there.",
		name(w.arr), name(w.from), name(w.to), w.clause, viaRegional(w.regional), yieldPhrase(model.RouteYield(w.arr.String("yields"))), name(w.to), terms)
	if len(closed) > 0 {
		s += fmt.Sprintf(" %s reserves %s for its nationals: this route does not open %s.", name(w.to), list(closed), verbs(len(closed), "that job", "those jobs"))
	}
	return s
}

// lifecycleWords says where an instrument not in force stands, with its dates.
func lifecycleWords(arr *model.Record, lc model.ArrangementLifecycle) string {
	date := func(prop, words string) string {
		if d := arr.String(prop); d != "" {
			return fmt.Sprintf(" (%s %s)", words, d)
		}
		return ""
	}
	switch lc {
	case model.ArrangementLifecycleSigned:
		return "signed" + date("signedOn", "on") + ", but our sources do not show it in force"
	case model.ArrangementLifecyclePilot:
		return "a pilot" + date("startedOn", "started") + ", not a recognition instrument in force"
	case model.ArrangementLifecycleUnderDiscussion:
		return "under discussion" + date("startedOn", "since") + ": not a signed instrument"
	case model.ArrangementLifecycleSuperseded:
		return "superseded"
	case model.ArrangementLifecycleEnded:
		return "ended" + date("endedOn", "on")
	}
	return "in force"
}

// summaryProspect: an instrument not in force. It never says the person's
// skills are recognised.
func summaryProspect(w arrangementWords, lc model.ArrangementLifecycle) string {
	return fmt.Sprintf("A prospect only: the %s, between %s and %s, is %s. It %s%s, and once in force would give %s in %s.",
		name(w.arr), name(w.from), name(w.to), lifecycleWords(w.arr, lc), w.clause, viaRegional(w.regional),
		yieldPhrase(model.RouteYield(w.arr.String("yields"))), name(w.to))
}

// decisionOf says who decides in the destination on an arrangement route,
// and on what (the instrument's hostDecides, or what it yields).
func decisionOf(arr, to *model.Record, auths []*model.Record, prospect bool) string {
	var names []string
	for _, a := range auths {
		names = append(names, name(a))
	}
	if prospect {
		s := "Not in force: nobody decides anything under it yet."
		if len(names) > 0 {
			s += fmt.Sprintf(" In %s it involves %s.", name(to), list(names))
		}
		return s
	}
	on := map[model.RouteYield]string{
		model.RouteYieldRegistrationEligibility: " whether to register the person",
		model.RouteYieldLicence:                 " whether to license the person",
		model.RouteYieldCertificateRecognition:  " whether to accept the certificate",
		model.RouteYieldSkillsCertificate:       " whether to certify the person",
		model.RouteYieldEmploymentChannel:       " on recruitment and work permits",
	}[model.RouteYield(arr.String("yields"))]
	if hd := arr.String("hostDecides"); hd != "" {
		on = " (" + strings.TrimSuffix(hd, ".") + ")"
	}
	mra := arr.String("type") == string(model.ArrangementTypeMra)
	switch {
	case mra && len(names) > 0:
		return fmt.Sprintf("The host regulator decides%s: in %s, %s. The %s facilitates; it does not decide.", on, name(to), list(names), name(arr))
	case mra:
		return fmt.Sprintf("The host regulator in %s decides%s; our data names no deciding authority in %s. The %s facilitates; it does not decide.", name(to), on, name(to), name(arr))
	case len(names) > 0:
		return fmt.Sprintf("In %s, %s %s%s.", name(to), list(names), verbs(len(names), "decides", "decide"), on)
	}
	return fmt.Sprintf("Our data names no deciding authority in %s; the destination's authorities decide%s.", name(to), on)
}

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
func restrictionWords(to *model.Record, occs []*model.Record, res *model.Restriction, arrangement *model.Record) (cond, text string) {
	var names []string
	for _, o := range occs {
		names = append(names, name(o))
	}
	occ := list(names)
	since := ""
	if res.Since != nil {
		since = ", since " + *res.Since
	}
	switch res.Rule {
	case model.RestrictionRuleReservedForNationals:
		cond = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s This route does not open %s there.",
			name(to), occ, res.Rule, since, res.Description, verbs(len(occs), "that job", "those jobs"))
		text = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	case model.RestrictionRuleAgreementOnly:
		satisfied := "comparability or alignment alone does not meet it; an arrangement route does"
		if arrangement != nil {
			satisfied = "on this route the " + name(arrangement) + " is that agreement"
		}
		cond = fmt.Sprintf("%s opens %s to foreigners only under an agreement binding it (%s%s); %s. The rule: %s",
			name(to), occ, res.Rule, since, satisfied, res.Description)
		text = fmt.Sprintf("%s opens %s to foreigners only under an agreement (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	default:
		cond = fmt.Sprintf("%s's rule on %s (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
		text = fmt.Sprintf("%s restricts %s for foreigners (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
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

// Standard comparisons.

// coverageNote says what a coverage figure rests on, or why there is none;
// empty when both sides have more than one unit and b's units record skills.
func coverageNote(a, b *model.Record, unitsA, unitsB, skillsB int) *string {
	var s string
	switch {
	case unitsA == 0 && unitsB == 0:
		s = fmt.Sprintf("Neither %s nor %s has units loaded in our data: no coverage figure can be given (unknown, not zero).", name(a), name(b))
	case unitsA == 0 || unitsB == 0:
		none := a
		if unitsB == 0 {
			none = b
		}
		s = fmt.Sprintf("%s has no units loaded in our data: no coverage figure can be given (unknown, not zero).", name(none))
	case skillsB == 0:
		s = fmt.Sprintf("The units of %s loaded in our data record no skills: no coverage figure can be given.", name(b))
	case unitsA == 1 || unitsB == 1:
		var one []string
		for _, x := range []struct {
			r *model.Record
			n int
		}{{a, unitsA}, {b, unitsB}} {
			if x.n == 1 {
				one = append(one, name(x.r))
			}
		}
		s = fmt.Sprintf("Only one unit of %s is loaded in our data: the figure compares that unit alone, not the whole standard.", list(one))
	default:
		return nil
	}
	return &s
}

// Per-country lists.

func restrictionListName(country *model.Record, since string) string {
	if since == "" {
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
