package dataset

import (
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

type builder struct {
	nodes map[string]*model.Record
	edges []model.Edge
}

func (b *builder) node(id, kind, label string, props map[string]any, s Sourced, extraText ...string) *model.Record {
	props["confidence"] = s.Confidence
	if s.Note != "" {
		props["note"] = s.Note
	}
	props[model.PropLabel] = label
	if len(s.AltLabels) > 0 {
		props["altLabels"] = s.AltLabels
	}
	text := append(append([]string{label}, extraText...), s.AltLabels...)
	props[model.PropSearchTokens] = model.Tokens(strings.Join(text, " "))
	r := &model.Record{ID: id, Kind: kind, Props: props}
	b.nodes[id] = r
	for _, src := range s.Sources {
		b.edge(model.RelCites, id, "source:"+src, nil, nil)
	}
	return r
}

func (b *builder) edge(typ, from, to string, sources []string, props map[string]any) {
	if props == nil {
		props = map[string]any{}
	}
	if sources != nil {
		props["sources"] = sourceIDs(sources)
	}
	b.edges = append(b.edges, model.Edge{Type: typ, From: from, To: to, Props: props})
}

func sourceIDs(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = "source:" + k
	}
	return out
}

func orSources(own, inherited []string) []string {
	if len(own) > 0 {
		return own
	}
	return inherited
}

// LevelID returns the global ID of a level given as "PQF:4".
func LevelID(l string) string { return "level:" + l }

// Build turns validated seed files into the graph. Call it only on files
// Validate accepted.
func Build(f *Files) *model.Graph {
	b := &builder{nodes: map[string]*model.Record{}}
	eachRec(f.Sources, b.source)
	eachRec(f.Countries, b.country)
	eachRec(f.Authorities, b.authority)
	eachRec(f.Frameworks, b.framework)
	eachRec(f.LevelReferences, b.levelReference)
	eachRec(f.Skills, b.skill)
	eachRec(f.Occupations, b.occupation)
	eachRec(f.Standards, b.standard)
	eachRec(f.Qualifications, b.qualification)
	eachRec(f.InDemand, b.inDemand)
	eachRec(f.Restrictions, b.restriction)
	eachRec(f.Arrangements, b.arrangement)
	b.derive()
	return b.graph(f.Meta)
}

// eachRec adds every record of one kind.
func eachRec[T any](recs []Located[T], add func(T)) {
	for _, x := range recs {
		add(x.Rec)
	}
}

// derive computes the filter properties from the edges.
func (b *builder) derive() {
	add := func(id, prop, v string) {
		r := b.nodes[id]
		if r == nil || v == "" {
			return
		}
		cur, _ := r.Props[prop].([]string)
		for _, c := range cur {
			if c == v {
				return
			}
		}
		r.Props[prop] = append(cur, v)
	}
	for _, r := range b.nodes {
		switch r.Kind {
		case model.KindQualification, model.KindStandard, model.KindOccupation, model.KindArrangement:
			for _, p := range []string{model.PropCountries, model.PropFrameworks, model.PropLevels, model.PropOccupations} {
				r.Props[p] = []string{}
			}
		}
		switch r.Kind {
		case model.KindQualification, model.KindStandard:
			add(r.ID, model.PropCountries, r.String("country"))
		}
	}
	for _, e := range b.edges {
		switch e.Type {
		case model.RelAtLevel:
			lvl := b.nodes[e.To]
			add(e.From, model.PropLevels, e.To)
			add(e.From, model.PropFrameworks, lvl.String("framework"))
		case model.RelQualifiesFor, model.RelForOccupation, model.RelCovers:
			add(e.From, model.PropOccupations, e.To)
		case model.RelParty:
			add(e.From, model.PropCountries, strings.TrimPrefix(e.To, "country:"))
		}
	}
	// An occupation is found under a country, framework or level where a
	// qualification or standard for it is.
	for _, e := range b.edges {
		if e.Type != model.RelQualifiesFor && e.Type != model.RelForOccupation {
			continue
		}
		from := b.nodes[e.From]
		for _, p := range []string{model.PropCountries, model.PropFrameworks, model.PropLevels} {
			for _, v := range from.Strings(p) {
				add(e.To, p, v)
			}
		}
	}
	for _, r := range b.nodes {
		for _, p := range []string{model.PropCountries, model.PropFrameworks, model.PropLevels, model.PropOccupations} {
			if v, ok := r.Props[p].([]string); ok {
				sort.Strings(v)
			}
		}
	}
}

func (b *builder) graph(meta Meta) *model.Graph {
	g := &model.Graph{Meta: meta, Edges: b.edges}
	for _, r := range b.nodes {
		g.Nodes = append(g.Nodes, r)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.SliceStable(g.Edges, func(i, j int) bool {
		a, c := g.Edges[i], g.Edges[j]
		if a.Type != c.Type {
			return a.Type < c.Type
		}
		if a.From != c.From {
			return a.From < c.From
		}
		return a.To < c.To
	})
	return g
}
