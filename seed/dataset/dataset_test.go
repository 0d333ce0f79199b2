package dataset

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedSeedIsValid(t *testing.T) {
	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if g.Meta.Version == "" || len(g.Nodes) < 400 || len(g.Edges) < 1000 {
		t.Fatalf("seed %q: %d nodes, %d edges; want a version and the whole knowledge base", g.Meta.Version, len(g.Nodes), len(g.Edges))
	}
	seen := map[string]bool{}
	for _, n := range g.Nodes {
		if seen[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		seen[n.ID] = true
	}
	for _, e := range g.Edges {
		if !seen[e.From] || !seen[e.To] {
			t.Errorf("%s edge %s -> %s dangles", e.Type, e.From, e.To)
		}
	}
}

func TestEveryFactHasASource(t *testing.T) {
	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	cites := map[string]int{}
	for _, e := range g.Edges {
		if e.Type == "CITES" {
			cites[e.From]++
		} else if len(e.Strings("sources")) == 0 {
			t.Errorf("%s %s -> %s has no sources", e.Type, e.From, e.To)
		}
	}
	for _, n := range g.Nodes {
		if n.Kind != "Source" && cites[n.ID] == 0 {
			t.Errorf("%s cites no source", n.ID)
		}
	}
}

// A seed with problems of every kind is refused whole, each problem named
// with its file and record.
func TestValidatorNamesEveryProblem(t *testing.T) {
	fsys := fstest.MapFS{
		"dataset.json": {Data: []byte(`{"version": "t", "date": "2026-01-01"}`)},
		"sources.json": {Data: []byte(`[{"key": "s", "title": "S", "year": 2020}]`)},
		"countries.json": {Data: []byte(`[{"code": "PH", "name": "Philippines", "aseanMember": true, "sources": ["s"], "confidence": "verified"},
			{"code": "PH", "name": "Again", "aseanMember": true, "sources": ["s"], "confidence": "verified"},
			{"code": "XX", "name": "Nowhere", "aseanMember": false, "sources": [], "confidence": "maybe"}]`)},
		"frameworks.json": {Data: []byte(`[{"code": "PQF", "name": "P", "scope": "NATIONAL", "country": "PH", "levelCount": 8,
			"levels": [{"level": 9}], "sources": ["s"], "confidence": "verified"}]`)},
		"levelReferences.json": {Data: []byte(`[{"from": "PQF:4", "to": "AQRF:4", "fit": "close", "sources": ["nope"], "confidence": "verified"}]`)},
		"occupations.json":     {Data: []byte(`[{"isco": "222", "title": "Nurses", "sources": ["s"], "confidence": "verified"}]`)},
		"arrangements.json": {Data: []byte(`[{"key": "a", "title": "A", "type": "MRA", "parties": ["PH", "ZZ"], "occupations": ["2221"],
			"approaches": ["TELEPATHY"], "sources": ["s"], "confidence": "verified"}]`)},
		"standards.json": {Data: []byte(`[{"key": "whole", "title": "W", "kind": "NATIONAL", "units": [{"code": "U1", "title": "U"}],
			"sources": ["s"], "confidence": "verified"},
			{"key": "most", "title": "M", "kind": "NATIONAL", "units": [{"code": "U1", "title": "U"}], "unitsLoaded": "MOST",
			"sources": ["s"], "confidence": "verified"},
			{"key": "empty", "title": "E", "kind": "NATIONAL", "unitsLoaded": "ALL", "sources": ["s"], "confidence": "verified"}]`)},
		"restrictions.json": {Data: []byte(`[{"country": "PH", "occupation": "222", "rule": "RESERVED_FOR_NATIONALS", "since": "2019",
			"until": "5 October 2019", "description": "D", "sources": ["s"], "confidence": "verified"},
			{"country": "PH", "occupation": "222", "rule": "LICENCE_REQUIRED", "since": "2020-03", "until": "2019-10-05",
			"description": "D", "sources": ["s"], "confidence": "verified"}]`)},
	}
	_, err := Load(fsys)
	var inv *Invalid
	if !errors.As(err, &inv) {
		t.Fatalf("Load = %v, want *Invalid", err)
	}
	msg := err.Error()
	for _, want := range []string{
		"countries.json: PH: duplicate country",
		"countries.json: XX: not an ISO 3166-1 alpha-2 code",
		"countries.json: XX: no sources",
		`countries.json: XX: confidence "maybe"`,
		"frameworks.json: PQF level 9: level outside the framework's range 1..8",
		`levelReferences.json: PQF:4 -> AQRF:4: framework "AQRF" of level "AQRF:4" does not exist`,
		`levelReferences.json: PQF:4 -> AQRF:4: fit "close" is not one of`,
		`levelReferences.json: PQF:4 -> AQRF:4: unknown source "nope"`,
		"occupations.json: 222: ISCO-08 unit group codes have four digits",
		`arrangements.json: a: party "ZZ" does not exist`,
		`arrangements.json: a: occupation "2221" does not exist`,
		`arrangements.json: a: approach "TELEPATHY" is not one of`,
		"standards.json: whole: a standard with units says how many of its units they are: unitsLoaded ALL, SOME or LEVEL",
		`standards.json: most: unitsLoaded "MOST" is not one of`,
		"standards.json: empty: unitsLoaded without units",
		"restrictions.json: PH restricts 222: until 5 October 2019 is not a year or an ISO date",
		"restrictions.json: PH restricts 222: the rule ends (2019-10-05) before it begins (2020-03)",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("problems do not include %q:\n%s", want, msg)
		}
	}
}

func TestUnknownFieldsAndBadJSONAreRefused(t *testing.T) {
	fsys := fstest.MapFS{
		"dataset.json":   {Data: []byte(`{"version": "t", "date": "2026-01-01"}`)},
		"countries.json": {Data: []byte(`[{"code": "PH", "nmae": "typo"}]`)},
		"skills.json":    {Data: []byte(`[{"key": "a",`)},
		"notes.json":     {Data: []byte(`[]`)},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted unknown fields and broken JSON")
	}
	for _, want := range []string{`countries.json: json: unknown field "nmae"`, "skills.json:", "notes.json: unknown kind of file"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %q:\n%v", want, err)
		}
	}
}

func TestScaleKeepsTheBackboneAndMultipliesTheRest(t *testing.T) {
	g, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	s := Scale(g, 3)
	ids := map[string]bool{}
	for _, n := range s.Nodes {
		if ids[n.ID] {
			t.Fatalf("duplicate %s", n.ID)
		}
		ids[n.ID] = true
	}
	for _, e := range s.Edges {
		if !ids[e.From] || !ids[e.To] {
			t.Fatalf("%s %s -> %s dangles", e.Type, e.From, e.To)
		}
	}
	if !ids["qualification:ph-tesda-nc2-cookery-x2"] || ids["country:PH-x1"] {
		t.Error("copies should repeat qualifications and share countries")
	}
	if len(s.Nodes) < 2*len(g.Nodes) {
		t.Errorf("%d nodes from %d: want close to 3 times", len(s.Nodes), len(g.Nodes))
	}
}

// An arrangement's lifecycle decides which dates it may carry: a discussion
// shows no signing date, a superseded instrument names its successor.
func TestValidatorChecksLifecycle(t *testing.T) {
	arr := func(body string) string {
		return `{"title": "A", "type": "MRS", "parties": ["PH"], "approaches": ["ASSESSMENT_RPL"], "sources": ["s"], "confidence": "verified", ` + body + `}`
	}
	fsys := fstest.MapFS{
		"dataset.json":   {Data: []byte(`{"version": "t", "date": "2026-01-01"}`)},
		"sources.json":   {Data: []byte(`[{"key": "s", "title": "S", "year": 2020}]`)},
		"countries.json": {Data: []byte(`[{"code": "PH", "name": "Philippines", "aseanMember": true, "sources": ["s"], "confidence": "verified"}]`)},
		"arrangements.json": {Data: []byte(`[` + strings.Join([]string{
			arr(`"key": "talk", "lifecycle": "UNDER_DISCUSSION", "signedOn": "2020-12", "yields": "NONE"`),
			arr(`"key": "old", "lifecycle": "SUPERSEDED", "yields": "NONE"`),
			arr(`"key": "gone", "lifecycle": "ENDED", "yields": "NONE"`),
			arr(`"key": "next", "lifecycle": "IN_FORCE", "supersededBy": "nowhere", "yields": "NONE"`),
			arr(`"key": "odd", "lifecycle": "MAYBE", "yields": "A_JOB"`),
			arr(`"key": "channel", "lifecycle": "IN_FORCE", "yields": "EMPLOYMENT_CHANNEL"`),
			arr(`"key": "astray", "lifecycle": "IN_FORCE", "yields": "EMPLOYMENT_CHANNEL", "receiving": ["JP"]`),
		}, ",") + `]`)},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted arrangements with impossible lifecycles")
	}
	msg := err.Error()
	for _, want := range []string{
		"arrangements.json: talk: an instrument under discussion has no signedOn or inForceFrom",
		"arrangements.json: old: a superseded instrument names its successor",
		"arrangements.json: gone: an ended instrument needs endedOn",
		"arrangements.json: next: supersededBy is only for a SUPERSEDED instrument",
		`arrangements.json: next: supersededBy "nowhere" is not another arrangement`,
		`arrangements.json: odd: lifecycle "MAYBE" is not one of`,
		`arrangements.json: odd: yields "A_JOB" is not one of`,
		"arrangements.json: channel: an employment channel needs receiving: the parties that admit workers under it",
		`arrangements.json: astray: receiving "JP" is not a party`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("problems lack %q:\n%s", want, msg)
		}
	}
}

// A dataset version names a label in Neo4j, written into a statement's
// text: one with a backtick or a space is refused before anything loads.
func TestVersionMustNameALabel(t *testing.T) {
	for _, version := range []string{"", "2026.11.30 18", "v1`) DETACH DELETE (n"} {
		fsys := fstest.MapFS{
			"dataset.json": {Data: []byte(`{"version": "` + strings.ReplaceAll(version, "`", "\\u0060") + `", "date": "2026-01-01"}`)},
			"sources.json": {Data: []byte(`[{"key": "s", "title": "S", "year": 2020}]`)},
		}
		_, err := Load(fsys)
		var inv *Invalid
		if !errors.As(err, &inv) || !strings.Contains(err.Error(), "dataset.json: needs a version (letters, digits") {
			t.Errorf("version %q: Load = %v, want the version refused", version, err)
		}
	}
}
