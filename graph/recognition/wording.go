package recognition

import (
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The words of the answers live in wording*.go and reasons.go: these say what a route
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
	explainNamesNotInForce     = "The %s names %s, but it is not in force: it recognises nothing yet."
	explainQualifiesFor        = "%s qualifies for %s."
	explainCovers              = "The %s covers %s."
	explainParties             = "%s and %s are both parties to the %s."
	explainRegionalCertificate = "The %s recognises %s, a regional certificate: the route goes via it."
	explainAdministeredBy      = "In %s the %s is administered by %s."
	explainRegulatorOnly       = "In %s the profession the %s covers is regulated by %s, which decides there; that it is the body designated under the arrangement is not in our data."
	explainNamedBodyOnly       = "In %s our sources name %s as the body for the work the %s covers; that it is the body designated under the arrangement, or that it decides, is not in our data."
	unverifiedLink             = "Unverified: the sources read do not confirm this link."
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
		model.RouteYieldTemporaryEntry:          "temporary entry and stay for the persons its schedules name, with no recognition of skills and no access to the labour market generally",
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
// and on what (the instrument's hostDecides, or what it yields): auths are
// the deciding bodies' links, and one linked as the profession's regulator
// only is named with that caveat.
func decisionOf(arr, to *model.Record, auths []model.Link, prospect bool) string {
	regulated := registers(arr)
	var names []string
	for _, a := range auths {
		var asides []string
		switch {
		case a.Edge.Bool(model.PropRegulatorOnly) && regulated:
			asides = append(asides, "the profession's regulator there; its designation under the arrangement is not in our data")
		case a.Edge.Bool(model.PropRegulatorOnly):
			asides = append(asides, "the body our sources name for this work there; its designation under the arrangement, or that it decides, is not in our data")
		}
		if strings.EqualFold(a.Edge.String("confidence"), string(model.ConfidenceUnverified)) {
			asides = append(asides, "unverified: the sources read do not confirm its part")
		}
		n := name(a.Node)
		if len(asides) > 0 {
			n += " (" + strings.Join(asides, "; ") + ")"
		}
		names = append(names, n)
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
		model.RouteYieldTemporaryEntry:          " on entry and stay",
	}[model.RouteYield(arr.String("yields"))]
	if hd := arr.String("hostDecides"); hd != "" {
		on = " (" + strings.TrimSuffix(hd, ".") + ")"
	}
	mra := arr.String("type") == string(model.ArrangementTypeMra)
	switch {
	case mra && regulated && len(names) > 0:
		return fmt.Sprintf("The host regulator decides%s: in %s, %s. The %s facilitates; it does not decide.", on, name(to), list(names), name(arr))
	case mra && regulated:
		return fmt.Sprintf("The host regulator in %s decides%s; our data names no deciding authority in %s. The %s facilitates; it does not decide.", name(to), on, name(to), name(arr))
	case mra && len(names) > 0:
		return fmt.Sprintf("%s; in %s our data names %s. The %s facilitates; it does not decide.", hostDecides(arr, on), name(to), list(names), name(arr))
	case mra:
		return fmt.Sprintf("%s; our data names no deciding authority in %s. The %s facilitates; it does not decide.", hostDecides(arr, on), name(to), name(arr))
	case len(names) > 0:
		return fmt.Sprintf("In %s, %s %s%s.", name(to), list(names), verbs(len(names), "decides", "decide"), on)
	}
	return fmt.Sprintf("Our data names no deciding authority in %s; the destination's authorities decide%s.", name(to), on)
}

// hostDecides says who decides in the host country of an arrangement no
// regulator administers: the arrangement's own words, when our data holds
// them, else the host country, on what the arrangement gives (on).
func hostDecides(arr *model.Record, on string) string {
	if hd := arr.String("hostDecides"); hd != "" {
		return strings.TrimSuffix(hd, ".")
	}
	return "The host country decides" + on
}

// registers says whether what the arrangement gives is decided by a
// regulator of the profession (registration or a licence): the ASEAN MRAs
// for professionals. The tourism MRA recognises certificates in
// occupations no member regulates as a profession, so no body there is
// called its regulator.
func registers(arr *model.Record) bool {
	switch model.RouteYield(arr.String("yields")) {
	case model.RouteYieldRegistrationEligibility, model.RouteYieldLicence:
		return true
	}
	return false
}

// Employment channels.

// channelWords is what a channel's summary says: open and closed are the
// names of the occupations it covers that the destination's rules leave
// open or reserve for nationals.
type channelWords struct {
	from, to, arr, subject *model.Record
	isOcc                  bool
	open, closed           []string
	conditions             int
}

// summaryChannel says plainly that a channel recognises nothing: the only
// form of "recognis" it may use is "does not recognise".
func summaryChannel(w channelWords) string {
	held := "any qualification"
	if !w.isOcc {
		held = name(w.subject) + " or any other qualification"
	}
	terms := "with no conditions listed"
	if w.conditions > 0 {
		terms = "on " + plural(w.conditions, "condition", "conditions")
	}
	if len(w.open) == 0 {
		return fmt.Sprintf("A channel to work, not recognition, and blocked in %s: the %s (in force), to which %s and %s are both parties, covers %s, but %s reserves %s for its nationals, so it opens no job there. It does not recognise %s.",
			name(w.to), name(w.arr), name(w.from), name(w.to), list(w.closed), name(w.to), verbs(len(w.closed), "that job", "those jobs"), held)
	}
	s := fmt.Sprintf("A channel to work, not recognition: under the %s (in force), to which %s and %s are both parties, a worker from %s may be recruited in %s for %s, %s. It does not recognise %s; the destination's authorities decide on admission and work permits.",
		name(w.arr), name(w.from), name(w.to), name(w.from), name(w.to), list(w.open), terms, held)
	if len(w.closed) > 0 {
		s += fmt.Sprintf(" %s reserves %s for its nationals: this channel does not open %s.", name(w.to), list(w.closed), verbs(len(w.closed), "that job", "those jobs"))
	}
	return s
}
