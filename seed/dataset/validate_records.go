package dataset

import (
	"fmt"
	"strings"
)

// The checks of the records that stand alone or refer only to countries,
// authorities and frameworks: one function per kind.

func (c *checker) source(file string, r SourceRec) {
	c.once(file, r.Key, "source")
	if !slugRe.MatchString(r.Key) {
		c.add(file, r.Key, "key must be a lower-case slug")
	}
	if strings.TrimSpace(r.Title) == "" {
		c.add(file, r.Key, "source without a title")
	}
	if r.URL == "" && r.Year == 0 {
		c.add(file, r.Key, "source needs a URL or a year")
	}
	c.sources[r.Key] = true
}

func (c *checker) country(file string, r CountryRec) {
	c.unique(c.countries, file, r.Code, "country")
	if !iso3166[r.Code] {
		c.add(file, r.Code, "not an ISO 3166-1 alpha-2 code")
	}
	if r.Name == "" {
		c.add(file, r.Code, "country without a name")
	}
	c.sourced(file, r.Code, r.Sourced)
}

func (c *checker) authority(file string, r AuthorityRec) {
	c.unique(c.authorities, file, r.Key, "authority")
	c.slug(file, r.Key)
	if r.Name == "" {
		c.add(file, r.Key, "authority without a name")
	}
	c.countryRef(file, r.Key, r.Country)
	c.sourced(file, r.Key, r.Sourced)
}

func (c *checker) framework(file string, r FrameworkRec) {
	c.unique(c.frameworks, file, r.Code, "framework")
	if !codeRe.MatchString(r.Code) {
		c.add(file, r.Code, "framework code must be upper-case letters and digits")
	}
	c.enum(file, r.Code, "scope", r.Scope, Scopes)
	if r.Scope == "REGIONAL" && r.Country != nil {
		c.add(file, r.Code, "a regional framework has no country")
	}
	if r.Scope != "REGIONAL" && r.Country == nil {
		c.add(file, r.Code, "a %s framework needs a country", strings.ToLower(r.Scope))
	}
	c.countryRef(file, r.Code, r.Country)
	if r.LevelCount < 1 || r.LevelCount > 12 {
		c.add(file, r.Code, "levelCount %d is outside 1..12", r.LevelCount)
	}
	c.levelCount[r.Code] = r.LevelCount
	c.frameworkCountry[r.Code] = r.Country
	c.refs(file, r.Code, "authority", r.Authorities, c.authorities)
	if ref := r.Referencing; ref != nil {
		c.enum(file, r.Code, "referencing status", ref.Status, RefStatuses)
		c.sourceList(file, r.Code+" referencing", ref.Sources, true)
	}
	seenLevel := map[int]bool{}
	for _, l := range r.Levels {
		rec := fmt.Sprintf("%s level %d", r.Code, l.Level)
		if l.Level < 1 || l.Level > r.LevelCount {
			c.add(file, rec, "level outside the framework's range 1..%d", r.LevelCount)
		}
		if seenLevel[l.Level] {
			c.add(file, rec, "duplicate level")
		}
		seenLevel[l.Level] = true
		c.sourceList(file, rec, l.Sources, false)
		if l.Confidence != "" {
			c.enum(file, rec, "confidence", l.Confidence, Confidences)
		}
	}
	c.sourced(file, r.Code, r.Sourced)
}

func (c *checker) levelReference(file string, r LevelReferenceRec) {
	rec := r.From + " -> " + r.To
	c.once(file, rec, "level reference")
	okFrom, okTo := c.level(file, rec, r.From), c.level(file, rec, r.To)
	if okFrom && okTo && strings.SplitN(r.From, ":", 2)[0] == strings.SplitN(r.To, ":", 2)[0] {
		c.add(file, rec, "a level cannot be referenced to its own framework")
	}
	switch {
	case r.Fit != "":
		c.enum(file, rec, "fit", r.Fit, Fits)
	case r.Confidence != "unverified":
		c.add(file, rec, "a verified reference gives its fit, as the referencing declares it")
	}
	c.sourced(file, rec, r.Sourced)
}

func (c *checker) skill(file string, r SkillRec) {
	c.unique(c.skills, file, r.Key, "skill")
	c.slug(file, r.Key)
	if r.Label == "" {
		c.add(file, r.Key, "skill without a label")
	}
	c.sourced(file, r.Key, r.Sourced)
}

func (c *checker) occupation(file string, r OccupationRec) {
	c.unique(c.occupations, file, r.ISCO, "occupation")
	if !iscoRe.MatchString(r.ISCO) {
		c.add(file, r.ISCO, "ISCO-08 unit group codes have four digits")
	}
	if r.Title == "" {
		c.add(file, r.ISCO, "occupation without a title")
	}
	for _, q := range r.Requires {
		c.refs(file, r.ISCO, "skill", []string{q.Skill}, c.skills)
	}
	c.sourced(file, r.ISCO, r.Sourced)
}
