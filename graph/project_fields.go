package graph

import "slices"

// The fields a projection (project.go) writes straight from the values a
// store returns: each as the API type's field reads it (model.FromRecord
// for a property, the resolver for a list of linked nodes). A selection
// holding any other field is answered as before.

// encoding is how a property becomes a field's value, as FromRecord maps
// it.
type encoding int

const (
	encID         encoding = iota // the node's ID
	encString                     // a required string: absent or "" is FromRecord's error
	encOptString                  // "" or absent: null
	encBool                       // absent: false
	encInt                        // absent: 0
	encOptInt                     // absent: null
	encConfidence                 // upper-cased, a Confidence
	encEnum                       // the name of a value of the field's enum type, required
	encStrings                    // the strings of a list, [] when absent
	encEnums                      // the strings of a list, each the name of a value of the element's enum type
)

// projectedScalar is a field read from one property.
type projectedScalar struct {
	prop string
	enc  encoding
}

// common are the fields every kind of node maps alike.
var common = map[string]projectedScalar{
	"id":         {"id", encID},
	"confidence": {"confidence", encConfidence},
	"note":       {"note", encOptString},
	"altLabels":  {"altLabels", encStrings},
}

// projectedScalars are, per type, the fields read from properties besides
// the common ones (which the type must declare to have).
var projectedScalars = map[string]map[string]projectedScalar{
	"Source": {"title": {"title", encString}, "publisher": {"publisher", encOptString}, "year": {"year", encOptInt},
		"url": {"url", encOptString}},
	"Country": {"code": {"code", encString}, "name": {"name", encString}, "aseanMember": {"aseanMember", encBool}},
	"QualificationFramework": {"code": {"code", encString}, "name": {"name", encString}, "scope": {"scope", encEnum},
		"levelCount": {"levelCount", encInt}},
	"FrameworkLevel": {"level": {"level", encInt}, "title": {"title", encOptString}, "descriptor": {"descriptor", encOptString},
		"knowledgeAndSkills":           {"knowledgeAndSkills", encOptString},
		"applicationAndResponsibility": {"applicationAndResponsibility", encOptString}},
	"Occupation":         {"iscoCode": {"iscoCode", encString}, "title": {"title", encString}},
	"Qualification":      {"title": {"title", encString}},
	"CompetencyStandard": {"title": {"title", encString}, "kind": {"kind", encEnum}, "year": {"year", encOptInt}, "unitsLoaded": {"unitsLoaded", encEnum}},
	"CompetencyUnit":     {"code": {"code", encString}, "title": {"title", encString}, "elective": {"elective", encBool}},
	"Skill":              {"label": {"label", encString}},
	"Arrangement": {"title": {"title", encString}, "type": {"type", encEnum}, "signedOn": {"signedOn", encOptString},
		"signedAt": {"signedAt", encOptString}, "status": {"status", encOptString}, "summary": {"summary", encOptString},
		"lifecycle": {"lifecycle", encEnum}, "startedOn": {"startedOn", encOptString},
		"inForceFrom": {"inForceFrom", encOptString}, "endedOn": {"endedOn", encOptString}, "yields": {"yields", encEnum},
		"hostDecides": {"hostDecides", encOptString}, "conditions": {"conditions", encStrings},
		"approaches": {"approaches", encEnums}, "grantsRecognition": {"grantsRecognition", encBool}},
	"Authority": {"name": {"name", encString}, "acronym": {"acronym", encOptString}, "role": {"role", encOptString}},
}

// projectedLinks are, per type, the fields whose resolver returns the
// distinct nodes at the other end of one relationship (the hop the plan
// table gives), in ID order: `linked` or `citedBy`, nothing more
// (TestProjectedLinksAreLinked reads the resolvers). byLevel marks the one
// that then orders them by level.
var projectedLinks = map[string]map[string]bool{
	"Arrangement":            {"parties": false, "occupations": false, "authorities": false, "sources": false},
	"Authority":              {"sources": false},
	"CompetencyStandard":     {"issuedBy": false, "units": false, "occupations": false, "alignedTo": false, "alignedFrom": false, "qualifications": false, "recognisedBy": false, "sources": false},
	"CompetencyUnit":         {"skills": false, "sources": false},
	"Country":                {"frameworks": false, "authorities": false, "arrangements": false, "sources": false},
	"FrameworkLevel":         {"qualifications": false, "sources": false},
	"Occupation":             {"standards": false, "qualifications": false, "arrangements": false, "sources": false},
	"Qualification":          {"occupations": false, "standards": false, "recognisedBy": false, "sources": false},
	"QualificationFramework": {"levels": true, "authorities": false, "sources": false},
	"Skill":                  {"units": false, "occupations": false, "sources": false},
}

// scalarOf returns how field of typeName is read from a property, if it is.
func scalarOf(typeName, field string) (projectedScalar, bool) {
	if s, ok := projectedScalars[typeName][field]; ok {
		return s, true
	}
	if _, known := projectedScalars[typeName]; !known {
		return projectedScalar{}, false
	}
	s, ok := common[field]
	return s, ok
}

// ProjectedTypes are the types whose nodes a projection writes, sorted.
func ProjectedTypes() []string {
	out := make([]string, 0, len(projectedScalars))
	for t := range projectedScalars {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// ProjectedScalarFields are the fields of typ a projection reads from a
// property, in the schema's order.
func ProjectedScalarFields(typ string) []string {
	var out []string
	if def := parsedSchema.Types[typ]; def != nil {
		for _, f := range def.Fields {
			if _, ok := scalarOf(typ, f.Name); ok {
				out = append(out, f.Name)
			}
		}
	}
	return out
}

// ProjectedLinkFields are the fields of typ a projection follows to linked
// nodes, sorted.
func ProjectedLinkFields(typ string) []string {
	var out []string
	for f := range projectedLinks[typ] {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// LinkTarget is the type of the nodes the field of typ reaches.
func LinkTarget(typ, field string) string {
	if def := parsedSchema.Types[typ]; def != nil {
		if f := def.Fields.ForName(field); f != nil {
			return f.Type.Name()
		}
	}
	return ""
}
