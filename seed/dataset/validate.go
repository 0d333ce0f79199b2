package dataset

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Enumerations the seed may use: the GraphQL enums' values (model.All*),
// and the seed's own.
var (
	Confidences   = set("verified", "unverified")
	Scopes        = enumSet(model.AllFrameworkScope)
	StandardKinds = enumSet(model.AllStandardKind)
	// UnitsLoadedValues are those a record with units may give (NONE is
	// implied by a record without units).
	UnitsLoadedValues = set("ALL", "SOME", "LEVEL")
	ArrangementType   = enumSet(model.AllArrangementType)
	Approaches        = enumSet(model.AllRecognitionApproach)
	Fits              = set("exact", "best-fit", "partial")
	RefStatuses       = enumSet(model.AllReferencingStatus)
	// recognitionTypes are the arrangement types that exist to recognise
	// skills; other instruments (recruitment MOUs) may name no approach.
	recognitionTypes = set("MRA", "MRS", "REGIONAL_CERTIFICATE", "LICENSING", "REFERENCING")
	Rules            = enumSet(model.AllRestrictionRule)
	Lifecycles       = set("IN_FORCE", "SIGNED", "PILOT", "UNDER_DISCUSSION", "SUPERSEDED", "ENDED")
	Yields           = set("REGISTRATION_ELIGIBILITY", "LICENCE", "SKILLS_CERTIFICATE", "CERTIFICATE_RECOGNITION", "COMPARABILITY", "EMPLOYMENT_CHANNEL", "TEMPORARY_ENTRY", "NONE")
)

var (
	slugRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	codeRe = regexp.MustCompile(`^[A-Z][A-Z0-9]*$`)
	iscoRe = regexp.MustCompile(`^[0-9]{4}$`)
	// A version names a label in Neo4j (graph/neo4jstore's versionLabel).
	versionRe = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)
	dateRe    = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	levelRe   = regexp.MustCompile(`^([A-Z][A-Z0-9]*):([0-9]+)$`)
)

// enumSet is set for the values of a GraphQL enum.
func enumSet[E ~string](all []E) map[string]bool {
	m := make(map[string]bool, len(all))
	for _, v := range all {
		m[string(v)] = true
	}
	return m
}

func set(vs ...string) map[string]bool {
	m := make(map[string]bool, len(vs))
	for _, v := range vs {
		m[v] = true
	}
	return m
}

// checker collects problems while the seed is validated, and the keys of
// each kind checked so far (key -> file), which later kinds refer to.
type checker struct {
	problems []Problem
	sources  map[string]bool

	countries, authorities, frameworks, skills  map[string]string
	occupations, standards, qualifications, arr map[string]string
	levelCount                                  map[string]int               // framework code -> its number of levels
	frameworkCountry                            map[string]*string           // framework code -> its country
	seen                                        map[string]map[string]string // what -> key -> file, for kinds no other refers to by key
}

// once reports a key of what seen before.
func (c *checker) once(file, key, what string) {
	if c.seen[what] == nil {
		c.seen[what] = map[string]string{}
	}
	c.unique(c.seen[what], file, key, what)
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
		c.add(file, record, "%s %q is not one of %s", field, v, strings.Join(slices.Sorted(maps.Keys(allowed)), ", "))
	}
}

// Validate checks the whole seed and returns every problem found; none means
// the seed may be built and loaded. Each kind is checked after the kinds it
// refers to.
func Validate(f *Files) []Problem {
	c := &checker{
		sources: map[string]bool{}, countries: map[string]string{}, authorities: map[string]string{},
		frameworks: map[string]string{}, skills: map[string]string{}, occupations: map[string]string{},
		standards: map[string]string{}, qualifications: map[string]string{}, arr: map[string]string{},
		levelCount: map[string]int{}, frameworkCountry: map[string]*string{}, seen: map[string]map[string]string{},
	}
	if !versionRe.MatchString(f.Meta.Version) || !dateRe.MatchString(f.Meta.Date) {
		c.add("dataset.json", "", "needs a version (letters, digits, '.', '-' or '_', at most 100) and a date (YYYY-MM-DD)")
	}
	each(f.Sources, c.source)
	c.problems = append(c.problems, checkSources(f)...)
	each(f.Countries, c.country)
	each(f.Authorities, c.authority)
	each(f.Frameworks, c.framework)
	each(f.LevelReferences, c.levelReference)
	each(f.Skills, c.skill)
	each(f.Occupations, c.occupation)
	for _, x := range f.Standards {
		c.standards[x.Rec.Key] = x.File // standards align to one another
	}
	each(f.Standards, c.standard)
	each(f.Qualifications, c.qualification)
	each(f.InDemand, c.inDemand)
	each(f.Restrictions, c.restriction)
	each(f.Arrangements, c.arrangement)
	each(f.Arrangements, c.successor)
	return c.problems
}

// each checks every record of one kind.
func each[T any](recs []Located[T], check func(file string, r T)) {
	for _, x := range recs {
		check(x.File, x.Rec)
	}
}

func (c *checker) slug(file, key string) {
	if !slugRe.MatchString(key) {
		c.add(file, key, "key must be a lower-case slug ([a-z0-9-])")
	}
}

// countryRef checks an optional country code.
func (c *checker) countryRef(file, record string, code *string) {
	if code != nil {
		c.refs(file, record, "country", []string{*code}, c.countries)
	}
}

// level checks a level given as FRAMEWORK:n.
func (c *checker) level(file, record, id string) bool {
	m := levelRe.FindStringSubmatch(id)
	if m == nil {
		c.add(file, record, "level %q is not of the form FRAMEWORK:n", id)
		return false
	}
	n, _ := strconv.Atoi(m[2])
	lc, ok := c.levelCount[m[1]]
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
