package model

import "sort"

// Which stored properties the API types read (FromRecord, and the words
// of answers that name a record), so that a store for which data costs a
// round trip can send only those a request asks for.

// baseProps are, per kind, the properties FromRecord reads that every
// request gets: short values (codes, titles, dates, states). The search
// tokens, keys and other stored helpers are in no list: no API type reads
// them.
var baseProps = map[string][]string{
	KindSource:        {"title", "publisher", "year", "url"},
	KindCountry:       {"code", "name", "aseanMember", "confidence"},
	KindFramework:     {"code", "name", "scope", "country", "levelCount", "confidence", "referencingStatus", "referencingYear", "referencingSources"},
	KindLevel:         {"level", "framework", "title", "confidence"},
	KindOccupation:    {"iscoCode", "title", "confidence"},
	KindQualification: {"title", "country", "level", "confidence"},
	KindStandard:      {"title", "kind", "country", "year", "confidence"},
	KindUnit:          {"code", "title", "standard", "confidence"},
	KindSkill:         {"label", "confidence"},
	KindArrangement: {"title", "type", "signedOn", "signedAt", "status", "lifecycle", "startedOn", "inForceFrom", "endedOn",
		"yields", "grantsRecognition", "approaches", "confidence"},
	KindAuthority: {"name", "acronym", "country", "confidence"},
}

// heavyProps are the properties read only for one field (the prose of a
// record, its other names), by the field that reads each: a request that
// selects none of those fields does not need them. A kind reads only those
// it has.
var heavyProps = map[string]string{
	"note":                         "note",
	"altLabels":                    "altLabels",
	"summary":                      "summary",
	"conditions":                   "conditions",
	"hostDecides":                  "hostDecides",
	"role":                         "role",
	"descriptor":                   "descriptor",
	"knowledgeAndSkills":           "knowledgeAndSkills",
	"applicationAndResponsibility": "applicationAndResponsibility",
	"referencingNote":              "referencing",
}

// heavyOf lists the heavy properties each kind may have.
var heavyOf = map[string][]string{
	KindSource:        {"note"},
	KindCountry:       {"note", "altLabels"},
	KindFramework:     {"note", "altLabels", "referencingNote"},
	KindLevel:         {"note", "altLabels", "descriptor", "knowledgeAndSkills", "applicationAndResponsibility"},
	KindOccupation:    {"note", "altLabels"},
	KindQualification: {"note", "altLabels"},
	KindStandard:      {"note", "altLabels"},
	KindUnit:          {"note", "altLabels"},
	KindSkill:         {"note", "altLabels"},
	KindArrangement:   {"note", "altLabels", "summary", "conditions", "hostDecides"},
	KindAuthority:     {"note", "altLabels", "role"},
}

// PropsFor returns the properties a request needs of the records of a
// kind, given the names of every field it selects (on any type): the
// kind's base ones, and each heavy one whose field is among them. Sorted;
// nil for a kind that is none.
func PropsFor(kind string, fields map[string]bool) []string {
	base, ok := baseProps[kind]
	if !ok {
		return nil
	}
	out := append([]string(nil), base...)
	for _, p := range heavyOf[kind] {
		if fields[heavyProps[p]] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// HeavyPropFields returns the names of the fields that read a heavy
// property.
func HeavyPropFields() []string {
	var out []string
	for _, f := range heavyProps {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}
