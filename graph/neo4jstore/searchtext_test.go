package neo4jstore

import (
	"strings"
	"testing"
)

// A search's text is built once per kind, projection and ranking, and a list
// that is not property names is refused every time, never remembered
// under a key it shares with a valid one.
func TestSearchTextRemembered(t *testing.T) {
	want, err := searchCypher("QualificationFramework", []string{"code", "name"}, true)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		got, err := searchText("QualificationFramework", []string{"code", "name"}, true)
		if err != nil || got != want {
			t.Fatalf("searchText = %q, %v; want searchCypher's text", got, err)
		}
	}
	if _, err := searchText("QualificationFramework", []string{"code,name"}, true); err == nil {
		t.Error(`searchText(["code,name"]) = no error, want "not a property name"`)
	}
	if got, err := searchText("QualificationFramework", []string{"code", "name"}, true); err != nil || got != want {
		t.Errorf("after a refused list: searchText = %q, %v; want the valid text", got, err)
	}
	all, err := searchText("QualificationFramework", nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if none, _ := searchText("QualificationFramework", []string{}, false); none == all {
		t.Error("no properties and all properties share a text; want a projection of none and the whole node")
	}
}

// A search of one kind reads that kind's index and tests no label; of any
// kind or several, the whole-graph index and the kinds on each candidate.
// A kind that is not one is refused, never written into the text.
func TestSearchOneKindReadsItsIndex(t *testing.T) {
	one, err := searchCypher("QualificationFramework", []string{"code"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(one, "labels(node)") || strings.Contains(one, "WHERE") {
		t.Errorf("one kind's search tests labels:\n%s", one)
	}
	if got := searchIndexOf("QualificationFramework"); got != "search_tokens_QualificationFramework_v1" {
		t.Errorf("searchIndexOf(QualificationFramework) = %q", got)
	}
	anyKind, err := searchCypher("", []string{"code"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(anyKind, "any(l IN labels(node) WHERE l IN $kinds)") || searchIndexOf("") != searchIndex {
		t.Errorf("a search of any kind: index %q, text\n%s\nwant %q and the kinds tested", searchIndexOf(""), anyKind, searchIndex)
	}
	if _, err := searchCypher("Bogus) DETACH DELETE (n", nil, false); err == nil {
		t.Error("searchCypher with a kind that is not one = no error")
	}
	ixs := searchIndexes()
	if len(ixs) != 1+len(kindLabels) || ixs[0] != searchIndex {
		t.Errorf("searchIndexes() = %v; want %s and one per kind (%d)", ixs, searchIndex, len(kindLabels))
	}
}
