package dataset

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// An arrangement's authority is a key, or a link with evidence of its own
// (the regulator of the profession, its designation not seen), which the
// validator holds to the rules of any record and the graph keeps on the
// relationship.
func TestAuthorityLinks(t *testing.T) {
	var links []AuthorityLink
	if err := json.Unmarshal([]byte(`["bem", {"authority": "moh-vn", "sources": ["s"], "confidence": "unverified", "note": "n"}]`), &links); err != nil {
		t.Fatal(err)
	}
	if links[0].Own || links[0].Authority != "bem" || !links[1].Own || links[1].Authority != "moh-vn" || links[1].Confidence != "unverified" {
		t.Errorf("links = %+v", links)
	}
	if err := json.Unmarshal([]byte(`[{"authority": "x", "designated": true}]`), &links); err == nil {
		t.Error("an unknown field of a link was accepted")
	}
	// A link is no record that search finds: other names belong on the
	// authority itself.
	if err := json.Unmarshal([]byte(`[{"authority": "x", "sources": ["s"], "confidence": "verified", "altLabels": ["y"]}]`), &links); err == nil {
		t.Error("altLabels on a link were accepted")
	}

	f, err := Read(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	var dental *ArrangementRec
	for i := range f.Arrangements {
		if f.Arrangements[i].Rec.Key == "asean-mra-dental" {
			dental = &f.Arrangements[i].Rec
		}
	}
	if dental == nil {
		t.Fatal("no dental MRA in the seed")
	}
	dental.Authorities = append(dental.Authorities,
		AuthorityLink{Authority: "bem", Own: true, Sourced: Sourced{Sources: []string{"no-such-source"}, Confidence: "verified"}},
		AuthorityLink{Authority: "tesda", Own: true, Sourced: Sourced{Confidence: "sure"}})
	var msgs []string
	for _, p := range Validate(f) {
		msgs = append(msgs, p.Record+": "+p.Reason)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		`asean-mra-dental authority bem: unknown source "no-such-source"`,
		"asean-mra-dental authority tesda: no sources: every fact needs one",
		`asean-mra-dental authority tesda: confidence "sure" is not one of verified, unverified`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("problems lack %q:\n%s", want, all)
		}
	}

	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(g.Edges, func(e model.Edge) bool {
		return e.Type == model.RelAdministeredBy && e.From == "arrangement:asean-mra-dental" && e.To == "authority:moh-vn"
	})
	if i < 0 {
		t.Fatal("no ADMINISTERED_BY from the dental MRA to Viet Nam's health ministry")
	}
	e := g.Edges[i]
	if e.String("confidence") != "unverified" || !e.Bool(model.PropRegulatorOnly) || !strings.Contains(e.String("note"), "designation under this arrangement was not seen") ||
		!slices.Contains(e.Strings("sources"), "source:kcb-vn-nurse-registration") {
		t.Errorf("the link keeps its own evidence: props %v", e.Props)
	}
}
