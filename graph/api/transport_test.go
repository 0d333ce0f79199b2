package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// TestPostJSONAsGqlgen holds the POST transport's own response writer to
// gqlgen's: the same query asked with Accept unset (written by postJSON)
// and with Accept: application/graphql-response+json (handed to gqlgen's
// POST) answers the same JSON, answers, errors and extensions alike, and a
// body that is not JSON still gets gqlgen's 400.
func TestPostJSONAsGqlgen(t *testing.T) {
	s := newTestServer(t)
	ask := func(body, accept string) (*httptest.ResponseRecorder, any) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if accept != "" {
			req.Header.Set("Accept", accept)
		}
		rec := httptest.NewRecorder()
		s.handler.ServeHTTP(rec, req)
		var v any
		_ = json.Unmarshal(rec.Body.Bytes(), &v)
		return rec, v
	}
	for _, q := range []string{
		`{ countries(aseanOnly: true) { code name frameworks { code levels { level title } } } }`,
		`{ node(id: "bogus") { id } }`,
		`{ country(code: "PH") { nope } }`,
		`{ search(text: "a<b & c>d") { id } }`,
	} {
		body, _ := json.Marshal(map[string]string{"query": q})
		ours, a := ask(string(body), "")
		theirs, b := ask(string(body), "application/graphql-response+json")
		if ours.Header().Get("Content-Type") != "application/json" {
			t.Errorf("%s: Content-Type %q, want application/json", q, ours.Header().Get("Content-Type"))
		}
		if !reflect.DeepEqual(a, b) || a == nil {
			t.Errorf("%s: postJSON answers\n%s\ngqlgen's POST\n%s", q, ours.Body, theirs.Body)
		}
		if !json.Valid(ours.Body.Bytes()) || bytes.Contains(ours.Body.Bytes(), []byte("\n")) {
			t.Errorf("%s: not one line of valid JSON: %s", q, ours.Body)
		}
	}
	if rec, _ := ask(`{"query": `, ""); rec.Code != http.StatusBadRequest {
		t.Errorf("a truncated body: HTTP %d, want 400", rec.Code)
	}
}
