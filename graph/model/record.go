// Package model holds the domain types shared by every layer: the generic
// property-graph records the stores keep, and the typed GraphQL node types
// mapped from them.
package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Kinds of node, as GraphQL type names and Neo4j labels.
const (
	KindCountry       = "Country"
	KindAuthority     = "Authority"
	KindFramework     = "QualificationFramework"
	KindLevel         = "FrameworkLevel"
	KindQualification = "Qualification"
	KindStandard      = "CompetencyStandard"
	KindUnit          = "CompetencyUnit"
	KindSkill         = "Skill"
	KindOccupation    = "Occupation"
	KindArrangement   = "Arrangement"
	KindSource        = "Source"
)

// Relationship types, as in DESIGN.md.
const (
	RelOfCountry      = "OF_COUNTRY"
	RelHasLevel       = "HAS_LEVEL"
	RelReferencedTo   = "REFERENCED_TO"
	RelAtLevel        = "AT_LEVEL"
	RelAwardedBy      = "AWARDED_BY"
	RelInCountry      = "IN_COUNTRY"
	RelCertifies      = "CERTIFIES"
	RelQualifiesFor   = "QUALIFIES_FOR"
	RelHasUnit        = "HAS_UNIT"
	RelAssesses       = "ASSESSES"
	RelForOccupation  = "FOR_OCCUPATION"
	RelAlignedTo      = "ALIGNED_TO"
	RelIssuedBy       = "ISSUED_BY"
	RelRequires       = "REQUIRES"
	RelInDemandIn     = "IN_DEMAND_IN"
	RelRestricts      = "RESTRICTS"
	RelParty          = "PARTY"
	RelCovers         = "COVERS"
	RelRecognises     = "RECOGNISES"
	RelAdministeredBy = "ADMINISTERED_BY"
	RelCites          = "CITES"
	RelRunBy          = "RUN_BY"
	RelSupersededBy   = "SUPERSEDED_BY"
)

// Relations lists every relationship type the graph holds.
var Relations = []string{
	RelOfCountry, RelHasLevel, RelReferencedTo, RelAtLevel, RelAwardedBy, RelInCountry,
	RelCertifies, RelQualifiesFor, RelHasUnit, RelAssesses, RelForOccupation, RelAlignedTo,
	RelIssuedBy, RelRequires, RelInDemandIn, RelRestricts, RelParty, RelCovers,
	RelRecognises, RelAdministeredBy, RelCites, RelRunBy, RelSupersededBy,
}

// IsRelation reports whether rel is a relationship type of the graph.
func IsRelation(rel string) bool {
	for _, r := range Relations {
		if r == rel {
			return true
		}
	}
	return false
}

// Kinds lists every node kind with the prefix of its global IDs.
var Kinds = map[string]string{
	"country":       KindCountry,
	"authority":     KindAuthority,
	"framework":     KindFramework,
	"level":         KindLevel,
	"qualification": KindQualification,
	"standard":      KindStandard,
	"unit":          KindUnit,
	"skill":         KindSkill,
	"occupation":    KindOccupation,
	"arrangement":   KindArrangement,
	"source":        KindSource,
}

// KindOf returns the kind a global ID names ("country:PH" -> "Country"), or
// "" when its prefix is not a kind.
func KindOf(id string) string {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	return Kinds[prefix]
}

// Record is one node of the graph as every store keeps it: its global ID,
// its kind, its properties, and the keys of the sources that support it.
// Records handed out by a store are the caller's to read; none may modify them.
type Record struct {
	ID    string
	Kind  string
	Props map[string]any
	// node is the record's API object, made once by Keep.
	node Node
}

// Keep makes the record's API object once, for FromRecord (and As) to
// return to every request instead of making a new one each time. Only for
// a record that is never changed afterwards (the embedded store's): the
// object is shared, and nothing that receives it changes it. A record
// FromRecord refuses keeps none, and FromRecord reports the error as
// before.
func (r *Record) Keep() {
	if n, err := fromRecord(r); err == nil {
		r.node = n
	}
}

// Edge is one relationship of the graph. Props may hold "sources" (a list of
// source IDs) and whatever the relationship type carries (fit, year, rule...).
type Edge struct {
	Type  string
	From  string
	To    string
	Props map[string]any
}

// Link is an edge seen from one of its ends: the edge and the node at the
// other end.
type Link struct {
	Edge Edge
	Node *Record
}

// Direction says which way a relationship is followed from a node.
type Direction int

const (
	// Out follows (node)-[:REL]->(other).
	Out Direction = iota
	// In follows (node)<-[:REL]-(other).
	In
)

func (d Direction) String() string {
	if d == In {
		return "in"
	}
	return "out"
}

// String returns the string property p, or "" when it is absent.
func (r *Record) String(p string) string { return propString(r.Props, p) }

// Int returns the integer property p and whether it is present.
func (r *Record) Int(p string) (int, bool) { return propInt(r.Props, p) }

// Bool returns the boolean property p (false when absent).
func (r *Record) Bool(p string) bool { b, _ := r.Props[p].(bool); return b }

// Strings returns the list-of-strings property p (nil when absent).
func (r *Record) Strings(p string) []string { return propStrings(r.Props, p) }

// String returns the string property p of the edge, or "".
func (e *Edge) String(p string) string { return propString(e.Props, p) }

// Int returns the integer property p of the edge and whether it is present.
func (e *Edge) Int(p string) (int, bool) { return propInt(e.Props, p) }

// Strings returns the list-of-strings property p of the edge.
func (e *Edge) Strings(p string) []string { return propStrings(e.Props, p) }

// Bool returns the boolean property p of the edge (false when absent).
func (e *Edge) Bool(p string) bool { b, _ := e.Props[p].(bool); return b }

func propString(m map[string]any, p string) string {
	s, _ := m[p].(string)
	return s
}

func propInt(m map[string]any, p string) (int, bool) {
	switch v := m[p].(type) {
	case int:
		return v, true
	case int64:
		return int(v), true
	case float64:
		return int(v), true
	}
	return 0, false
}

func propStrings(m map[string]any, p string) []string {
	switch v := m[p].(type) {
	case []string:
		return v
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// NormaliseProps converts property values as a driver returns them ([]any of
// strings, int64) to the forms the memory store keeps ([]string, int64), so
// that records from every store compare equal.
func NormaliseProps(m map[string]any) map[string]any {
	for k, v := range m {
		switch x := v.(type) {
		case []any:
			ss := make([]string, 0, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok {
					ss = nil
					break
				}
				ss = append(ss, s)
			}
			if ss != nil || len(x) == 0 {
				m[k] = ss
				if len(x) == 0 {
					m[k] = []string{}
				}
			}
		case int:
			m[k] = int64(x)
		}
	}
	return m
}

// SortLinks orders links by relationship type, then the other node's ID,
// then the edge's properties, so that every store lists them alike.
func SortLinks(ls []Link) {
	// The order is total up to links that are equal in all they show (type,
	// node, properties), so an unstable sort gives the same list as a stable
	// one, without sort.SliceStable's reflection and merging (a sixth of a
	// large read's CPU on Neo4j).
	slices.SortFunc(ls, func(a, b Link) int {
		if c := cmp.Compare(a.Edge.Type, b.Edge.Type); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Node.ID, b.Node.ID); c != 0 {
			return c
		}
		return cmp.Compare(fmt.Sprint(a.Edge.Props), fmt.Sprint(b.Edge.Props))
	})
}
