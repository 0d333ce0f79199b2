package graph

import (
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// This file compiles a root field's selection into a traversal plan: the
// relationships its nested fields will follow, so that a store for which
// every call is a round trip can read them all in one call before the
// resolvers run (see prefetch.go).

// hop is the relationship a field's resolver follows from its object.
type hop struct {
	Rel string
	Dir model.Direction
}

// hops maps each object field to the relationship its resolver follows:
// the nodes at the other end are the field's value (or, for a row type such
// as InDemandListing, what its rows are made of). A field whose resolver
// looks a node up by a property (Qualification.level by its level ID) is
// listed with the relationship that links the same node; TestPlanTable
// holds every entry to what the resolvers ask of the store, on the seed.
var hops = map[string]map[string]hop{
	"Arrangement": {
		"parties":        {model.RelParty, model.Out},
		"occupations":    {model.RelCovers, model.Out},
		"recognises":     {model.RelRecognises, model.Out},
		"authorities":    {model.RelAdministeredBy, model.Out},
		"authorityLinks": {model.RelAdministeredBy, model.Out},
		"sources":        {model.RelCites, model.Out},
		"supersededBy":   {model.RelSupersededBy, model.Out},
	},
	"Authority": {
		"country": {model.RelInCountry, model.Out},
		"sources": {model.RelCites, model.Out},
	},
	"CompetencyStandard": {
		"issuedBy":       {model.RelIssuedBy, model.Out},
		"units":          {model.RelHasUnit, model.Out},
		"occupations":    {model.RelForOccupation, model.Out},
		"alignedTo":      {model.RelAlignedTo, model.Out},
		"alignedFrom":    {model.RelAlignedTo, model.In},
		"qualifications": {model.RelCertifies, model.In},
		"recognisedBy":   {model.RelRecognises, model.In},
		"sources":        {model.RelCites, model.Out},
	},
	"CompetencyUnit": {
		"standard": {model.RelHasUnit, model.In},
		"skills":   {model.RelAssesses, model.Out},
		"sources":  {model.RelCites, model.Out},
	},
	"Country": {
		"frameworks":   {model.RelOfCountry, model.In},
		"authorities":  {model.RelInCountry, model.In},
		"arrangements": {model.RelParty, model.In},
		"inDemand":     {model.RelInDemandIn, model.In},
		"restrictions": {model.RelRestricts, model.Out},
		// the coverage of a country's lists is worked out from the same links
		"inDemandCoverage":     {model.RelInDemandIn, model.In},
		"restrictionsCoverage": {model.RelRestricts, model.Out},
		"sources":              {model.RelCites, model.Out},
	},
	"FrameworkLevel": {
		"framework":      {model.RelHasLevel, model.In},
		"referencedTo":   {model.RelReferencedTo, model.Out},
		"referencedFrom": {model.RelReferencedTo, model.In},
		"qualifications": {model.RelAtLevel, model.In},
		"sources":        {model.RelCites, model.Out},
	},
	"Occupation": {
		"standards":      {model.RelForOccupation, model.In},
		"qualifications": {model.RelQualifiesFor, model.In},
		"arrangements":   {model.RelCovers, model.In},
		"requiredSkills": {model.RelRequires, model.Out},
		"inDemandIn":     {model.RelInDemandIn, model.Out},
		"restrictions":   {model.RelRestricts, model.In},
		"sources":        {model.RelCites, model.Out},
	},
	"Qualification": {
		"level":        {model.RelAtLevel, model.Out},
		"awardedBy":    {model.RelAwardedBy, model.Out},
		"occupations":  {model.RelQualifiesFor, model.Out},
		"standards":    {model.RelCertifies, model.Out},
		"recognisedBy": {model.RelRecognises, model.In},
		"sources":      {model.RelCites, model.Out},
	},
	"QualificationFramework": {
		"country":     {model.RelOfCountry, model.Out},
		"levels":      {model.RelHasLevel, model.Out},
		"authorities": {model.RelRunBy, model.Out},
		"sources":     {model.RelCites, model.Out},
	},
	"Skill": {
		"units":       {model.RelAssesses, model.In},
		"occupations": {model.RelRequires, model.In},
		"sources":     {model.RelCites, model.Out},
	},
}

// rowHops maps the fields whose values are rows made of one link each (an
// occupation's listing in a country) to the row fields that hold the node
// at the link's far end and the object the field is on (near).
var rowHops = map[string]map[string]rowFields{
	"Country": {
		"inDemand":     {far: "occupation", near: "country"},
		"restrictions": {far: "occupation", near: "country"},
	},
	"Occupation": {
		"requiredSkills": {far: "skill"},
		"inDemandIn":     {far: "country", near: "occupation"},
		"restrictions":   {far: "country", near: "occupation"},
	},
	"FrameworkLevel": {
		"referencedTo":   {far: "level"},
		"referencedFrom": {far: "level"},
	},
}

type rowFields struct{ far, near string }

// edgeRels are the relationships whose properties a resolver reads: the
// rows made of an edge (rowHops), the coverage of a country's lists, the
// references a level filter went through. The links of any other
// relationship are read for the node at their far end alone.
var edgeRels = map[string]bool{
	model.RelInDemandIn:     true,
	model.RelRestricts:      true,
	model.RelRequires:       true,
	model.RelReferencedTo:   true,
	model.RelAdministeredBy: true,
}

// rowAt is a row type being walked: its fields and the steps that reached
// the nodes they hold.
type rowAt struct {
	rowFields
	farStep, nearStep int
}

// MaxPlanSteps bounds a plan: fields beyond it are read by the loaders as
// they are resolved.
const MaxPlanSteps = 48

// compilePlan returns the plan that reads what the selection sels, of a
// field of type typeName, will ask of the store below its roots. Each
// step names the properties props gives for the kinds of node it reaches
// (every property when props is nil).
func compilePlan(op *graphql.OperationContext, typeName string, sels ast.SelectionSet, props func(kind string) []string) []model.Step {
	c := &compiler{op: op, index: map[stepKey]int{}}
	c.walk(typeName, sels, -1, nil)
	for i := range c.plan {
		c.plan[i].Props = c.stepProps(i, props)
		if def := parsedSchema.Types[c.reaches[i]]; def != nil && def.Kind == ast.Object && props != nil && props(def.Name) != nil {
			c.plan[i].Kind = def.Name // one object type that is a kind of node
		}
	}
	return c.plan
}

// stepProps returns the properties of the kinds step i reaches, or nil
// (every property) when props is nil or a type it reaches is no kind of
// node (a row type: its nodes are read whole).
func (c *compiler) stepProps(i int, props func(kind string) []string) []string {
	def := parsedSchema.Types[c.reaches[i]]
	if props == nil || def == nil {
		return nil
	}
	out := []string{}
	for _, t := range concrete(def) {
		p := props(t.Name)
		if p == nil {
			return nil
		}
		out = union(out, p)
	}
	return out
}

// union returns a with the strings of b it lacks, sorted.
func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

type stepKey struct {
	from int
	hop  hop
}

type compiler struct {
	op      *graphql.OperationContext
	plan    []model.Step
	reaches []string // by step: the type of the nodes it reaches
	index   map[stepKey]int
}

// walk adds the steps of the selection sels on type typeName, whose nodes
// are those reached by step from (-1: the roots; -2: beyond the plan); row
// is set when typeName is a row type.
func (c *compiler) walk(typeName string, sels ast.SelectionSet, from int, row *rowAt) {
	def := parsedSchema.Types[typeName]
	if def == nil || len(sels) == 0 || from == -2 {
		return
	}
	for _, t := range concrete(def) {
		for _, f := range graphql.CollectFields(c.op, sels, satisfies(t)) {
			if f.Definition != nil {
				c.field(t.Name, f, from, row)
			}
		}
	}
}

// field adds the steps of one field f of an object of type typeName.
func (c *compiler) field(typeName string, f graphql.CollectedField, from int, row *rowAt) {
	next := f.Definition.Type.Name()
	if row != nil {
		switch f.Name {
		case row.far:
			c.walk(next, f.Selections, row.farStep, nil)
		case row.near:
			c.walk(next, f.Selections, row.nearStep, nil)
		}
		return
	}
	if passesThrough(typeName, f.Name) {
		c.walk(next, f.Selections, from, nil)
		return
	}
	h, ok := hops[typeName][f.Name]
	if !ok {
		return
	}
	to := c.step(from, h, next)
	if r, ok := rowHops[typeName][f.Name]; ok {
		c.walk(next, f.Selections, to, &rowAt{r, to, from})
		return
	}
	c.walk(next, f.Selections, to, nil)
}

// step returns the index of the step following h from step from, adding it
// unless the plan is full (then -2: nothing follows on from it).
func (c *compiler) step(from int, h hop, reaches string) int {
	if from == -2 {
		return -2
	}
	k := stepKey{from, h}
	if i, ok := c.index[k]; ok {
		return i
	}
	if len(c.plan) >= MaxPlanSteps {
		return -2
	}
	c.plan = append(c.plan, model.Step{From: []int{from}, Rel: h.Rel, Dir: h.Dir, BareEdges: !edgeRels[h.Rel]})
	c.reaches = append(c.reaches, reaches)
	c.index[k] = len(c.plan) - 1
	return len(c.plan) - 1
}

// passesThrough says whether a field of a connection or edge type carries
// the same nodes as its object: a connection's edges, an edge's node.
func passesThrough(typeName, field string) bool {
	return strings.HasSuffix(typeName, "Connection") && field == "edges" ||
		strings.HasSuffix(typeName, "Edge") && field == "node"
}

// concrete returns the object types a value of type def may have.
func concrete(def *ast.Definition) []*ast.Definition {
	if def.Kind == ast.Object {
		return []*ast.Definition{def}
	}
	return parsedSchema.GetPossibleTypes(def)
}

// satisfies lists the type conditions an object of type t meets.
func satisfies(t *ast.Definition) []string {
	return append([]string{t.Name}, t.Interfaces...)
}
