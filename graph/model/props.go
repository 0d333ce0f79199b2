package model

import "sort"

// Which stored properties the API types read (FromRecord and the rows made
// of edges), so that a store for which data costs a round trip can send
// only those a request asks for.

// heavyProps are the properties read only for one field of the same or
// another name (the prose of a record, its other names): a request
// that selects none of those fields does not need them.
var heavyProps = map[string][]string{
	"note":                         {"note"},
	"summary":                      {"summary"},
	"conditions":                   {"conditions"},
	"hostDecides":                  {"hostDecides"},
	"role":                         {"role"},
	"descriptor":                   {"descriptor"},
	"knowledgeAndSkills":           {"knowledgeAndSkills"},
	"applicationAndResponsibility": {"applicationAndResponsibility"},
	"altLabels":                    {"altLabels"},
	"referencingNote":              {"referencing"},
}

// baseProps are the other properties FromRecord reads, of any kind: short
// values (codes, titles, dates, states) that every request gets. The
// search tokens, keys and other stored helpers are in neither list: no API
// type reads them.
var baseProps = []string{
	"acronym", "approaches", "aseanMember", "code", "confidence", "country", "endedOn", "framework",
	"grantsRecognition", "inForceFrom", "iscoCode", "kind", "label", "level", "levelCount", "lifecycle",
	"name", "publisher", "referencingSources", "referencingStatus", "referencingYear", "scope",
	"signedAt", "signedOn", "standard", "startedOn", "status", "title", "type", "url", "year", "yields",
}

// PropsFor returns the properties a request needs of its records, given
// the names of every field it selects (on any type): the base ones, and
// each heavy one whose field is among them. Sorted.
func PropsFor(fields map[string]bool) []string {
	out := append([]string(nil), baseProps...)
	for p, needers := range heavyProps {
		for _, f := range needers {
			if fields[f] {
				out = append(out, p)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// HeavyPropFields returns, for each heavy property, the fields that read
// it (a copy).
func HeavyPropFields() map[string][]string {
	out := make(map[string][]string, len(heavyProps))
	for p, fs := range heavyProps {
		out[p] = append([]string(nil), fs...)
	}
	return out
}
