package recognition

import (
	"fmt"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The words of a destination's rules on a route (see wording.go). A rule
// whose record is UNVERIFIED is never stated as fact: it "may" reserve, and
// the words say our source for it is unverified, and why.

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
	jobs := verbs(len(occs), "that job", "those jobs")
	switch {
	case res.Rule == model.RestrictionRuleReservedForNationals && unverified(res):
		text = fmt.Sprintf("%s may reserve %s for its nationals (%s%s): %s. As our source reports it: %s", name(to), occ, res.Rule, since, sourceUnverified(res, " (", ")"), res.Description)
		return fmt.Sprintf("%s If the rule holds, this route does not open %s there.", text, jobs), text
	case res.Rule == model.RestrictionRuleReservedForNationals:
		cond = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s This route does not open %s there.",
			name(to), occ, res.Rule, since, res.Description, jobs)
		text = fmt.Sprintf("%s reserves %s for its nationals (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	case res.Rule == model.RestrictionRuleAgreementOnly:
		satisfied := "comparability or alignment alone does not meet it; an arrangement route does"
		if arrangement != nil {
			// The rules read name no instrument: that this one meets the
			// rule is not asserted.
			satisfied = "on this route the " + name(arrangement) + " is the agreement that could meet it; whether it does, the rule as our sources report it does not say"
		}
		cond = fmt.Sprintf("%s opens %s to foreigners only under an agreement binding it (%s%s); %s. The rule: %s",
			name(to), occ, res.Rule, since, satisfied, res.Description)
		text = fmt.Sprintf("%s opens %s to foreigners only under an agreement (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	case res.Rule == model.RestrictionRuleLicenceRequired:
		how := "recognition on this route is not that licence: at most it makes the person eligible to apply for it there"
		if arrangement != nil && model.RouteYield(arrangement.String("yields")) == model.RouteYieldLicence {
			how = "on this route the " + name(arrangement) + " leads to that licence, which " + name(to) + "'s regulator grants"
		}
		cond = fmt.Sprintf("%s requires its own registration or licence for the regulated work of %s (%s%s); %s. The rule: %s",
			name(to), occ, res.Rule, since, how, res.Description)
		text = fmt.Sprintf("%s requires its own registration or licence for the regulated work of %s (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	default:
		cond = fmt.Sprintf("%s's rule on %s (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
		text = fmt.Sprintf("%s restricts %s for foreigners (%s%s): %s", name(to), occ, res.Rule, since, res.Description)
	}
	if unverified(res) {
		caveat := " Our source for this rule is unverified" + noteIn(res, " (", ")") + "."
		cond, text = cond+caveat, text+caveat
	}
	return cond, text
}

// sourceUnverified says that our source for a rule is unverified, and why
// (its note) between open and closing.
func sourceUnverified(res *model.Restriction, open, closing string) string {
	return "our source for this is unverified" + noteIn(res, open, closing)
}

// noteIn is a rule's note, less a leading "Unverified:" and the final
// stop, between open and closing; empty when it has none.
func noteIn(res *model.Restriction, open, closing string) string {
	if res.Note == nil {
		return ""
	}
	note := strings.TrimSpace(*res.Note)
	for _, p := range []string{"Unverified:", "Unverified."} {
		note = strings.TrimSpace(strings.TrimPrefix(note, p))
	}
	if note = strings.TrimSuffix(note, "."); note == "" {
		return ""
	}
	return open + note + closing
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

// summaryMaybeReserved: occupations of a route that a rule our source for
// which is unverified reserves for nationals; whole when they are all the
// route leads into (or all that no verified rule closes).
func summaryMaybeReserved(to *model.Record, occs []string, noun string, whole bool) string {
	jobs := verbs(len(occs), "that job", "those jobs")
	if whole {
		return fmt.Sprintf("%s may reserve %s for its nationals, but our source for this is unverified: the %s is not counted as blocked, and if the rule holds it does not open %s.",
			name(to), list(occs), noun, jobs)
	}
	return fmt.Sprintf("%s may reserve %s for its nationals, but our source for this is unverified: if the rule holds, this %s does not open %s.",
		name(to), list(occs), noun, jobs)
}
