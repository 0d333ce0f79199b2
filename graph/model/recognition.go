package model

// RecognitionResult is the answer to recognitionPaths.
type RecognitionResult struct {
	From    *Country           `json:"from"`
	To      *Country           `json:"to"`
	Subject Node               `json:"subject"`
	Paths   []*RecognitionPath `json:"paths"`
	Outcome RecognitionOutcome `json:"outcome"`
	Reason  *string            `json:"reason"`
}

// RecognitionPath is one route.
type RecognitionPath struct {
	Strength     RecognitionStrength `json:"strength"`
	Summary      string              `json:"summary"`
	Conditions   []string            `json:"conditions"`
	Instrument   *Arrangement        `json:"instrument"`
	Blocked      bool                `json:"blocked"`
	Restrictions []*Restriction      `json:"restrictions"`
	Steps        []*RecognitionStep  `json:"steps"`
}

// RecognitionStep is one explained, sourced relationship of a route.
type RecognitionStep struct {
	Relation    string     `json:"relation"`
	From        Node       `json:"from"`
	To          Node       `json:"to"`
	Explanation string     `json:"explanation"`
	Confidence  Confidence `json:"confidence"`
	SourceIDs   []string   `json:"-"`
	// Sources are filled from SourceIDs by the resolver, all at once for a
	// whole answer.
	Sources []*Source `json:"sources"`
}
