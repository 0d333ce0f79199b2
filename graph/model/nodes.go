package model

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

// ArrangementAuthority is a body linked to an arrangement, with the
// basis and evidence of the link.
type ArrangementAuthority struct {
	Authority  *Authority     `json:"authority"`
	Basis      AuthorityBasis `json:"basis"`
	Confidence Confidence     `json:"confidence"`
	Note       *string        `json:"note"`
	SourceIDs  []string       `json:"-"`
}

// LevelEquivalence is a level comparable through the AQRF.
type LevelEquivalence struct {
	Level   *FrameworkLevel `json:"level"`
	Via     *FrameworkLevel `json:"via"`
	FromFit *string         `json:"fromFit"`
	ToFit   *string         `json:"toFit"`
	// Confidence is VERIFIED only when some chain of references that
	// reaches the level is verified all the way.
	Confidence Confidence `json:"confidence"`
	SourceIDs  []string   `json:"-"`
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
	Note       *string     `json:"note"`
	SourceIDs  []string    `json:"-"`
}

// Restriction is a country's rule on foreigners in an occupation.
type Restriction struct {
	Country     *Country        `json:"country"`
	Occupation  *Occupation     `json:"occupation"`
	Rule        RestrictionRule `json:"rule"`
	Since       *string         `json:"since"`
	Until       *string         `json:"until"`
	Description string          `json:"description"`
	Confidence  Confidence      `json:"confidence"`
	Note        *string         `json:"note"`
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
	UnitsLoaded UnitsLoaded  `json:"unitsLoaded"`
	Confidence  Confidence   `json:"confidence"`
	Note        *string      `json:"note"`
}

// CompetencyUnit is a unit of competency of a standard.
type CompetencyUnit struct {
	ID          string     `json:"id"`
	Code        string     `json:"code"`
	Title       string     `json:"title"`
	StandardKey string     `json:"-"`
	Elective    bool       `json:"elective"`
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
	ID          string                `json:"id"`
	Title       string                `json:"title"`
	AltLabels   []string              `json:"altLabels"`
	Type        ArrangementType       `json:"type"`
	SignedOn    *string               `json:"signedOn"`
	SignedAt    *string               `json:"signedAt"`
	Status      *string               `json:"status"`
	Summary     *string               `json:"summary"`
	Lifecycle   ArrangementLifecycle  `json:"lifecycle"`
	StartedOn   *string               `json:"startedOn"`
	InForceFrom *string               `json:"inForceFrom"`
	EndedOn     *string               `json:"endedOn"`
	Yields      RouteYield            `json:"yields"`
	HostDecides *string               `json:"hostDecides"`
	Conditions  []string              `json:"conditions"`
	Approaches  []RecognitionApproach `json:"approaches"`
	Grants      bool                  `json:"grantsRecognition"`
	Confidence  Confidence            `json:"confidence"`
	Note        *string               `json:"note"`
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
