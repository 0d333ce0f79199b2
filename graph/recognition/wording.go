package recognition

import (
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The words of the answers live in two files: this one says what a route
// is (the explanation of each step, the summary and decision of each route,
// the conditions a rule puts on it); reasons.go says why something is not
// there (why a kind of route was not found, why a figure or a list is
// missing). The rest of the package decides and builds no sentence; names.go
// says how a node is named.

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
	explainAlignedTo           = "%s is aligned to %s, a standard of %s."
	explainAlignedFrom         = "%s, a standard of %s, is aligned to %s."
	explainAlignedToBenchmark  = "%s is aligned to %s, a regional benchmark."
	explainAlignedToo          = "%s, a standard of %s, is aligned to %s too."
	explainCertifiedThere      = "%s, a qualification of %s, certifies competence against %s."
	explainAtLevel             = "%s is at %s."
	explainDestinationAtLevel  = "%s, a qualification of %s, is at %s."
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

// reservedFor: "Travel guides (ISCO-08 5113) for its nationals (rule since 2020)".
func reservedFor(occs []string, since string) string {
	s := list(occs) + " for its nationals"
	if since != "" {
		s += " (rule since " + since + ")"
	}
	return s
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
