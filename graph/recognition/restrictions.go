package recognition

import (
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// withRestrictions adds the destination's rules on the route's occupations
// (those that still apply: see gather): their restrictions, conditions and
// steps. An occupation is closed only by
// a verified reservation for nationals, and the route is blocked when every
// occupation it leads into is closed; a reservation whose record is
// UNVERIFIED is shown and worded as such, and closes nothing on its own
// strength (the route may be blocked, and says so). arrangement is the
// route's instrument, nil for the routes that have none.
func (qn *question) withRestrictions(r *route, occs []string, arrangement *model.Record) error {
	r.occs, r.occRec, r.occOpen, r.occMaybe = occs, qn.occRec, map[string]bool{}, map[string]bool{}
	toCountry, err := model.As[*model.Country](qn.to)
	if err != nil {
		return err
	}
	// One condition per rule, naming every occupation it applies to.
	type rule struct {
		rule, since, description string
		unverified               bool
	}
	var rules []rule
	ruleOccs := map[rule][]*model.Record{}
	ruleRes := map[rule]*model.Restriction{}
	reserved, maybe := 0, 0
	for _, occID := range occs {
		isReserved, isMaybe := false, false
		for _, l := range qn.restricts[occID] {
			occ, err := model.As[*model.Occupation](l.Node)
			if err != nil {
				return err
			}
			res := model.RestrictionFrom(l.Edge, toCountry, occ)
			r.restrictions = append(r.restrictions, res)
			if res.Rule == model.RestrictionRuleReservedForNationals {
				isReserved = isReserved || closes(res)
				isMaybe = isMaybe || unverified(res)
			}
			k := rule{string(res.Rule), l.Edge.String("since"), res.Description, unverified(res)}
			if _, ok := ruleRes[k]; !ok {
				rules = append(rules, k)
				ruleRes[k] = res
			}
			ruleOccs[k] = append(ruleOccs[k], l.Node)
			_, text := restrictionWords(qn.to, []*model.Record{l.Node}, res, arrangement)
			r.hops = append(r.hops, hop{rel: model.RelRestricts, from: qn.to, to: l.Node, text: text, sources: l.Edge.Strings("sources"),
				confidence: l.Edge.String("confidence")})
		}
		switch {
		case isReserved:
			reserved++
		case isMaybe:
			maybe++
			r.occOpen[occID], r.occMaybe[occID] = true, true
		default:
			r.occOpen[occID] = true
		}
	}
	for _, k := range rules {
		cond, _ := restrictionWords(qn.to, ruleOccs[k], ruleRes[k], arrangement)
		r.conditions = append(r.conditions, cond)
	}
	r.blocked = len(occs) > 0 && reserved == len(occs)
	r.mayBeBlocked = maybe > 0 && reserved+maybe == len(occs)
	return nil
}

func unverified(res *model.Restriction) bool { return res.Confidence == model.ConfidenceUnverified }

// closes: the rule reserves the work for nationals, and its record is
// verified; only such a rule closes a job.
func closes(res *model.Restriction) bool {
	return res.Rule == model.RestrictionRuleReservedForNationals && !unverified(res)
}

// blockingRules names the reservations that close the routes' occupations:
// the verified ones, and with maybe also the unverified ones on the
// occupations no verified rule closes. It returns them and how many are
// unverified.
func (qn *question) blockingRules(rs []*route, maybe bool) (string, int) {
	var out []string
	seen := map[string]bool{}
	n := 0
	for _, pass := range []bool{false, true} { // verified rules first
		if pass && !maybe {
			break
		}
		for _, r := range rs {
			for _, res := range r.restrictions {
				if res.Rule != model.RestrictionRuleReservedForNationals || unverified(res) != pass || seen[res.Occupation.ID] {
					continue
				}
				seen[res.Occupation.ID] = true
				if pass {
					n++
				}
				out = append(out, blockingRule(qn.to, qn.occRec[res.Occupation.ID], res))
			}
		}
	}
	sort.Strings(out)
	return strings.Join(out, "; "), n
}

// reserved names the occupations a blocked route leads into and the
// verified rule that reserves them: "Travel guides (ISCO-08 5113) for its
// nationals (rule since 2020)".
func (qn *question) reserved(r *route) string {
	since := ""
	for _, res := range r.restrictions {
		if closes(res) && res.Since != nil {
			since = *res.Since
			break
		}
	}
	return reservedFor(qn.routeNames(r.occs), since)
}

// maybeReserved says which of the route's open occupations a rule our
// source for which is unverified reserves for nationals; empty when none.
// noun names the route ("route", "channel").
func (qn *question) maybeReserved(r *route, noun string) string {
	var names []string
	for _, id := range r.occs {
		if r.occMaybe[id] {
			names = append(names, name(qn.occRec[id]))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return " " + summaryMaybeReserved(qn.to, names, noun, r.mayBeBlocked)
}

// closedToForeigners names the verified reservations for nationals by
// which the destination closes every occupation the subject leads into;
// "" when one of them is open, or when the subject leads into none. Rules
// whose record is UNVERIFIED close nothing.
func (qn *question) closedToForeigners() (string, error) {
	if len(qn.occs) == 0 {
		return "", nil
	}
	var out []string
	for _, id := range qn.occs {
		closed := ""
		for _, l := range qn.restricts[id] {
			occ, err := model.As[*model.Occupation](l.Node)
			if err != nil {
				return "", err
			}
			if res := model.RestrictionFrom(l.Edge, nil, occ); closes(res) {
				closed = blockingRule(qn.to, qn.occRec[id], res)
				break
			}
		}
		if closed == "" {
			return "", nil
		}
		out = append(out, closed)
	}
	sort.Strings(out)
	return strings.Join(out, "; "), nil
}
