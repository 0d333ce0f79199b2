package dataset

import (
	"strings"
	"testing"
	"testing/fstest"
)

// Each source rule is planted once; the validator names every one, and a
// seed that keeps the rules loads.
func TestValidatorEnforcesSourceRules(t *testing.T) {
	country := func(code, source string) string {
		return `{"code": "` + code + `", "name": "C", "aseanMember": true, "sources": ["` + source + `"], "confidence": "verified"}`
	}
	fsys := fstest.MapFS{
		"dataset.json": {Data: []byte(`{"version": "t", "date": "2026-11-30"}`)},
		"sources.json": {Data: []byte(`[
			{"key": "doc", "title": "A document", "url": "https://example.org/a/document.pdf", "lastChecked": "2026-11-30"},
			{"key": "home", "title": "A home page", "url": "https://asean.org/"},
			{"key": "home-marked", "title": "A home page, marked", "url": "https://asean.org/", "homepage": true},
			{"key": "plain", "title": "Plain http", "url": "http://example.org/doc"},
			{"key": "plain-marked", "title": "Plain http, marked", "url": "http://example.org/doc2", "http": true},
			{"key": "doc-again", "title": "The same document again", "url": "https://www.Example.org/a/document.pdf/"},
			{"key": "mangled", "title": "Not a URL", "url": "vietnamtourism.gov.vn/esrt/default.aspx"},
			{"key": "lost-query", "title": "Query lost", "url": "https://vietnamtourism.gov.vn/esrt/default.aspx-portalid=5&tabid=434.htm"},
			{"key": "ftp", "title": "Not http", "url": "ftp://example.org/doc"},
			{"key": "copy", "title": "An unmarked copy", "url": "https://www.scribd.com/document/1/x"},
			{"key": "copy-marked", "title": "A marked copy", "url": "https://pl.scribd.com/document/1/x", "mirror": true},
			{"key": "no-url", "title": "A newspaper", "year": 2020},
			{"key": "bad-date", "title": "Checked when?", "url": "https://example.org/b", "lastChecked": "30 Nov 2026"},
			{"key": "future", "title": "Checked tomorrow", "url": "https://example.org/c", "lastChecked": "2026-12-01"},
			{"key": "wrong-mark", "title": "Not a home page", "url": "https://example.org/d", "homepage": true},
			{"key": "encyclopaedia", "title": "An article", "url": "https://en.wikipedia.org/wiki/Malaysian_Skills_Certification_System"}
		]`)},
		"countries.json": {Data: []byte(`[` + strings.Join([]string{
			country("PH", "doc"), country("TH", "home-marked"), country("VN", "no-url"),
			country("MY", "plain-marked"), country("ID", "copy-marked"),
			// The Malaysian skills levels were once verified on Wikipedia alone.
			country("SG", "encyclopaedia"),
			`{"code": "BN", "name": "C", "aseanMember": true, "sources": ["encyclopaedia", "doc"], "confidence": "verified"}`,
		}, ",") + `,
			{"code": "LA", "name": "C", "aseanMember": true, "sources": ["no-url"], "confidence": "unverified"}]`)},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("Load accepted sources that break the source rules")
	}
	msg := err.Error()
	for _, want := range []string{
		`sources.json: home: url "https://asean.org/" is a home page, not the document`,
		`sources.json: plain: url "http://example.org/doc" is plain http`,
		`sources.json: mangled: url "vietnamtourism.gov.vn/esrt/default.aspx" is not a well-formed absolute URL`,
		`sources.json: lost-query: url "https://vietnamtourism.gov.vn/esrt/default.aspx-portalid=5&tabid=434.htm" has lost its "?"`,
		`sources.json: ftp: url "ftp://example.org/doc" is not an http(s) URL`,
		`sources.json: copy: url "https://www.scribd.com/document/1/x" is on a document-sharing site: mark "mirror": true`,
		`sources.json: bad-date: lastChecked "30 Nov 2026" is not a date (YYYY-MM-DD)`,
		`sources.json: future: lastChecked 2026-12-01 is after the dataset's date 2026-11-30`,
		`sources.json: wrong-mark: marked homepage but the URL "https://example.org/d" has a path`,
		// One document, one source: two keys for one address let their
		// notes and dates drift apart (three Brunei sources, a TESDA page
		// and a circular's copy were each cited under two keys).
		`sources.json: doc-again: url "https://www.Example.org/a/document.pdf/" names the document source doc names: cite doc`,
		"countries.json: TH: marked verified but cites no source whose URL names a document",
		"countries.json: VN: marked verified but cites no source whose URL names a document",
		"countries.json: SG: marked verified on an encyclopaedia article alone",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("problems lack %q:\n%s", want, msg)
		}
	}
	for _, ok := range []string{"sources.json: doc:", "sources.json: home-marked:", "sources.json: plain-marked:",
		"sources.json: copy-marked:", "sources.json: no-url:", "countries.json: PH:", "countries.json: MY:",
		"countries.json: ID:", "countries.json: LA:", "countries.json: BN:", "sources.json: encyclopaedia:"} {
		if strings.Contains(msg, ok) {
			t.Errorf("a record that keeps the rules was refused (%s):\n%s", ok, msg)
		}
	}
}
