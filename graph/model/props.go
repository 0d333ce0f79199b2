package model

import "sort"

// Which stored properties the API types read (FromRecord, and the words
// of answers that name a record), so that a store for which data costs a
// round trip can send only those a request asks for.

// readProps are, per kind, every property FromRecord reads. The search
// tokens, keys and other stored helpers are in no list: no API type reads
// them.
var readProps = map[string][]string{
	KindSource:  {"title", "publisher", "year", "url", "note"},
	KindCountry: {"code", "name", "label", "aseanMember", "confidence", "note", "altLabels"},
	KindFramework: {"code", "name", "scope", "country", "levelCount", "confidence", "note", "altLabels",
		"referencingStatus", "referencingYear", "referencingNote", "referencingSources"},
	KindLevel: {"level", "framework", "title", "descriptor", "knowledgeAndSkills", "applicationAndResponsibility",
		"confidence", "note", "altLabels"},
	KindOccupation:    {"iscoCode", "title", "confidence", "note", "altLabels"},
	KindQualification: {"title", "country", "level", "confidence", "note", "altLabels"},
	KindStandard:      {"title", "kind", "country", "year", "unitsLoaded", "confidence", "note", "altLabels"},
	KindUnit:          {"code", "title", "standard", "elective", "confidence", "note", "altLabels"},
	KindSkill:         {"label", "confidence", "note", "altLabels"},
	KindArrangement: {"title", "type", "signedOn", "signedAt", "status", "summary", "lifecycle", "startedOn",
		"inForceFrom", "endedOn", "yields", "hostDecides", "conditions", "grantsRecognition", "approaches",
		"confidence", "note", "altLabels"},
	KindAuthority: {"name", "acronym", "role", "country", "confidence", "note", "altLabels"},
}

// alwaysProps are, per kind, the properties every request gets: those
// FromRecord requires (a record without them is an error), a country's
// name and label, which the words of its lists' coverage use, and whether
// it is an ASEAN member, by which the countries field filters.
var alwaysProps = map[string][]string{
	KindSource:        {"title"},
	KindCountry:       {"code", "name", "label", "aseanMember"},
	KindFramework:     {"code", "name", "scope"},
	KindLevel:         {"framework", "level"},
	KindOccupation:    {"iscoCode", "title"},
	KindQualification: {"title"},
	KindStandard:      {"title", "kind"},
	KindUnit:          {"code", "title", "standard"},
	KindSkill:         {"label"},
	KindArrangement:   {"title", "type", "lifecycle", "yields"},
	KindAuthority:     {"name"},
}

// fieldProps are the fields that read properties of other names; any
// other field reads the property of its own name, when the kind has one.
var fieldProps = map[string][]string{
	"referencing": {"referencingStatus", "referencingYear", "referencingNote", "referencingSources"},
}

// PropsFor returns the properties a request needs of the records of a
// kind, given the names of every field it selects (on any type): those it
// always gets, and those its fields read. Sorted; nil for a kind that is
// none.
func PropsFor(kind string, fields map[string]bool) []string {
	known, ok := readProps[kind]
	if !ok {
		return nil
	}
	want := map[string]bool{}
	for _, p := range alwaysProps[kind] {
		want[p] = true
	}
	for f := range fields {
		ps, ok := fieldProps[f]
		if !ok {
			ps = []string{f}
		}
		for _, p := range ps {
			want[p] = true
		}
	}
	out := []string{}
	for _, p := range known {
		if want[p] {
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}

// fieldsReading returns the name of every field that reads a property of
// some kind: a request selecting them all gets every property FromRecord
// reads.
func fieldsReading() map[string]bool {
	out := map[string]bool{}
	for _, ps := range readProps {
		for _, p := range ps {
			out[p] = true
		}
	}
	for f := range fieldProps {
		out[f] = true
	}
	return out
}
