package dataset

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Enumerations the seed may use; they match the GraphQL enums.
var (
	Confidences     = set("verified", "unverified")
	Scopes          = set("REGIONAL", "NATIONAL", "SECTORAL")
	StandardKinds   = set("NATIONAL", "REGIONAL_MODEL", "ASEAN_COMMON", "INDUSTRY")
	ArrangementType = set("MRA", "MRS", "BLMA", "MOU", "SMP", "REGIONAL_CERTIFICATE", "LICENSING", "REFERENCING")
	Approaches      = set("AQRF_AGP", "BILATERAL_MUTUAL_RECOGNITION", "ASSESSMENT_RPL", "INDUSTRY_BASED", "MRA", "REGIONAL_CERTIFICATE", "LICENSING")
	Fits            = set("exact", "best-fit", "partial")
	RefStatuses     = set("COMPLETED", "IN_PROGRESS", "NOT_STARTED", "UNKNOWN")
	// recognitionTypes are the arrangement types that exist to recognise
	// skills; other instruments (recruitment MOUs) may name no approach.
	recognitionTypes = set("MRA", "MRS", "REGIONAL_CERTIFICATE", "LICENSING", "REFERENCING")
	Rules            = set("RESERVED_FOR_NATIONALS", "AGREEMENT_ONLY", "EMPLOYER_REQUIRED", "MOU_WORKERS_ONLY")
	Lifecycles       = set("IN_FORCE", "SIGNED", "PILOT", "UNDER_DISCUSSION", "SUPERSEDED", "ENDED")
	Yields           = set("REGISTRATION_ELIGIBILITY", "LICENCE", "SKILLS_CERTIFICATE", "CERTIFICATE_RECOGNITION", "COMPARABILITY", "EMPLOYMENT_CHANNEL", "NONE")
)

var (
	slugRe  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	codeRe  = regexp.MustCompile(`^[A-Z][A-Z0-9]*$`)
	iscoRe  = regexp.MustCompile(`^[0-9]{4}$`)
	dateRe  = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	levelRe = regexp.MustCompile(`^([A-Z][A-Z0-9]*):([0-9]+)$`)
)

func set(vs ...string) map[string]bool {
	m := make(map[string]bool, len(vs))
	for _, v := range vs {
		m[v] = true
	}
	return m
}

// checker collects problems while the seed is validated.
type checker struct {
	problems []Problem
	sources  map[string]bool
}

func (c *checker) add(file, record, format string, args ...any) {
	c.problems = append(c.problems, Problem{File: file, Record: record, Reason: fmt.Sprintf(format, args...)})
}

// sourced checks a record's sources and confidence.
func (c *checker) sourced(file, record string, s Sourced) {
	c.sourceList(file, record, s.Sources, true)
	if !Confidences[s.Confidence] {
		c.add(file, record, "confidence %q is not one of verified, unverified", s.Confidence)
	}
}

func (c *checker) sourceList(file, record string, keys []string, required bool) {
	if required && len(keys) == 0 {
		c.add(file, record, "no sources: every fact needs one")
	}
	for _, k := range keys {
		if !c.sources[k] {
			c.add(file, record, "unknown source %q", k)
		}
	}
}

// unique records key in seen, reporting a duplicate.
func (c *checker) unique(seen map[string]string, file, key, what string) {
	if prev, ok := seen[key]; ok {
		c.add(file, key, "duplicate %s (also in %s)", what, prev)
		return
	}
	seen[key] = file
}

func (c *checker) refs(file, record, what string, keys []string, known map[string]string) {
	for _, k := range keys {
		if _, ok := known[k]; !ok {
			c.add(file, record, "%s %q does not exist", what, k)
		}
	}
}

func (c *checker) enum(file, record, field, v string, allowed map[string]bool) {
	if !allowed[v] {
		c.add(file, record, "%s %q is not one of %s", field, v, strings.Join(sortedKeys(allowed), ", "))
	}
}

// Validate checks the whole seed and returns every problem found; none means
// the seed may be built and loaded.
func Validate(f *Files) []Problem {
	c := &checker{sources: map[string]bool{}}
	if f.Meta.Version == "" || !dateRe.MatchString(f.Meta.Date) {
		c.add("dataset.json", "", "needs a version and a date (YYYY-MM-DD)")
	}

	seenSrc := map[string]string{}
	for _, s := range f.Sources {
		r := s.Rec
		c.unique(seenSrc, s.File, r.Key, "source")
		if !slugRe.MatchString(r.Key) {
			c.add(s.File, r.Key, "key must be a lower-case slug")
		}
		if strings.TrimSpace(r.Title) == "" {
			c.add(s.File, r.Key, "source without a title")
		}
		if r.URL == "" && r.Year == 0 {
			c.add(s.File, r.Key, "source needs a URL or a year")
		}
		c.sources[r.Key] = true
	}
	c.problems = append(c.problems, checkSources(f)...)

	countries := map[string]string{}
	for _, x := range f.Countries {
		r := x.Rec
		c.unique(countries, x.File, r.Code, "country")
		if !iso3166[r.Code] {
			c.add(x.File, r.Code, "not an ISO 3166-1 alpha-2 code")
		}
		if r.Name == "" {
			c.add(x.File, r.Code, "country without a name")
		}
		c.sourced(x.File, r.Code, r.Sourced)
	}
	country := func(file, record string, code *string) {
		if code != nil {
			c.refs(file, record, "country", []string{*code}, countries)
		}
	}

	authorities := map[string]string{}
	for _, x := range f.Authorities {
		r := x.Rec
		c.unique(authorities, x.File, r.Key, "authority")
		c.slug(x.File, r.Key)
		if r.Name == "" {
			c.add(x.File, r.Key, "authority without a name")
		}
		country(x.File, r.Key, r.Country)
		c.sourced(x.File, r.Key, r.Sourced)
	}

	frameworks := map[string]string{}
	levelCount := map[string]int{}
	frameworkCountry := map[string]*string{}
	for _, x := range f.Frameworks {
		r := x.Rec
		c.unique(frameworks, x.File, r.Code, "framework")
		if !codeRe.MatchString(r.Code) {
			c.add(x.File, r.Code, "framework code must be upper-case letters and digits")
		}
		c.enum(x.File, r.Code, "scope", r.Scope, Scopes)
		if r.Scope == "REGIONAL" && r.Country != nil {
			c.add(x.File, r.Code, "a regional framework has no country")
		}
		if r.Scope != "REGIONAL" && r.Country == nil {
			c.add(x.File, r.Code, "a %s framework needs a country", strings.ToLower(r.Scope))
		}
		country(x.File, r.Code, r.Country)
		if r.LevelCount < 1 || r.LevelCount > 12 {
			c.add(x.File, r.Code, "levelCount %d is outside 1..12", r.LevelCount)
		}
		levelCount[r.Code] = r.LevelCount
		frameworkCountry[r.Code] = r.Country
		c.refs(x.File, r.Code, "authority", r.Authorities, authorities)
		if ref := r.Referencing; ref != nil {
			c.enum(x.File, r.Code, "referencing status", ref.Status, RefStatuses)
			c.sourceList(x.File, r.Code+" referencing", ref.Sources, true)
		}
		seenLevel := map[int]bool{}
		for _, l := range r.Levels {
			rec := fmt.Sprintf("%s level %d", r.Code, l.Level)
			if l.Level < 1 || l.Level > r.LevelCount {
				c.add(x.File, rec, "level outside the framework's range 1..%d", r.LevelCount)
			}
			if seenLevel[l.Level] {
				c.add(x.File, rec, "duplicate level")
			}
			seenLevel[l.Level] = true
			c.sourceList(x.File, rec, l.Sources, false)
			if l.Confidence != "" {
				c.enum(x.File, rec, "confidence", l.Confidence, Confidences)
			}
		}
		c.sourced(x.File, r.Code, r.Sourced)
	}
	level := func(file, record, id string) bool {
		m := levelRe.FindStringSubmatch(id)
		if m == nil {
			c.add(file, record, "level %q is not of the form FRAMEWORK:n", id)
			return false
		}
		n, _ := strconv.Atoi(m[2])
		lc, ok := levelCount[m[1]]
		if !ok {
			c.add(file, record, "framework %q of level %q does not exist", m[1], id)
			return false
		}
		if n < 1 || n > lc {
			c.add(file, record, "level %q is outside %s's range 1..%d", id, m[1], lc)
			return false
		}
		return true
	}

	seenRef := map[string]string{}
	for _, x := range f.LevelReferences {
		r := x.Rec
		rec := r.From + " -> " + r.To
		c.unique(seenRef, x.File, rec, "level reference")
		okFrom, okTo := level(x.File, rec, r.From), level(x.File, rec, r.To)
		if okFrom && okTo && strings.SplitN(r.From, ":", 2)[0] == strings.SplitN(r.To, ":", 2)[0] {
			c.add(x.File, rec, "a level cannot be referenced to its own framework")
		}
		c.enum(x.File, rec, "fit", r.Fit, Fits)
		c.sourced(x.File, rec, r.Sourced)
	}

	skills := map[string]string{}
	for _, x := range f.Skills {
		r := x.Rec
		c.unique(skills, x.File, r.Key, "skill")
		c.slug(x.File, r.Key)
		if r.Label == "" {
			c.add(x.File, r.Key, "skill without a label")
		}
		c.sourced(x.File, r.Key, r.Sourced)
	}

	occupations := map[string]string{}
	for _, x := range f.Occupations {
		r := x.Rec
		c.unique(occupations, x.File, r.ISCO, "occupation")
		if !iscoRe.MatchString(r.ISCO) {
			c.add(x.File, r.ISCO, "ISCO-08 unit group codes have four digits")
		}
		if r.Title == "" {
			c.add(x.File, r.ISCO, "occupation without a title")
		}
		for _, q := range r.Requires {
			c.refs(x.File, r.ISCO, "skill", []string{q.Skill}, skills)
		}
		c.sourced(x.File, r.ISCO, r.Sourced)
	}

	standards := map[string]string{}
	for _, x := range f.Standards {
		standards[x.Rec.Key] = x.File
	}
	seenStd := map[string]string{}
	for _, x := range f.Standards {
		r := x.Rec
		c.unique(seenStd, x.File, r.Key, "standard")
		c.slug(x.File, r.Key)
		if r.Title == "" {
			c.add(x.File, r.Key, "standard without a title")
		}
		c.enum(x.File, r.Key, "kind", r.Kind, StandardKinds)
		country(x.File, r.Key, r.Country)
		c.refs(x.File, r.Key, "authority", r.IssuedBy, authorities)
		c.refs(x.File, r.Key, "occupation", r.Occupations, occupations)
		c.refs(x.File, r.Key, "standard", r.AlignedTo, standards)
		for _, a := range r.AlignedTo {
			if a == r.Key {
				c.add(x.File, r.Key, "a standard cannot be aligned to itself")
			}
		}
		seenUnit := map[string]string{}
		for _, u := range r.Units {
			rec := r.Key + " unit " + u.Code
			if strings.TrimSpace(u.Code) == "" || strings.ContainsAny(u.Code, " \t\n") {
				c.add(x.File, rec, "unit code must be non-blank with no spaces")
			}
			c.unique(seenUnit, x.File, rec, "unit")
			if u.Title == "" {
				c.add(x.File, rec, "unit without a title")
			}
			c.refs(x.File, rec, "skill", u.Skills, skills)
			c.sourceList(x.File, rec, u.Sources, false)
			if u.Confidence != "" {
				c.enum(x.File, rec, "confidence", u.Confidence, Confidences)
			}
		}
		c.sourced(x.File, r.Key, r.Sourced)
	}

	qualifications := map[string]string{}
	for _, x := range f.Qualifications {
		r := x.Rec
		c.unique(qualifications, x.File, r.Key, "qualification")
		c.slug(x.File, r.Key)
		if r.Title == "" {
			c.add(x.File, r.Key, "qualification without a title")
		}
		country(x.File, r.Key, r.Country)
		if r.Level != nil && level(x.File, r.Key, *r.Level) {
			fw := strings.SplitN(*r.Level, ":", 2)[0]
			if fc := frameworkCountry[fw]; fc != nil && (r.Country == nil || *fc != *r.Country) {
				c.add(x.File, r.Key, "level %s belongs to %s's framework, not to the qualification's country", *r.Level, *fc)
			}
		}
		if r.AwardedBy != nil {
			c.refs(x.File, r.Key, "authority", []string{*r.AwardedBy}, authorities)
		}
		c.refs(x.File, r.Key, "standard", r.Standards, standards)
		c.refs(x.File, r.Key, "occupation", r.Occupations, occupations)
		c.sourced(x.File, r.Key, r.Sourced)
	}

	for _, x := range f.InDemand {
		r := x.Rec
		rec := r.Occupation + " in " + r.Country
		c.refs(x.File, rec, "occupation", []string{r.Occupation}, occupations)
		c.refs(x.File, rec, "country", []string{r.Country}, countries)
		if r.List == "" {
			c.add(x.File, rec, "name the list the occupation is on")
		}
		c.sourced(x.File, rec, r.Sourced)
	}
	for _, x := range f.Restrictions {
		r := x.Rec
		rec := r.Country + " restricts " + r.Occupation
		c.refs(x.File, rec, "occupation", []string{r.Occupation}, occupations)
		c.refs(x.File, rec, "country", []string{r.Country}, countries)
		c.enum(x.File, rec, "rule", r.Rule, Rules)
		if r.Description == "" {
			c.add(x.File, rec, "a restriction needs a description")
		}
		c.sourced(x.File, rec, r.Sourced)
	}

	seenArr := map[string]string{}
	for _, x := range f.Arrangements {
		r := x.Rec
		c.unique(seenArr, x.File, r.Key, "arrangement")
		c.slug(x.File, r.Key)
		if r.Title == "" {
			c.add(x.File, r.Key, "arrangement without a title")
		}
		c.enum(x.File, r.Key, "type", r.Type, ArrangementType)
		c.lifecycle(x.File, r)
		if len(r.Parties) == 0 {
			c.add(x.File, r.Key, "an arrangement needs parties")
		}
		c.refs(x.File, r.Key, "party", r.Parties, countries)
		c.refs(x.File, r.Key, "occupation", r.Occupations, occupations)
		c.refs(x.File, r.Key, "authority", r.Authorities, authorities)
		for _, id := range r.Recognises {
			kind, key, _ := strings.Cut(id, ":")
			var known map[string]string
			switch kind {
			case "qualification":
				known = qualifications
			case "standard":
				known = standards
			case "framework":
				known = frameworks
			default:
				c.add(x.File, r.Key, "recognises %q: only qualification:, standard: or framework: IDs", id)
				continue
			}
			if _, ok := known[key]; !ok {
				c.add(x.File, r.Key, "recognises %q, which does not exist", id)
			}
		}
		if len(r.Approaches) == 0 && recognitionTypes[r.Type] {
			c.add(x.File, r.Key, "a %s recognises skills: name its approaches (Vientiane Declaration 2 a-g)", r.Type)
		}
		for _, a := range r.Approaches {
			c.enum(x.File, r.Key, "approach", a, Approaches)
		}
		c.sourced(x.File, r.Key, r.Sourced)
	}
	for _, x := range f.Arrangements {
		if s := x.Rec.SupersededBy; s != "" {
			if _, ok := seenArr[s]; !ok || s == x.Rec.Key {
				c.add(x.File, x.Rec.Key, "supersededBy %q is not another arrangement", s)
			}
		}
	}
	return c.problems
}

func (c *checker) slug(file, key string) {
	if !slugRe.MatchString(key) {
		c.add(file, key, "key must be a lower-case slug ([a-z0-9-])")
	}
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
