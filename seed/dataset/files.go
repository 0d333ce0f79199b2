package dataset

import (
	"bytes"
	"encoding/json"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The records of each seed file, as FORMAT.md describes them. Unknown fields
// are refused when reading.

// Meta is dataset.json: the version a researcher cites, as every answer
// reports it.
type Meta = model.DataVersion

// Sourced is what every record but a source carries.
type Sourced struct {
	Sources    []string `json:"sources"`
	Confidence string   `json:"confidence"`
	Note       string   `json:"note,omitempty"`
	// AltLabels are other names people type for the record (synonyms,
	// acronyms, other spellings), as SKOS altLabel; search finds them.
	AltLabels []string `json:"altLabels,omitempty"`
}

// SourceRec is one entry of sources*.json.
type SourceRec struct {
	Key       string `json:"key"`
	Title     string `json:"title"`
	Publisher string `json:"publisher,omitempty"`
	Year      int    `json:"year,omitempty"`
	URL       string `json:"url,omitempty"`
	Note      string `json:"note,omitempty"`
	// LastChecked is the date (YYYY-MM-DD) someone last read the fact at the URL.
	LastChecked string `json:"lastChecked,omitempty"`
	// Mirror marks a URL that is a copy of the document on a site other than
	// its publisher's, used only where no official copy is reachable.
	Mirror bool `json:"mirror,omitempty"`
	// Homepage marks a URL that is a site's home page rather than the document.
	Homepage bool `json:"homepage,omitempty"`
	// HTTP marks a plain-http URL on a site that serves no https.
	HTTP bool `json:"http,omitempty"`
}

// CountryRec is one entry of countries*.json.
type CountryRec struct {
	Code        string `json:"code"`
	Name        string `json:"name"`
	AseanMember bool   `json:"aseanMember"`
	Sourced
}

// AuthorityRec is one entry of authorities*.json.
type AuthorityRec struct {
	Key     string  `json:"key"`
	Name    string  `json:"name"`
	Acronym string  `json:"acronym,omitempty"`
	Country *string `json:"country"`
	Role    string  `json:"role,omitempty"`
	Sourced
}

// Referencing is a framework's referencing to the AQRF.
type Referencing struct {
	Status  string   `json:"status"`
	Year    int      `json:"year,omitempty"`
	Note    string   `json:"note,omitempty"`
	Sources []string `json:"sources,omitempty"`
}

// LevelRec describes one level of a framework.
type LevelRec struct {
	Level       int               `json:"level"`
	Title       string            `json:"title,omitempty"`
	Descriptor  string            `json:"descriptor,omitempty"`
	Descriptors *LevelDescriptors `json:"descriptors,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
	Confidence  string            `json:"confidence,omitempty"`
	Note        string            `json:"note,omitempty"`
}

// LevelDescriptors are the AQRF's two descriptor domains.
type LevelDescriptors struct {
	KnowledgeAndSkills           string `json:"knowledgeAndSkills"`
	ApplicationAndResponsibility string `json:"applicationAndResponsibility"`
}

// FrameworkRec is one entry of frameworks*.json.
type FrameworkRec struct {
	Code        string       `json:"code"`
	Name        string       `json:"name"`
	Scope       string       `json:"scope"`
	Country     *string      `json:"country"`
	LevelCount  int          `json:"levelCount"`
	Authorities []string     `json:"authorities,omitempty"`
	Referencing *Referencing `json:"referencing,omitempty"`
	Levels      []LevelRec   `json:"levels,omitempty"`
	Sourced
}

// LevelReferenceRec is one entry of levelReferences*.json.
type LevelReferenceRec struct {
	From string `json:"from"`
	To   string `json:"to"`
	Fit  string `json:"fit,omitempty"` // as the referencing declares it; absent where it was not read (unverified only)
	Year int    `json:"year,omitempty"`
	Sourced
}

// QualificationRec is one entry of qualifications*.json.
type QualificationRec struct {
	Key         string   `json:"key"`
	Title       string   `json:"title"`
	Country     *string  `json:"country"`
	Level       *string  `json:"level"`
	AwardedBy   *string  `json:"awardedBy"`
	Standards   []string `json:"standards,omitempty"`
	Occupations []string `json:"occupations,omitempty"`
	Sourced
}

// UnitRec is one unit of competency of a standard.
type UnitRec struct {
	Code       string   `json:"code"`
	Title      string   `json:"title"`
	Skills     []string `json:"skills,omitempty"`
	Elective   bool     `json:"elective,omitempty"` // an elective unit, as the standard lists it
	Sources    []string `json:"sources,omitempty"`
	Confidence string   `json:"confidence,omitempty"`
	Note       string   `json:"note,omitempty"`
}

// StandardRec is one entry of standards*.json.
type StandardRec struct {
	Key         string    `json:"key"`
	Title       string    `json:"title"`
	Kind        string    `json:"kind"`
	Country     *string   `json:"country"`
	Year        int       `json:"year,omitempty"`
	IssuedBy    []string  `json:"issuedBy,omitempty"`
	Occupations []string  `json:"occupations,omitempty"`
	AlignedTo   []string  `json:"alignedTo,omitempty"`
	Units       []UnitRec `json:"units,omitempty"`
	// UnitsLoaded says how much of the standard's own list of units Units
	// holds: ALL, SOME or LEVEL; required with units, absent without.
	UnitsLoaded string `json:"unitsLoaded,omitempty"`
	Sourced
}

// SkillRec is one entry of skills*.json.
type SkillRec struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Sourced
}

// Requirement is a skill an occupation requires.
type Requirement struct {
	Skill     string `json:"skill"`
	Essential bool   `json:"essential"`
}

// OccupationRec is one entry of occupations*.json.
type OccupationRec struct {
	ISCO     string        `json:"isco"`
	Title    string        `json:"title"`
	Requires []Requirement `json:"requires,omitempty"`
	Sourced
}

// InDemandRec is one entry of inDemand*.json.
type InDemandRec struct {
	Occupation string `json:"occupation"`
	Country    string `json:"country"`
	Year       int    `json:"year,omitempty"`
	List       string `json:"list"`
	Sourced
}

// RestrictionRec is one entry of restrictions*.json.
type RestrictionRec struct {
	Country    string `json:"country"`
	Occupation string `json:"occupation"`
	Rule       string `json:"rule"`
	Since      string `json:"since,omitempty"`
	// Until is when the rule stopped applying (repealed or reversed: a
	// year or an ISO date); empty while in force as far as the data knows.
	Until       string `json:"until,omitempty"`
	Description string `json:"description"`
	Sourced
}

// ArrangementRec is one entry of arrangements*.json.
type ArrangementRec struct {
	Key      string `json:"key"`
	Title    string `json:"title"`
	Type     string `json:"type"`
	SignedOn string `json:"signedOn,omitempty"`
	SignedAt string `json:"signedAt,omitempty"`
	Status   string `json:"status,omitempty"`
	// Lifecycle is where the instrument stands (Lifecycles); only IN_FORCE
	// grants recognition.
	Lifecycle    string `json:"lifecycle"`
	StartedOn    string `json:"startedOn,omitempty"`
	InForceFrom  string `json:"inForceFrom,omitempty"`
	EndedOn      string `json:"endedOn,omitempty"`
	SupersededBy string `json:"supersededBy,omitempty"`
	// Yields is what a person gets from the instrument (Yields).
	Yields string `json:"yields"`
	// HostDecides says who decides in the destination, and on what.
	HostDecides string   `json:"hostDecides,omitempty"`
	Parties     []string `json:"parties"`
	// Receiving are the parties that admit workers under an instrument
	// yielding an employment channel (Japan under an SSW memorandum, Korea
	// under an EPS MOU); required for those, so that a channel is never
	// offered the wrong way.
	Receiving   []string `json:"receiving,omitempty"`
	Occupations []string `json:"occupations,omitempty"`
	Recognises  []string `json:"recognises,omitempty"`
	// Authorities are the bodies that administer the arrangement in its
	// parties: a key (the link rests on the arrangement's own sources,
	// which name the body) or a link with evidence of its own.
	Authorities []AuthorityLink `json:"authorities,omitempty"`
	Conditions  []string        `json:"conditions,omitempty"`
	Approaches  []string        `json:"approaches"`
	// GrantsRecognition is false for an instrument that recognises nothing
	// itself (a framework for later agreements); omitted, it is true when the
	// arrangement names an approach.
	GrantsRecognition *bool  `json:"grantsRecognition,omitempty"`
	Summary           string `json:"summary,omitempty"`
	Sourced
}

// Files is the whole seed as read, before validation.
type Files struct {
	Meta            Meta
	Sources         []Located[SourceRec]
	Countries       []Located[CountryRec]
	Authorities     []Located[AuthorityRec]
	Frameworks      []Located[FrameworkRec]
	LevelReferences []Located[LevelReferenceRec]
	Qualifications  []Located[QualificationRec]
	Standards       []Located[StandardRec]
	Skills          []Located[SkillRec]
	Occupations     []Located[OccupationRec]
	InDemand        []Located[InDemandRec]
	Restrictions    []Located[RestrictionRec]
	Arrangements    []Located[ArrangementRec]
}

// Located is a record with the file it came from, for error messages.
type Located[T any] struct {
	File string
	Rec  T
}

// AuthorityLink ties an arrangement to a body that decides under it in
// one of its parties. Written as a key, the arrangement's sources name the
// body in that role. Written as an object, the link carries its own
// sources and confidence: the body is the regulator of the profession in
// that country, as those sources say, and its designation under the
// arrangement was not seen (the note says what was).
type AuthorityLink struct {
	Authority string `json:"authority"`
	// Own is true for the object form.
	Own bool `json:"-"`
	Sourced
}

// UnmarshalJSON reads a key or an object {"authority", "sources",
// "confidence", "note"}; unknown fields are refused, as everywhere.
func (l *AuthorityLink) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		*l = AuthorityLink{}
		return json.Unmarshal(b, &l.Authority)
	}
	// The fields a link may have, spelt out: a link is no record search
	// finds, so the altLabels of Sourced are refused with any other field.
	var p struct {
		Authority  string   `json:"authority"`
		Sources    []string `json:"sources"`
		Confidence string   `json:"confidence"`
		Note       string   `json:"note,omitempty"`
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&p); err != nil {
		return err
	}
	*l = AuthorityLink{Authority: p.Authority, Own: true,
		Sourced: Sourced{Sources: p.Sources, Confidence: p.Confidence, Note: p.Note}}
	return nil
}

// authorityKeys are the keys of the links.
func authorityKeys(ls []AuthorityLink) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Authority
	}
	return out
}
