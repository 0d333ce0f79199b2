package model

import "errors"

// Graph is a whole dataset as a property graph: what every store loads.
// seed/dataset builds it; the stores hold it.
type Graph struct {
	Meta  DataVersion
	Nodes []*Record // sorted by ID
	Edges []Edge    // sorted by type, from, to
}

// Derived properties, computed once when the graph is built so that every
// store filters and searches alike.
const (
	PropLabel        = "label"        // the display name of any node
	PropSearchTokens = "searchTokens" // folded words of its names and codes
	PropCountries    = "filterCountries"
	PropFrameworks   = "filterFrameworks"
	PropLevels       = "filterLevels"
	PropOccupations  = "filterOccupations"
)

// PropRegulatorOnly, on an ADMINISTERED_BY relationship, says the body is
// the regulator of the profession in that country, as the relationship's
// own sources say, and that its designation under the arrangement was not
// seen: the relationship's confidence and note are its own.
const PropRegulatorOnly = "regulatorOnly"

// ErrUnavailable marks store errors caused by the database being out of
// reach; stores wrap it with %w, and the API answers UNAVAILABLE.
var ErrUnavailable = errors.New("the graph database is unavailable")
