package model

// RecognitionResult is the answer to recognitionPaths.
type RecognitionResult struct {
	From    *Country           `json:"from"`
	To      *Country           `json:"to"`
	Subject Node               `json:"subject"`
	Paths   []*RecognitionPath `json:"paths"`
	// TotalPaths is how many routes there are, whatever First kept.
	TotalPaths int `json:"totalPaths"`
	// Strongest is the strength of the strongest open route, nil if none.
	Strongest *RecognitionStrength `json:"strongest"`
	// Prospects are the routes of instruments not in force.
	Prospects []*RecognitionPath `json:"prospects"`
	// Channels are the instruments in force that open a channel to work
	// and recognise nothing.
	Channels []*EmploymentChannel `json:"channels"`
	Outcome  RecognitionOutcome   `json:"outcome"`
	Reason   *string              `json:"reason"`
}

// RecognitionPath is one route.
type RecognitionPath struct {
	// Confidence is UNVERIFIED when the route rests on an unverified step.
	Confidence   Confidence              `json:"confidence"`
	Strength     RecognitionStrength     `json:"strength"`
	Summary      string                  `json:"summary"`
	Conditions   []string                `json:"conditions"`
	Instrument   *Arrangement            `json:"instrument"`
	Yields       RouteYield              `json:"yields"`
	DecidedBy    []*Authority            `json:"decidedBy"`
	Deciders     []*ArrangementAuthority `json:"deciders"`
	Decision     string                  `json:"decision"`
	Occupations  []*RouteOccupation      `json:"occupations"`
	Blocked      bool                    `json:"blocked"`
	Restrictions []*Restriction          `json:"restrictions"`
	Steps        []*RecognitionStep      `json:"steps"`
}

// EmploymentChannel is a channel to work that recognises no
// qualification; it has no strength on purpose.
type EmploymentChannel struct {
	Summary      string                  `json:"summary"`
	Confidence   Confidence              `json:"confidence"`
	Instrument   *Arrangement            `json:"instrument"`
	Yields       RouteYield              `json:"yields"`
	Conditions   []string                `json:"conditions"`
	DecidedBy    []*Authority            `json:"decidedBy"`
	Deciders     []*ArrangementAuthority `json:"deciders"`
	Decision     string                  `json:"decision"`
	Occupations  []*RouteOccupation      `json:"occupations"`
	Blocked      bool                    `json:"blocked"`
	Restrictions []*Restriction          `json:"restrictions"`
	Steps        []*RecognitionStep      `json:"steps"`
}

// RecognitionStep is one explained, sourced relationship of a route.
type RecognitionStep struct {
	Relation    string        `json:"relation"`
	From        Node          `json:"from"`
	To          Node          `json:"to"`
	Direction   StepDirection `json:"direction"`
	Explanation string        `json:"explanation"`
	Confidence  Confidence    `json:"confidence"`
	SourceIDs   []string      `json:"-"`
	// Sources are filled from SourceIDs by the resolver, all at once for a
	// whole answer.
	Sources []*Source `json:"sources"`
}

// ListCoverage says whether the data holds a kind of per-country list.
type ListCoverage struct {
	Covered bool           `json:"covered"`
	Lists   []*CoveredList `json:"lists"`
	Note    string         `json:"note"`
}

// CoveredList is one list (or set of rules) the data holds for a country.
type CoveredList struct {
	Name      string   `json:"name"`
	Year      *int     `json:"year"`
	Entries   int      `json:"entries"`
	SourceIDs []string `json:"-"`
}
