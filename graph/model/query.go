package model

import (
	"slices"
	"sort"
	"strings"
)

// Op is how a condition compares a property.
type Op int

const (
	// OpEq: the string property equals Value.
	OpEq Op = iota
	// OpPrefix: the string property starts with Value.
	OpPrefix
	// OpHas: the list property contains Value.
	OpHas
	// OpText: every search term of Value (SearchTerms: its folded words'
	// stems) is a prefix of a token of the record's searchTokens (see
	// TokensMatch).
	OpText
	// OpHasAny: the list property contains one of Values.
	OpHasAny
)

// Cond is one condition of a list query. Prop names a property the dataset
// builder sets; it never comes from user input.
type Cond struct {
	Prop   string
	Op     Op
	Value  string
	Values []string // for OpHasAny
}

// ListQuery asks a store for the records of one kind that meet every
// condition, in ID order, starting after the ID After (exclusive; "" for the
// start), at most Limit of them (Limit < 0: all).
type ListQuery struct {
	Kind  string
	Conds []Cond
	After string
	Limit int
	// Props, when not nil, are the only properties the caller will read
	// of the page's records (see Step.Props); nil: every property.
	Props []string
}

// Matches reports whether r meets every condition of q: the reference
// semantics every store implements.
func (q ListQuery) Matches(r *Record) bool {
	if r.Kind != q.Kind {
		return false
	}
	for _, c := range q.Conds {
		if !c.Matches(r) {
			return false
		}
	}
	return true
}

// Matches reports whether r meets the condition.
func (c Cond) Matches(r *Record) bool {
	switch c.Op {
	case OpEq:
		return r.String(c.Prop) == c.Value
	case OpPrefix:
		s := r.String(c.Prop)
		return len(s) >= len(c.Value) && s[:len(c.Value)] == c.Value
	case OpHas:
		for _, v := range r.Strings(c.Prop) {
			if v == c.Value {
				return true
			}
		}
		return false
	case OpText:
		return TokensMatch(r.Strings(PropSearchTokens), SearchTerms(c.Value))
	case OpHasAny:
		for _, v := range r.Strings(c.Prop) {
			if slices.Contains(c.Values, v) {
				return true
			}
		}
		return false
	}
	return false
}

// Page is one page of a list query: the records and how many match in all.
type Page struct {
	Records []*Record
	Total   int
}

// PathQuery asks for the shortest undirected connections between two nodes.
type PathQuery struct {
	From, To  string
	MaxHops   int      // 1..6
	Relations []string // empty: every relation but CITES
	Limit     int      // at most this many paths
}

// Path is one connection: Nodes[i] and Nodes[i+1] are joined by Edges[i],
// whose From and To keep the relationship's own direction.
type Path struct {
	Nodes []*Record
	Edges []Edge
}

// DataVersion identifies the dataset a store serves, for citation.
type DataVersion struct {
	Version string `json:"version"`
	Date    string `json:"date"`
	Title   string `json:"title,omitempty"`
}

// SortPaths orders paths by their node IDs, then relationship types.
func SortPaths(ps []Path) {
	key := func(p Path) string {
		var b strings.Builder
		for i, n := range p.Nodes {
			b.WriteString(n.ID)
			b.WriteByte('|')
			if i < len(p.Edges) {
				b.WriteString(p.Edges[i].Type)
				b.WriteByte('|')
			}
		}
		return b.String()
	}
	sort.Slice(ps, func(i, j int) bool { return key(ps[i]) < key(ps[j]) })
}

// Step is one step of a traversal plan (see Traverse in neo4jstore and
// recognition's prefetch): follow relationships of type Rel in direction
// Dir from every node reached by the steps listed in From (-1: the roots).
type Step struct {
	From []int
	Rel  string
	Dir  Direction
	// Props, when not nil, are the only properties the caller will read of
	// the records the step reaches (their ID and kind always come): a store
	// may leave the others out, and then the records serve this request
	// alone. nil: every property.
	Props []string
	// Kind, when not "", is the kind of every node the step reaches: a
	// store need not read their labels.
	Kind string
	// BareEdges says the caller reads no property of the relationships
	// (only their type and ends): a store may leave them out.
	BareEdges bool
}

// Traversal is what a store returns for a plan: per step, the IDs it set
// out from (complete: a node with no such relationship is listed with none)
// and the links found, by the ID they set out from; and the roots' records.
type Traversal struct {
	Roots []*Record
	Steps []StepResult
}

// StepResult is one step's share of a Traversal.
type StepResult struct {
	From  []string
	Links map[string][]Link
}
