// Package web serves the pages people use in a browser: GraphiQL at / and
// the recognition explorer at /explore, with their scripts and styles built
// from pinned npm packages (scripts/build-web) into dist/ and embedded, so
// that both work with no network beyond this server. The pages talk to the
// API over its GraphQL endpoint, as any client would.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed dist/*.js dist/*.css
var dist embed.FS

//go:embed pages/*.html
var pages embed.FS

var templates = template.Must(template.ParseFS(pages, "pages/*.html"))

// pageConfig is what a page's script reads from its <script id="config">.
type pageConfig struct {
	Endpoint     string `json:"endpoint"`
	ExampleQuery string `json:"exampleQuery,omitempty"`
}

// GraphiQL serves GraphiQL pointed at endpoint, showing exampleQuery on a
// first visit (a ?query= in the URL wins; the page keeps the edited query
// there, so that a view can be shared).
func GraphiQL(endpoint, exampleQuery string) http.Handler {
	return page("graphiql.html", pageConfig{Endpoint: endpoint, ExampleQuery: exampleQuery})
}

// Explorer serves the recognition explorer, which asks endpoint.
func Explorer(endpoint string) http.Handler {
	return page("explore.html", pageConfig{Endpoint: endpoint})
}

// page renders a page once; its settings travel as JSON in the page, never
// as script text.
func page(name string, cfg pageConfig) http.Handler {
	js, err := json.Marshal(cfg)
	if err != nil {
		panic(err) // strings only: cannot fail
	}
	var buf bytes.Buffer
	data := struct {
		Endpoint string
		Config   template.JS
	}{cfg.Endpoint, template.JS(js)}
	if err := templates.ExecuteTemplate(&buf, name, data); err != nil {
		panic(fmt.Sprintf("web: page %s: %v", name, err)) // the embedded templates are fixed: a test renders each
	}
	body := buf.Bytes()
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		// Everything the pages load comes from this server.
		h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:")
		_, _ = w.Write(body)
	})
}

// asset is one embedded file with its ETag.
type asset struct {
	body []byte
	etag string
	typ  string
}

var assets = func() map[string]asset {
	m := map[string]asset{}
	err := fs.WalkDir(dist, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		typ := "text/css; charset=utf-8"
		if strings.HasSuffix(p, ".js") {
			typ = "text/javascript; charset=utf-8"
		}
		m[path.Base(p)] = asset{body: b, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, typ: typ}
		return nil
	})
	if err != nil {
		panic(err)
	}
	return m
}()

// Assets serves the built scripts and styles under prefix (e.g.
// "/assets/"), with ETags so that browsers revalidate cheaply.
func Assets(prefix string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[strings.TrimPrefix(r.URL.Path, prefix)]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", a.typ)
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", a.etag)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	})
}
