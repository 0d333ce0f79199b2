package dataset

import (
	"fmt"
	"slices"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// How each kind of record becomes nodes and relationships: one function per
// kind, called by Build in an order where what a record points to exists.

func (b *builder) source(r SourceRec) {
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

func (b *builder) country(r CountryRec) {
	b.node("country:"+r.Code, model.KindCountry, r.Name,
		map[string]any{"code": r.Code, "name": r.Name, "aseanMember": r.AseanMember}, r.Sourced, r.Code)
}

func (b *builder) authority(r AuthorityRec) {
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

func (b *builder) framework(r FrameworkRec) {
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

func (b *builder) levelReference(r LevelReferenceRec) {
	props := map[string]any{"confidence": r.Confidence}
	if r.Fit != "" {
		props["fit"] = r.Fit
	}
	if r.Year != 0 {
		props["year"] = int64(r.Year)
	}
	if r.Note != "" {
		props["note"] = r.Note
	}
	b.edge(model.RelReferencedTo, LevelID(r.From), LevelID(r.To), r.Sources, props)
}

func (b *builder) skill(r SkillRec) {
	b.node("skill:"+r.Key, model.KindSkill, r.Label, map[string]any{"key": r.Key, "label": r.Label}, r.Sourced)
}

func (b *builder) occupation(r OccupationRec) {
	id := "occupation:" + r.ISCO
	b.node(id, model.KindOccupation, r.Title, map[string]any{"iscoCode": r.ISCO, "title": r.Title}, r.Sourced, r.ISCO)
	for _, q := range r.Requires {
		b.edge(model.RelRequires, id, "skill:"+q.Skill, r.Sources, map[string]any{"essential": q.Essential})
	}
}

func (b *builder) standard(r StandardRec) {
	id := "standard:" + r.Key
	props := map[string]any{"key": r.Key, "title": r.Title, "kind": r.Kind}
	if r.Country != nil {
		props["country"] = *r.Country
	}
	if r.Year != 0 {
		props["year"] = int64(r.Year)
	}
	props["unitsLoaded"] = string(model.UnitsLoadedNone)
	if len(r.Units) > 0 {
		props["unitsLoaded"] = r.UnitsLoaded
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
		props := map[string]any{"code": u.Code, "title": u.Title, "standard": r.Key}
		if u.Elective {
			props["elective"] = true
		}
		b.node(uid, model.KindUnit, u.Title, props, s, u.Code)
		b.edge(model.RelHasUnit, id, uid, r.Sources, nil)
		for _, sk := range u.Skills {
			b.edge(model.RelAssesses, uid, "skill:"+sk, s.Sources, nil)
		}
	}
}

func (b *builder) qualification(r QualificationRec) {
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

func (b *builder) inDemand(r InDemandRec) {
	props := map[string]any{"list": r.List, "confidence": r.Confidence}
	if r.Year != 0 {
		props["year"] = int64(r.Year)
	}
	if r.Note != "" {
		props["note"] = r.Note
	}
	b.edge(model.RelInDemandIn, "occupation:"+r.Occupation, "country:"+r.Country, r.Sources, props)
}

func (b *builder) restriction(r RestrictionRec) {
	props := map[string]any{"rule": r.Rule, "description": r.Description, "confidence": r.Confidence}
	if r.Since != "" {
		props["since"] = r.Since
	}
	if r.Until != "" {
		props["until"] = r.Until
	}
	if r.Note != "" {
		props["note"] = r.Note
	}
	b.edge(model.RelRestricts, "country:"+r.Country, "occupation:"+r.Occupation, r.Sources, props)
}

func (b *builder) arrangement(r ArrangementRec) {
	id := "arrangement:" + r.Key
	props := map[string]any{
		"key": r.Key, "title": r.Title, "type": r.Type,
		"conditions": model.NonNil(r.Conditions), "approaches": model.NonNil(r.Approaches),
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
		var props map[string]any
		if slices.Contains(r.Receiving, p) {
			props = map[string]any{"receivesWorkers": true}
		}
		b.edge(model.RelParty, id, "country:"+p, r.Sources, props)
	}
	for _, o := range r.Occupations {
		b.edge(model.RelCovers, id, "occupation:"+o, r.Sources, nil)
	}
	for _, t := range r.Recognises {
		b.edge(model.RelRecognises, id, t, r.Sources, nil)
	}
	for _, a := range r.Authorities {
		if !a.Own {
			b.edge(model.RelAdministeredBy, id, "authority:"+a.Authority, r.Sources, nil)
			continue
		}
		props := map[string]any{"confidence": a.Confidence, model.PropRegulatorOnly: true}
		if a.Note != "" {
			props["note"] = a.Note
		}
		b.edge(model.RelAdministeredBy, id, "authority:"+a.Authority, a.Sources, props)
	}
	if r.SupersededBy != "" {
		b.edge(model.RelSupersededBy, id, "arrangement:"+r.SupersededBy, r.Sources, nil)
	}
}
