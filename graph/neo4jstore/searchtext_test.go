package neo4jstore

import "testing"

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
