package model

import (
	"fmt"
	"strings"
)

// How records become the API node types: FromRecord, As, and the rows
// made of an edge and its two ends.

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

// UnitsLoadedOf is how much of a standard's units its record says are
// loaded; NONE for a record without the property (a standard with no units).
func UnitsLoadedOf(r *Record) UnitsLoaded {
	if u := r.String("unitsLoaded"); u != "" {
		return UnitsLoaded(u)
	}
	return UnitsLoadedNone
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

// LeastSure is UNVERIFIED when any of the confidences given (as stored,
// "unverified", or as the API's) is, VERIFIED otherwise: a step or a link
// is only as sure as what it joins.
func LeastSure(cs ...string) Confidence {
	for _, c := range cs {
		if confidence(c) == ConfidenceUnverified {
			return ConfidenceUnverified
		}
	}
	return ConfidenceVerified
}

// FromRecord maps a record to its API node type; a record that lacks a
// property its type requires is an error naming it. A record whose object
// its store made once (Record.Keep) gives that object.
func FromRecord(r *Record) (Node, error) {
	if r == nil {
		return nil, nil
	}
	if r.node != nil {
		return r.node, nil
	}
	return fromRecord(r)
}

// fromRecord makes the API object of a record that is not nil.
func fromRecord(r *Record) (Node, error) {
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
			Year: optInt(r, "year"), UnitsLoaded: UnitsLoadedOf(r), Confidence: conf, Note: note}
	case KindUnit:
		n = &CompetencyUnit{ID: r.ID, Code: req("code"), Title: req("title"), StandardKey: req("standard"), Elective: r.Bool("elective"),
			Confidence: conf, Note: note}
	case KindSkill:
		n = &Skill{ID: r.ID, Label: req("label"), Confidence: conf, Note: note}
	case KindArrangement:
		a := &Arrangement{ID: r.ID, Title: req("title"), Type: ArrangementType(req("type")), SignedOn: optString(r, "signedOn"),
			SignedAt: optString(r, "signedAt"), Status: optString(r, "status"), Summary: optString(r, "summary"),
			Lifecycle: ArrangementLifecycle(req("lifecycle")), StartedOn: optString(r, "startedOn"), InForceFrom: optString(r, "inForceFrom"),
			EndedOn: optString(r, "endedOn"), Yields: RouteYield(req("yields")), HostDecides: optString(r, "hostDecides"),
			Conditions: NonNil(r.Strings("conditions")), Grants: r.Bool("grantsRecognition"), Confidence: conf, Note: note}
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
	setAltLabels(n, NonNil(r.Strings("altLabels")))
	return n, nil
}

// NonNil returns s, or an empty list for nil: a list property or field is
// never null.
func NonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// LevelReferenceFrom maps a REFERENCED_TO edge and the level at its other
// end to the API type.
func LevelReferenceFrom(e Edge, lvl *FrameworkLevel) *LevelReference {
	return &LevelReference{Level: lvl, Fit: edgeOptString(&e, "fit"), Year: edgeOptInt(&e, "year"),
		Confidence: confidence(e.String("confidence")), Note: edgeOptString(&e, "note"),
		SourceIDs: e.Strings("sources")}
}

// ArrangementAuthorityFrom maps an ADMINISTERED_BY edge of the
// arrangement arr and the body at its end to the API type: a link marked
// regulatorOnly carries its own sources and confidence; another rests on
// the arrangement's. It is UNVERIFIED when the link, arr or the body is.
func ArrangementAuthorityFrom(arr *Arrangement, e Edge, a *Authority) *ArrangementAuthority {
	out := &ArrangementAuthority{Authority: a, Basis: AuthorityBasisDesignated,
		Confidence: LeastSure(e.String("confidence"), string(arr.Confidence), string(a.Confidence)),
		Note:       edgeOptString(&e, "note"), SourceIDs: e.Strings("sources")}
	if e.Bool(PropRegulatorOnly) {
		out.Basis = AuthorityBasisRegulatorOnly
	}
	return out
}

// RestrictionFrom maps a RESTRICTS edge and its two ends to the API type.
func RestrictionFrom(e Edge, country *Country, occ *Occupation) *Restriction {
	return &Restriction{Country: country, Occupation: occ, Rule: RestrictionRule(e.String("rule")),
		Since: edgeOptString(&e, "since"), Until: edgeOptString(&e, "until"), Description: e.String("description"),
		Confidence: confidence(e.String("confidence")), Note: edgeOptString(&e, "note"), SourceIDs: e.Strings("sources")}
}

// InDemandFrom maps an IN_DEMAND_IN edge and its two ends to the API type.
func InDemandFrom(e Edge, occ *Occupation, country *Country) *InDemandListing {
	return &InDemandListing{Occupation: occ, Country: country, List: e.String("list"), Year: edgeOptInt(&e, "year"),
		Confidence: confidence(e.String("confidence")), Note: edgeOptString(&e, "note"), SourceIDs: e.Strings("sources")}
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
