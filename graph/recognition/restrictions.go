package recognition

import (
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// withRestrictions adds the destination's rules on the route's occupations:
// their restrictions, conditions and steps; the route is blocked when every
// occupation it leads into is reserved for nationals. arrangement is the
// route's instrument, nil for the routes that have none.
func (qn *question) withRestrictions(r *route, occs []string, arrangement *model.Record) error {
	r.occs, r.occRec, r.occOpen = occs, qn.occRec, map[string]bool{}
	toCountry, err := model.As[*model.Country](qn.to)
	if err != nil {
		return err
	}
	// One condition per rule, naming every occupation it applies to.
	type rule struct{ rule, since, description string }
	var rules []rule
	ruleOccs := map[rule][]*model.Record{}
	ruleRes := map[rule]*model.Restriction{}
	reserved := 0
	for _, occID := range occs {
		isReserved := false
		for _, l := range qn.restricts[occID] {
			occ, err := model.As[*model.Occupation](l.Node)
			if err != nil {
				return err
			}
			res := model.RestrictionFrom(l.Edge, toCountry, occ)
			r.restrictions = append(r.restrictions, res)
			isReserved = isReserved || res.Rule == model.RestrictionRuleReservedForNationals
			k := rule{string(res.Rule), l.Edge.String("since"), res.Description}
			if _, ok := ruleRes[k]; !ok {
				rules = append(rules, k)
				ruleRes[k] = res
			}
			ruleOccs[k] = append(ruleOccs[k], l.Node)
			_, text := restrictionWords(qn.to, []*model.Record{l.Node}, res, arrangement)
			r.hops = append(r.hops, hop{rel: model.RelRestricts, from: qn.to, to: l.Node, text: text, sources: l.Edge.Strings("sources")})
		}
		if isReserved {
			reserved++
		} else {
			r.occOpen[occID] = true
		}
	}
	for _, k := range rules {
		cond, _ := restrictionWords(qn.to, ruleOccs[k], ruleRes[k], arrangement)
		r.conditions = append(r.conditions, cond)
	}
	r.blocked = len(occs) > 0 && reserved == len(occs)
	return nil
}

// blockingRules names the reservations that block the routes.
func (qn *question) blockingRules(rs []*route) string {
	var out []string
	seen := map[string]bool{}
	for _, r := range rs {
		for _, res := range r.restrictions {
			if res.Rule != model.RestrictionRuleReservedForNationals || seen[res.Occupation.ID] {
				continue
			}
			seen[res.Occupation.ID] = true
			out = append(out, blockingRule(qn.to, qn.occRec[res.Occupation.ID], res))
		}
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

// reserved names the occupations a blocked route leads into and the rule
// that reserves them: "Travel guides (ISCO-08 5113) for its nationals (rule
// since 2020)".
func (qn *question) reserved(r *route) string {
	since := ""
	for _, res := range r.restrictions {
		if res.Rule == model.RestrictionRuleReservedForNationals && res.Since != nil {
			since = *res.Since
			break
		}
	}
	return reservedFor(qn.routeNames(r.occs), since)
}
