package dataset

import (
	"regexp"
	"slices"
	"strings"
)

// The checks of the records that tie the others together: one function per
// kind.

func (c *checker) standard(file string, r StandardRec) {
	c.once(file, r.Key, "standard")
	c.slug(file, r.Key)
	if r.Title == "" {
		c.add(file, r.Key, "standard without a title")
	}
	c.enum(file, r.Key, "kind", r.Kind, StandardKinds)
	c.countryRef(file, r.Key, r.Country)
	c.refs(file, r.Key, "authority", r.IssuedBy, c.authorities)
	c.refs(file, r.Key, "occupation", r.Occupations, c.occupations)
	c.refs(file, r.Key, "standard", r.AlignedTo, c.standards)
	for _, a := range r.AlignedTo {
		if a == r.Key {
			c.add(file, r.Key, "a standard cannot be aligned to itself")
		}
	}
	switch {
	case len(r.Units) > 0 && r.UnitsLoaded == "":
		c.add(file, r.Key, "a standard with units says how many of its units they are: unitsLoaded ALL, SOME or LEVEL")
	case len(r.Units) > 0:
		c.enum(file, r.Key, "unitsLoaded", r.UnitsLoaded, UnitsLoadedValues)
	case r.UnitsLoaded != "":
		c.add(file, r.Key, "unitsLoaded without units")
	}
	seenUnit := map[string]string{}
	for _, u := range r.Units {
		rec := r.Key + " unit " + u.Code
		if strings.TrimSpace(u.Code) == "" || strings.ContainsAny(u.Code, " \t\n") {
			c.add(file, rec, "unit code must be non-blank with no spaces")
		}
		c.unique(seenUnit, file, rec, "unit")
		if u.Title == "" {
			c.add(file, rec, "unit without a title")
		}
		c.refs(file, rec, "skill", u.Skills, c.skills)
		c.sourceList(file, rec, u.Sources, false)
		if u.Confidence != "" {
			c.enum(file, rec, "confidence", u.Confidence, Confidences)
		}
	}
	c.sourced(file, r.Key, r.Sourced)
}

func (c *checker) qualification(file string, r QualificationRec) {
	c.unique(c.qualifications, file, r.Key, "qualification")
	c.slug(file, r.Key)
	if r.Title == "" {
		c.add(file, r.Key, "qualification without a title")
	}
	c.countryRef(file, r.Key, r.Country)
	if r.Level != nil && c.level(file, r.Key, *r.Level) {
		fw := strings.SplitN(*r.Level, ":", 2)[0]
		if fc := c.frameworkCountry[fw]; fc != nil && (r.Country == nil || *fc != *r.Country) {
			c.add(file, r.Key, "level %s belongs to %s's framework, not to the qualification's country", *r.Level, *fc)
		}
	}
	if r.AwardedBy != nil {
		c.refs(file, r.Key, "authority", []string{*r.AwardedBy}, c.authorities)
	}
	c.refs(file, r.Key, "standard", r.Standards, c.standards)
	c.refs(file, r.Key, "occupation", r.Occupations, c.occupations)
	c.sourced(file, r.Key, r.Sourced)
}

func (c *checker) inDemand(file string, r InDemandRec) {
	rec := r.Occupation + " in " + r.Country
	c.refs(file, rec, "occupation", []string{r.Occupation}, c.occupations)
	c.refs(file, rec, "country", []string{r.Country}, c.countries)
	if r.List == "" {
		c.add(file, rec, "name the list the occupation is on")
	}
	c.sourced(file, rec, r.Sourced)
}

func (c *checker) restriction(file string, r RestrictionRec) {
	rec := r.Country + " restricts " + r.Occupation
	c.refs(file, rec, "occupation", []string{r.Occupation}, c.occupations)
	c.refs(file, rec, "country", []string{r.Country}, c.countries)
	c.enum(file, rec, "rule", r.Rule, Rules)
	if r.Description == "" {
		c.add(file, rec, "a restriction needs a description")
	}
	for _, d := range []struct{ name, v string }{{"since", r.Since}, {"until", r.Until}} {
		if d.v != "" && !ruleDate.MatchString(d.v) {
			c.add(file, rec, "%s %s is not a year or an ISO date (2019, 2019-10 or 2019-10-05)", d.name, d.v)
		}
	}
	if n := min(len(r.Since), len(r.Until)); n > 0 && r.Until[:n] < r.Since[:n] { // same-length prefixes of dates compare as dates
		c.add(file, rec, "the rule ends (%s) before it begins (%s)", r.Until, r.Since)
	}
	c.sourced(file, rec, r.Sourced)
}

// ruleDate is a year, a month or a day, as a rule's since and until are
// written.
var ruleDate = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

func (c *checker) arrangement(file string, r ArrangementRec) {
	c.unique(c.arr, file, r.Key, "arrangement")
	c.slug(file, r.Key)
	if r.Title == "" {
		c.add(file, r.Key, "arrangement without a title")
	}
	c.enum(file, r.Key, "type", r.Type, ArrangementType)
	c.lifecycle(file, r)
	if len(r.Parties) == 0 {
		c.add(file, r.Key, "an arrangement needs parties")
	}
	c.refs(file, r.Key, "party", r.Parties, c.countries)
	for _, p := range r.Receiving {
		if !slices.Contains(r.Parties, p) {
			c.add(file, r.Key, "receiving %q is not a party", p)
		}
	}
	if r.Yields == "EMPLOYMENT_CHANNEL" && len(r.Receiving) == 0 {
		c.add(file, r.Key, "an employment channel needs receiving: the parties that admit workers under it")
	}
	c.refs(file, r.Key, "occupation", r.Occupations, c.occupations)
	c.refs(file, r.Key, "authority", authorityKeys(r.Authorities), c.authorities)
	for _, l := range r.Authorities {
		if l.Own { // a link with evidence of its own
			c.sourced(file, r.Key+" authority "+l.Authority, l.Sourced)
		}
	}
	for _, id := range r.Recognises {
		c.recognised(file, r.Key, id)
	}
	if len(r.Approaches) == 0 && recognitionTypes[r.Type] {
		c.add(file, r.Key, "a %s recognises skills: name its approaches (Vientiane Declaration 2 a-g)", r.Type)
	}
	for _, a := range r.Approaches {
		c.enum(file, r.Key, "approach", a, Approaches)
	}
	c.sourced(file, r.Key, r.Sourced)
}

// recognised checks what an arrangement recognises: a qualification, a
// standard or a framework that exists.
func (c *checker) recognised(file, key, id string) {
	kind, k, _ := strings.Cut(id, ":")
	known := map[string]map[string]string{"qualification": c.qualifications, "standard": c.standards, "framework": c.frameworks}[kind]
	if known == nil {
		c.add(file, key, "recognises %q: only qualification:, standard: or framework: IDs", id)
		return
	}
	if _, ok := known[k]; !ok {
		c.add(file, key, "recognises %q, which does not exist", id)
	}
}

// successor checks, once every arrangement is known, that a superseded one
// names another.
func (c *checker) successor(file string, r ArrangementRec) {
	if s := r.SupersededBy; s != "" {
		if _, ok := c.arr[s]; !ok || s == r.Key {
			c.add(file, r.Key, "supersededBy %q is not another arrangement", s)
		}
	}
}
