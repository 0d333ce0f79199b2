package model

// RecognitionResult is the answer to recognitionPaths.
type RecognitionResult struct {
	From    *Country           `json:"from"`
	To      *Country           `json:"to"`
	Subject Node               `json:"subject"`
	Paths   []*RecognitionPath `json:"paths"`
	// Prospects are the routes of instruments not in force.
	Prospects []*RecognitionPath `json:"prospects"`
	Outcome   RecognitionOutcome `json:"outcome"`
	Reason    *string            `json:"reason"`
}

// RecognitionPath is one route.
type RecognitionPath struct {
	Strength     RecognitionStrength `json:"strength"`
	Summary      string              `json:"summary"`
	Conditions   []string            `json:"conditions"`
	Instrument   *Arrangement        `json:"instrument"`
	Yields       RouteYield          `json:"yields"`
	DecidedBy    []*Authority        `json:"decidedBy"`
	Decision     string              `json:"decision"`
	Occupations  []*RouteOccupation  `json:"occupations"`
	Blocked      bool                `json:"blocked"`
	Restrictions []*Restriction      `json:"restrictions"`
	Steps        []*RecognitionStep  `json:"steps"`
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
