package export

import (
	"bufio"
	"encoding/json"
	"io"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Namespaces of the JSON-LD document. Our own terms live under vocab; a
// node's IRI is idBase and its global ID: urn:skillsgraph:country:PH.
const (
	vocab  = "urn:skillsgraph:vocab:"
	idBase = "urn:skillsgraph:"
)

// typeTerms maps each kind to a class of SKOS, schema.org or the Credential
// Transparency Description Language (ceterms, ceasn), where one fits; the
// others stay in our vocabulary.
var typeTerms = map[string]string{
	model.KindCountry:       "schema:Country",
	model.KindAuthority:     "ceterms:CredentialOrganization",
	model.KindFramework:     "skos:ConceptScheme",
	model.KindLevel:         "skos:Concept",
	model.KindQualification: "ceterms:Credential",
	model.KindStandard:      "ceasn:CompetencyFramework",
	model.KindUnit:          "ceasn:Competency",
	model.KindSkill:         "skos:Concept",
	model.KindOccupation:    "schema:Occupation",
	model.KindArrangement:   vocab + "Arrangement",
	model.KindSource:        "schema:CreativeWork",
}

// relTerms maps relationship types to properties where one fits.
var relTerms = map[string]string{
	model.RelHasLevel:     "skos:hasTopConcept",
	model.RelReferencedTo: "skos:closeMatch",
	model.RelAlignedTo:    "ceasn:alignTo",
	model.RelAwardedBy:    "ceterms:ownedBy",
	model.RelQualifiesFor: "ceterms:occupationType",
	model.RelHasUnit:      "schema:hasPart",
	model.RelRequires:     "schema:skills",
	model.RelCites:        "schema:citation",
}

// propTerms maps node properties to properties where one fits.
var propTerms = map[string]string{
	"label":       "schema:name",
	"title":       "schema:name",
	"name":        "schema:name",
	"url":         "schema:url",
	"description": "schema:description",
	"note":        "schema:comment",
}

// statementTerms describe each relationship as an rdf:Statement, so that
// its properties (year, fit, sources) travel with it.
var statementTerms = map[string]any{
	"Statement": "rdf:Statement",
	"subject":   map[string]string{"@id": "rdf:subject", "@type": "@id"},
	"predicate": map[string]string{"@id": "rdf:predicate", "@type": "@vocab"},
	"object":    map[string]string{"@id": "rdf:object", "@type": "@id"},
}

// Context returns the JSON-LD context for s: every type, relationship and
// property s uses is defined in it.
func Context(s *Snapshot) map[string]any {
	ctx := map[string]any{
		"@version": 1.1,
		"skos":     "http://www.w3.org/2004/02/skos/core#",
		"schema":   "https://schema.org/",
		"ceterms":  "https://purl.org/ctdl/terms/",
		"ceasn":    "https://purl.org/ctdlasn/terms/",
		"rdf":      "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
		"xsd":      "http://www.w3.org/2001/XMLSchema#",
		"sg":       vocab,
		"kind":     "sg:kind",
	}
	for k, v := range statementTerms {
		ctx[k] = v
	}
	for _, n := range s.Nodes {
		ctx[n.Kind] = termOr(typeTerms, n.Kind, "sg:"+n.Kind)
		for k := range n.Props {
			if !internal(k) {
				ctx[k] = termOr(propTerms, k, "sg:"+k)
			}
		}
	}
	for _, e := range s.Edges {
		ctx[e.Type] = map[string]string{"@id": termOr(relTerms, e.Type, "sg:"+e.Type), "@type": "@id"}
		for k := range e.Props {
			if !internal(k) {
				ctx[k] = termOr(propTerms, k, "sg:"+k)
			}
		}
	}
	ctx["sources"] = map[string]string{"@id": "sg:sources", "@type": "@id"}
	for _, k := range []string{"dataVersion", "dataDate", "dataTitle", "export"} {
		ctx[k] = "sg:" + k
	}
	return ctx
}

// IRI is the IRI of the node with global ID id in the JSON-LD export.
func IRI(id string) string { return idBase + id }

func termOr(m map[string]string, k, def string) string {
	if v, ok := m[k]; ok {
		return v
	}
	return def
}

// WriteJSONLD writes s as one JSON-LD document, streamed: the context, the
// dataset version, then a @graph of every node (typed by its kind, its
// outgoing relationships as links) followed by every relationship as an
// rdf:Statement with its properties.
func WriteJSONLD(w io.Writer, s *Snapshot) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	head, err := json.Marshal(map[string]any{
		"@context":    Context(s),
		"dataVersion": s.Version.Version,
		"dataDate":    s.Version.Date,
		"dataTitle":   s.Version.Title,
		"export":      s.Title,
	})
	if err != nil {
		return err
	}
	bw.Write(head[:len(head)-1]) // the object stays open for @graph
	bw.WriteString(",\n\"@graph\": [\n")
	out := outgoing(s.Edges)
	first := true
	item := func(v any) error {
		if !first {
			bw.WriteString(",")
		}
		first = false
		return enc.Encode(v)
	}
	for _, n := range s.Nodes {
		obj := map[string]any{"@id": IRI(n.ID), "@type": n.Kind, "kind": n.Kind}
		for k, v := range n.Props {
			if !internal(k) {
				obj[k] = v
			}
		}
		for _, e := range out[n.ID] {
			links, _ := obj[e.Type].([]string)
			obj[e.Type] = append(links, IRI(e.To))
		}
		if err := item(obj); err != nil {
			return err
		}
	}
	for _, e := range s.Edges {
		obj := map[string]any{"@type": "Statement", "subject": IRI(e.From), "predicate": e.Type, "object": IRI(e.To)}
		for k, v := range e.Props {
			if !internal(k) {
				obj[k] = v
			}
		}
		if ids, ok := obj["sources"].([]string); ok {
			iris := make([]string, len(ids))
			for i, id := range ids {
				iris[i] = IRI(id)
			}
			obj["sources"] = iris
		}
		if err := item(obj); err != nil {
			return err
		}
	}
	bw.WriteString("]}\n")
	return bw.Flush()
}

func outgoing(edges []model.Edge) map[string][]model.Edge {
	out := map[string][]model.Edge{}
	for _, e := range edges {
		out[e.From] = append(out[e.From], e)
	}
	for _, es := range out {
		sort.SliceStable(es, func(i, j int) bool { return es[i].To < es[j].To })
	}
	return out
}
