package model

import (
	"fmt"
	"strings"
)

// The node types of the API, mapped from records by FromRecord. Scalar
// fields are filled here; relationship fields are resolved (and batched) in
// the graph package.

// Source is a document that supports facts.
type Source struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Publisher *string `json:"publisher"`
	Year      *int    `json:"year"`
	URL       *string `json:"url"`
	Note      *string `json:"note"`
}

// Country is a country, ASEAN member or partner.
type Country struct {
	ID          string     `json:"id"`
	Code        string     `json:"code"`
	Name        string     `json:"name"`
	AltLabels   []string   `json:"altLabels"`
	AseanMember bool       `json:"aseanMember"`
	Confidence  Confidence `json:"confidence"`
	Note        *string    `json:"note"`
}

// QualificationFramework is the AQRF or a national or sectoral framework.
type QualificationFramework struct {
	ID          string         `json:"id"`
	Code        string         `json:"code"`
	Name        string         `json:"name"`
	AltLabels   []string       `json:"altLabels"`
	Scope       FrameworkScope `json:"scope"`
	CountryCode string         `json:"-"`
	LevelCount  int            `json:"levelCount"`
	Referencing *Referencing   `json:"referencing"`
	Confidence  Confidence     `json:"confidence"`
	Note        *string        `json:"note"`
}

// Referencing is a framework's referencing to the AQRF.
type Referencing struct {
	Status    ReferencingStatus `json:"status"`
	Year      *int              `json:"year"`
	Note      *string           `json:"note"`
	SourceIDs []string          `json:"-"`
}

// FrameworkLevel is one level of a framework.
type FrameworkLevel struct {
	ID                           string     `json:"id"`
	FrameworkCode                string     `json:"-"`
	Level                        int        `json:"level"`
	Title                        *string    `json:"title"`
	Descriptor                   *string    `json:"descriptor"`
	KnowledgeAndSkills           *string    `json:"knowledgeAndSkills"`
	ApplicationAndResponsibility *string    `json:"applicationAndResponsibility"`
	Confidence                   Confidence `json:"confidence"`
	Note                         *string    `json:"note"`
}

// LevelReference is a declared comparability between two levels.
type LevelReference struct {
	Level      *FrameworkLevel `json:"level"`
	Fit        *string         `json:"fit"`
	Year       *int            `json:"year"`
	Confidence Confidence      `json:"confidence"`
	Note       *string         `json:"note"`
	SourceIDs  []string        `json:"-"`
}

// LevelEquivalence is a level comparable through the AQRF.
type LevelEquivalence struct {
	Level     *FrameworkLevel `json:"level"`
	Via       *FrameworkLevel `json:"via"`
	FromFit   *string         `json:"fromFit"`
	ToFit     *string         `json:"toFit"`
	SourceIDs []string        `json:"-"`
}

// Occupation is an ISCO-08 unit group.
type Occupation struct {
	ID         string     `json:"id"`
	IscoCode   string     `json:"iscoCode"`
	Title      string     `json:"title"`
	AltLabels  []string   `json:"altLabels"`
	Confidence Confidence `json:"confidence"`
	Note       *string    `json:"note"`
}

// SkillRequirement is a skill an occupation requires.
type SkillRequirement struct {
	Skill     *Skill `json:"skill"`
	Essential bool   `json:"essential"`
}

// InDemandListing is an occupation on a country's shortage list.
type InDemandListing struct {
	Occupation *Occupation `json:"occupation"`
	Country    *Country    `json:"country"`
	List       string      `json:"list"`
	Year       *int        `json:"year"`
	Confidence Confidence  `json:"confidence"`
	SourceIDs  []string    `json:"-"`
}

// Restriction is a country's rule on foreigners in an occupation.
type Restriction struct {
	Country     *Country        `json:"country"`
	Occupation  *Occupation     `json:"occupation"`
	Rule        RestrictionRule `json:"rule"`
	Since       *string         `json:"since"`
	Description string          `json:"description"`
	Confidence  Confidence      `json:"confidence"`
	SourceIDs   []string        `json:"-"`
}

// Qualification is a certificate, licence, degree or regional registration.
type Qualification struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	AltLabels   []string   `json:"altLabels"`
	CountryCode string     `json:"-"`
	LevelID     string     `json:"-"`
	Confidence  Confidence `json:"confidence"`
	Note        *string    `json:"note"`
}

// CompetencyStandard is a competency standard.
type CompetencyStandard struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	AltLabels   []string     `json:"altLabels"`
	Kind        StandardKind `json:"kind"`
	CountryCode string       `json:"-"`
	Year        *int         `json:"year"`
	Confidence  Confidence   `json:"confidence"`
	Note        *string      `json:"note"`
}

// CompetencyUnit is a unit of competency of a standard.
type CompetencyUnit struct {
	ID          string     `json:"id"`
	Code        string     `json:"code"`
	Title       string     `json:"title"`
	StandardKey string     `json:"-"`
	Confidence  Confidence `json:"confidence"`
	Note        *string    `json:"note"`
}

// Skill is a concept that units of competency assess.
type Skill struct {
	ID         string     `json:"id"`
	Label      string     `json:"label"`
	AltLabels  []string   `json:"altLabels"`
	Confidence Confidence `json:"confidence"`
	Note       *string    `json:"note"`
}

// Arrangement is a recognition arrangement.
type Arrangement struct {
	ID         string                `json:"id"`
	Title      string                `json:"title"`
	AltLabels  []string              `json:"altLabels"`
	Type       ArrangementType       `json:"type"`
	SignedOn   *string               `json:"signedOn"`
	SignedAt   *string               `json:"signedAt"`
	Status     *string               `json:"status"`
	Summary    *string               `json:"summary"`
	Conditions []string              `json:"conditions"`
	Approaches []RecognitionApproach `json:"approaches"`
	Grants     bool                  `json:"grantsRecognition"`
	Confidence Confidence            `json:"confidence"`
	Note       *string               `json:"note"`
}

// Authority is a qualifications, skills or professional body.
type Authority struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	AltLabels   []string   `json:"altLabels"`
	Acronym     *string    `json:"acronym"`
	Role        *string    `json:"role"`
	CountryCode string     `json:"-"`
	Confidence  Confidence `json:"confidence"`
	Note        *string    `json:"note"`
}

func (Source) IsNode()                 {}
func (Country) IsNode()                {}
func (QualificationFramework) IsNode() {}
func (FrameworkLevel) IsNode()         {}
func (Occupation) IsNode()             {}
func (Qualification) IsNode()          {}
func (CompetencyStandard) IsNode()     {}
func (CompetencyUnit) IsNode()         {}
func (Skill) IsNode()                  {}
func (Arrangement) IsNode()            {}
func (Authority) IsNode()              {}

// NodeID returns the global ID of any node type.
func NodeID(n Node) string {
	switch v := n.(type) {
	case *Source:
		return v.ID
	case *Country:
		return v.ID
	case *QualificationFramework:
		return v.ID
	case *FrameworkLevel:
		return v.ID
	case *Occupation:
		return v.ID
	case *Qualification:
		return v.ID
	case *CompetencyStandard:
		return v.ID
	case *CompetencyUnit:
		return v.ID
	case *Skill:
		return v.ID
	case *Arrangement:
		return v.ID
	case *Authority:
		return v.ID
	}
	return ""
}

func optString(r *Record, p string) *string {
	if s := r.String(p); s != "" {
		return &s
	}
	return nil
}

func optInt(r *Record, p string) *int {
	if n, ok := r.Int(p); ok {
		return &n
	}
	return nil
}

func edgeOptString(e *Edge, p string) *string {
	if s := e.String(p); s != "" {
		return &s
	}
	return nil
}

func edgeOptInt(e *Edge, p string) *int {
	if n, ok := e.Int(p); ok {
		return &n
	}
	return nil
}

// required returns the string property p, or an error naming it.
func required(r *Record, p string) (string, error) {
	s := r.String(p)
	if s == "" {
		return "", fmt.Errorf("%s %s: property %q is missing", r.Kind, r.ID, p)
	}
	return s, nil
}

func confidence(v string) Confidence { return Confidence(strings.ToUpper(v)) }

// FromRecord maps a record to its API node type; a record that lacks a
// property its type requires is an error naming it.
func FromRecord(r *Record) (Node, error) {
	if r == nil {
		return nil, nil
	}
	conf, note := confidence(r.String("confidence")), optString(r, "note")
	var err error
	req := func(p string) string {
		var s string
		if err == nil {
			s, err = required(r, p)
		}
		return s
	}
	var n Node
	switch r.Kind {
	case KindSource:
		n = &Source{ID: r.ID, Title: req("title"), Publisher: optString(r, "publisher"), Year: optInt(r, "year"), URL: optString(r, "url"), Note: note}
	case KindCountry:
		n = &Country{ID: r.ID, Code: req("code"), Name: req("name"), AseanMember: r.Bool("aseanMember"), Confidence: conf, Note: note}
	case KindFramework:
		lc, _ := r.Int("levelCount")
		f := &QualificationFramework{ID: r.ID, Code: req("code"), Name: req("name"), Scope: FrameworkScope(req("scope")),
			CountryCode: r.String("country"), LevelCount: lc, Confidence: conf, Note: note}
		if st := r.String("referencingStatus"); st != "" {
			f.Referencing = &Referencing{Status: ReferencingStatus(st), Year: optInt(r, "referencingYear"),
				Note: optString(r, "referencingNote"), SourceIDs: r.Strings("referencingSources")}
		}
		n = f
	case KindLevel:
		lv, _ := r.Int("level")
		n = &FrameworkLevel{ID: r.ID, FrameworkCode: req("framework"), Level: lv, Title: optString(r, "title"),
			Descriptor: optString(r, "descriptor"), KnowledgeAndSkills: optString(r, "knowledgeAndSkills"),
			ApplicationAndResponsibility: optString(r, "applicationAndResponsibility"), Confidence: conf, Note: note}
	case KindOccupation:
		n = &Occupation{ID: r.ID, IscoCode: req("iscoCode"), Title: req("title"), Confidence: conf, Note: note}
	case KindQualification:
		n = &Qualification{ID: r.ID, Title: req("title"), CountryCode: r.String("country"), LevelID: r.String("level"), Confidence: conf, Note: note}
	case KindStandard:
		n = &CompetencyStandard{ID: r.ID, Title: req("title"), Kind: StandardKind(req("kind")), CountryCode: r.String("country"),
			Year: optInt(r, "year"), Confidence: conf, Note: note}
	case KindUnit:
		n = &CompetencyUnit{ID: r.ID, Code: req("code"), Title: req("title"), StandardKey: req("standard"), Confidence: conf, Note: note}
	case KindSkill:
		n = &Skill{ID: r.ID, Label: req("label"), Confidence: conf, Note: note}
	case KindArrangement:
		a := &Arrangement{ID: r.ID, Title: req("title"), Type: ArrangementType(req("type")), SignedOn: optString(r, "signedOn"),
			SignedAt: optString(r, "signedAt"), Status: optString(r, "status"), Summary: optString(r, "summary"),
			Conditions: nonNil(r.Strings("conditions")), Grants: r.Bool("grantsRecognition"), Confidence: conf, Note: note}
		a.Approaches = []RecognitionApproach{}
		for _, s := range r.Strings("approaches") {
			a.Approaches = append(a.Approaches, RecognitionApproach(s))
		}
		n = a
	case KindAuthority:
		n = &Authority{ID: r.ID, Name: req("name"), Acronym: optString(r, "acronym"), Role: optString(r, "role"),
			CountryCode: r.String("country"), Confidence: conf, Note: note}
	default:
		return nil, fmt.Errorf("record %s: unknown kind %q", r.ID, r.Kind)
	}
	if err != nil {
		return nil, err
	}
	setAltLabels(n, nonNil(r.Strings("altLabels")))
	return n, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// LevelReferenceFrom maps a REFERENCED_TO link to the API type.
func LevelReferenceFrom(l Link) (*LevelReference, error) {
	n, err := FromRecord(l.Node)
	if err != nil {
		return nil, err
	}
	lvl, ok := n.(*FrameworkLevel)
	if !ok {
		return nil, fmt.Errorf("REFERENCED_TO %s: not a level", l.Node.ID)
	}
	return &LevelReference{Level: lvl, Fit: edgeOptString(&l.Edge, "fit"), Year: edgeOptInt(&l.Edge, "year"),
		Confidence: confidence(l.Edge.String("confidence")), Note: edgeOptString(&l.Edge, "note"),
		SourceIDs: l.Edge.Strings("sources")}, nil
}

// RestrictionFrom maps a RESTRICTS edge and its two ends to the API type.
func RestrictionFrom(e Edge, country *Country, occ *Occupation) *Restriction {
	return &Restriction{Country: country, Occupation: occ, Rule: RestrictionRule(e.String("rule")),
		Since: edgeOptString(&e, "since"), Description: e.String("description"),
		Confidence: confidence(e.String("confidence")), SourceIDs: e.Strings("sources")}
}

// InDemandFrom maps an IN_DEMAND_IN edge and its two ends to the API type.
func InDemandFrom(e Edge, occ *Occupation, country *Country) *InDemandListing {
	return &InDemandListing{Occupation: occ, Country: country, List: e.String("list"), Year: edgeOptInt(&e, "year"),
		Confidence: confidence(e.String("confidence")), SourceIDs: e.Strings("sources")}
}

// As maps a record to the API node type T; nil maps to T's zero value, and
// a record of another kind is an error (the graph would be breaking its own
// ontology).
func As[T Node](r *Record) (T, error) {
	var zero T
	if r == nil {
		return zero, nil
	}
	n, err := FromRecord(r)
	if err != nil {
		return zero, err
	}
	t, ok := n.(T)
	if !ok {
		return zero, fmt.Errorf("%s is a %s, not a %T", r.ID, r.Kind, zero)
	}
	return t, nil
}
