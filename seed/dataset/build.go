package dataset

import (
	"fmt"
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

	for _, x := range f.Sources {
		r := x.Rec
		props := map[string]any{"key": r.Key, "title": r.Title}
		if r.Publisher != "" {
			props["publisher"] = r.Publisher
		}
		if r.Year != 0 {
			props["year"] = int64(r.Year)
		}
		if r.URL != "" {
			props["url"] = r.URL
		}
		if r.LastChecked != "" {
			props["lastChecked"] = r.LastChecked
		}
		if r.Mirror {
			props["mirror"] = true
		}
		b.node("source:"+r.Key, model.KindSource, r.Title, props, Sourced{Confidence: "verified", Note: r.Note}, r.Publisher)
	}
	for _, x := range f.Countries {
		r := x.Rec
		b.node("country:"+r.Code, model.KindCountry, r.Name,
			map[string]any{"code": r.Code, "name": r.Name, "aseanMember": r.AseanMember}, r.Sourced, r.Code)
	}
	for _, x := range f.Authorities {
		r := x.Rec
		props := map[string]any{"key": r.Key, "name": r.Name}
		if r.Acronym != "" {
			props["acronym"] = r.Acronym
		}
		if r.Role != "" {
			props["role"] = r.Role
		}
		if r.Country != nil {
			props["country"] = *r.Country
			b.edge(model.RelInCountry, "authority:"+r.Key, "country:"+*r.Country, r.Sources, nil)
		}
		b.node("authority:"+r.Key, model.KindAuthority, r.Name, props, r.Sourced, r.Acronym)
	}
	for _, x := range f.Frameworks {
		r := x.Rec
		id := "framework:" + r.Code
		props := map[string]any{"code": r.Code, "name": r.Name, "scope": r.Scope, "levelCount": int64(r.LevelCount)}
		if r.Country != nil {
			props["country"] = *r.Country
			b.edge(model.RelOfCountry, id, "country:"+*r.Country, r.Sources, nil)
		}
		if ref := r.Referencing; ref != nil {
			props["referencingStatus"] = ref.Status
			if ref.Year != 0 {
				props["referencingYear"] = int64(ref.Year)
			}
			if ref.Note != "" {
				props["referencingNote"] = ref.Note
			}
			props["referencingSources"] = sourceIDs(ref.Sources)
		}
		for _, a := range r.Authorities {
			b.edge(model.RelRunBy, id, "authority:"+a, r.Sources, nil)
		}
		b.node(id, model.KindFramework, r.Name, props, r.Sourced, r.Code)
		described := map[int]LevelRec{}
		for _, l := range r.Levels {
			described[l.Level] = l
		}
		for n := 1; n <= r.LevelCount; n++ {
			l := described[n]
			lid := LevelID(fmt.Sprintf("%s:%d", r.Code, n))
			lp := map[string]any{"framework": r.Code, "level": int64(n)}
			if l.Title != "" {
				lp["title"] = l.Title
			}
			if l.Descriptor != "" {
				lp["descriptor"] = l.Descriptor
			}
			if d := l.Descriptors; d != nil {
				lp["knowledgeAndSkills"] = d.KnowledgeAndSkills
				lp["applicationAndResponsibility"] = d.ApplicationAndResponsibility
			}
			s := Sourced{Sources: orSources(l.Sources, r.Sources), Confidence: r.Confidence, Note: l.Note}
			if l.Confidence != "" {
				s.Confidence = l.Confidence
			}
			label := fmt.Sprintf("%s level %d", r.Code, n)
			b.node(lid, model.KindLevel, label, lp, s, l.Title)
			b.edge(model.RelHasLevel, id, lid, r.Sources, nil)
		}
	}
	for _, x := range f.LevelReferences {
		r := x.Rec
		props := map[string]any{"fit": r.Fit, "confidence": r.Confidence}
		if r.Year != 0 {
			props["year"] = int64(r.Year)
		}
		if r.Note != "" {
			props["note"] = r.Note
		}
		b.edge(model.RelReferencedTo, LevelID(r.From), LevelID(r.To), r.Sources, props)
	}
	for _, x := range f.Skills {
		r := x.Rec
		b.node("skill:"+r.Key, model.KindSkill, r.Label, map[string]any{"key": r.Key, "label": r.Label}, r.Sourced)
	}
	for _, x := range f.Occupations {
		r := x.Rec
		id := "occupation:" + r.ISCO
		b.node(id, model.KindOccupation, r.Title, map[string]any{"iscoCode": r.ISCO, "title": r.Title}, r.Sourced, r.ISCO)
		for _, q := range r.Requires {
			b.edge(model.RelRequires, id, "skill:"+q.Skill, r.Sources, map[string]any{"essential": q.Essential})
		}
	}
	for _, x := range f.Standards {
		r := x.Rec
		id := "standard:" + r.Key
		props := map[string]any{"key": r.Key, "title": r.Title, "kind": r.Kind}
		if r.Country != nil {
			props["country"] = *r.Country
		}
		if r.Year != 0 {
			props["year"] = int64(r.Year)
		}
		b.node(id, model.KindStandard, r.Title, props, r.Sourced, r.Key)
		for _, a := range r.IssuedBy {
			b.edge(model.RelIssuedBy, id, "authority:"+a, r.Sources, nil)
		}
		for _, o := range r.Occupations {
			b.edge(model.RelForOccupation, id, "occupation:"+o, r.Sources, nil)
		}
		for _, a := range r.AlignedTo {
			b.edge(model.RelAlignedTo, id, "standard:"+a, r.Sources, nil)
		}
		for _, u := range r.Units {
			uid := "unit:" + r.Key + ":" + u.Code
			s := Sourced{Sources: orSources(u.Sources, r.Sources), Confidence: r.Confidence, Note: u.Note}
			if u.Confidence != "" {
				s.Confidence = u.Confidence
			}
			b.node(uid, model.KindUnit, u.Title, map[string]any{"code": u.Code, "title": u.Title, "standard": r.Key}, s, u.Code)
			b.edge(model.RelHasUnit, id, uid, r.Sources, nil)
			for _, sk := range u.Skills {
				b.edge(model.RelAssesses, uid, "skill:"+sk, s.Sources, nil)
			}
		}
	}
	for _, x := range f.Qualifications {
		r := x.Rec
		id := "qualification:" + r.Key
		props := map[string]any{"key": r.Key, "title": r.Title}
		if r.Country != nil {
			props["country"] = *r.Country
		}
		if r.Level != nil {
			props["level"] = LevelID(*r.Level)
			b.edge(model.RelAtLevel, id, LevelID(*r.Level), r.Sources, nil)
		}
		if r.AwardedBy != nil {
			b.edge(model.RelAwardedBy, id, "authority:"+*r.AwardedBy, r.Sources, nil)
		}
		for _, s := range r.Standards {
			b.edge(model.RelCertifies, id, "standard:"+s, r.Sources, nil)
		}
		for _, o := range r.Occupations {
			b.edge(model.RelQualifiesFor, id, "occupation:"+o, r.Sources, nil)
		}
		b.node(id, model.KindQualification, r.Title, props, r.Sourced, r.Key)
	}
	for _, x := range f.InDemand {
		r := x.Rec
		props := map[string]any{"list": r.List, "confidence": r.Confidence}
		if r.Year != 0 {
			props["year"] = int64(r.Year)
		}
		b.edge(model.RelInDemandIn, "occupation:"+r.Occupation, "country:"+r.Country, r.Sources, props)
	}
	for _, x := range f.Restrictions {
		r := x.Rec
		props := map[string]any{"rule": r.Rule, "description": r.Description, "confidence": r.Confidence}
		if r.Since != "" {
			props["since"] = r.Since
		}
		b.edge(model.RelRestricts, "country:"+r.Country, "occupation:"+r.Occupation, r.Sources, props)
	}
	for _, x := range f.Arrangements {
		r := x.Rec
		id := "arrangement:" + r.Key
		props := map[string]any{
			"key": r.Key, "title": r.Title, "type": r.Type,
			"conditions": nonNil(r.Conditions), "approaches": nonNil(r.Approaches),
			"grantsRecognition": len(r.Approaches) > 0 && (r.GrantsRecognition == nil || *r.GrantsRecognition),
		}
		props["lifecycle"], props["yields"] = r.Lifecycle, r.Yields
		for k, v := range map[string]string{
			"signedOn": r.SignedOn, "signedAt": r.SignedAt, "status": r.Status, "summary": r.Summary,
			"startedOn": r.StartedOn, "inForceFrom": r.InForceFrom, "endedOn": r.EndedOn, "hostDecides": r.HostDecides,
		} {
			if v != "" {
				props[k] = v
			}
		}
		b.node(id, model.KindArrangement, r.Title, props, r.Sourced, r.Key)
		for _, p := range r.Parties {
			b.edge(model.RelParty, id, "country:"+p, r.Sources, nil)
		}
		for _, o := range r.Occupations {
			b.edge(model.RelCovers, id, "occupation:"+o, r.Sources, nil)
		}
		for _, t := range r.Recognises {
			b.edge(model.RelRecognises, id, t, r.Sources, nil)
		}
		for _, a := range r.Authorities {
			b.edge(model.RelAdministeredBy, id, "authority:"+a, r.Sources, nil)
		}
		if r.SupersededBy != "" {
			b.edge(model.RelSupersededBy, id, "arrangement:"+r.SupersededBy, r.Sources, nil)
		}
	}
	b.derive()
	return b.graph(f.Meta)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
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
