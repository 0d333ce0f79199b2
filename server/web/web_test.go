package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph"
)

func get(t *testing.T, h http.Handler, path string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// Both pages load only their own embedded assets, with their settings as
// JSON (never as script).
func TestPages(t *testing.T) {
	for _, c := range []struct {
		name string
		h    http.Handler
		want []string
	}{
		{"graphiql", GraphiQL("/graphql", "query Q { dataVersion { version } }"),
			[]string{`src="/assets/graphiql.js"`, `href="/assets/graphiql.css"`, `"endpoint":"/graphql"`, `query Q { dataVersion { version } }`}},
		{"explorer", Explorer("/graphql"),
			[]string{`src="/assets/explore.js"`, `href="/assets/explore.css"`, `"endpoint":"/graphql"`}},
	} {
		w := get(t, c.h, "/")
		if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("%s: %d %q, want 200 text/html", c.name, w.Code, w.Header().Get("Content-Type"))
		}
		body := w.Body.String()
		for _, s := range c.want {
			if !strings.Contains(body, s) {
				t.Errorf("%s page lacks %s", c.name, s)
			}
		}
		if strings.Contains(body, "http://") || strings.Contains(body, "https://") {
			t.Errorf("%s page names another host", c.name)
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: Content-Security-Policy = %q", c.name, csp)
		}
	}
}

func TestAssets(t *testing.T) {
	h := Assets("/assets/")
	for _, name := range []string{"graphiql.js", "graphiql.css", "explore.js", "explore.css"} {
		w := get(t, h, "/assets/"+name)
		if w.Code != http.StatusOK || w.Body.Len() == 0 {
			t.Fatalf("GET %s = %d (%d bytes), want 200 and the file", name, w.Code, w.Body.Len())
		}
		etag := w.Header().Get("ETag")
		if again := get(t, h, "/assets/"+name, "If-None-Match", etag); etag == "" || again.Code != http.StatusNotModified {
			t.Errorf("GET %s with its ETag %q = %d, want 304", name, etag, again.Code)
		}
	}
	if w := get(t, h, "/assets/nothing.js"); w.Code != http.StatusNotFound {
		t.Errorf("unknown asset = %d, want 404", w.Code)
	}
}

// The SDL served is the schema the server executes: parsed back, it has the
// same types, fields and descriptions.
func TestSchemaSDL(t *testing.T) {
	exec := graph.NewExecutableSchema(graph.Config{}).Schema()
	w := get(t, Schema(exec), "/schema.graphql")
	back, err := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphql", Input: w.Body.String()})
	if err != nil {
		t.Fatalf("served SDL does not parse: %v", err)
	}
	for name, d := range exec.Types {
		if d.BuiltIn {
			continue
		}
		b := back.Types[name]
		if b == nil {
			t.Errorf("type %s missing from the SDL", name)
			continue
		}
		if b.Description != d.Description || len(b.Fields) != len(d.Fields) || len(b.EnumValues) != len(d.EnumValues) {
			t.Errorf("type %s differs in the SDL", name)
		}
	}
	if !strings.Contains(w.Body.String(), "hasPreviousPage") {
		t.Error("SDL lacks PageInfo.hasPreviousPage")
	}
}
