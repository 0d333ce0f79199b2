package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
)

// codeShape is what an extensions.code looks like: INTERNAL, BAD_USER_INPUT.
// In a library, only words joined by underscores are taken for codes.
var codeShape = regexp.MustCompile(`^[A-Z]+(_[A-Z]+)*$`)

// translated are the codes the GraphQL library raises that the server
// replaces before they are sent (presentError); each is checked below.
var translated = map[string]string{"COMPLEXITY_LIMIT_EXCEEDED": graph.CodeTooComplex}

// TestErrorCodesDocumented: every extensions.code the server's code or the
// GraphQL library can send is in the README's Errors table and in the
// schema's description, and the table lists nothing that nothing sends.
func TestErrorCodesDocumented(t *testing.T) {
	sent := map[string]string{} // code -> where it was found
	for _, dir := range []string{"../graph", "."} {
		codesInGo(t, dir, true, sent)
	}
	gqlgen := moduleDir(t, "github.com/99designs/gqlgen")
	for _, pkg := range []string{"graphql/errcode", "graphql/handler", "graphql/handler/extension", "graphql/handler/transport"} {
		codesInGo(t, filepath.Join(gqlgen, pkg), false, sent)
	}
	for from := range translated {
		if _, ok := sent[from]; !ok {
			t.Errorf("the library no longer sends %s: drop it from translated", from)
		}
		delete(sent, from)
	}
	if len(sent) < 8 {
		t.Fatalf("found only %d codes (%v): the scan is broken", len(sent), sent)
	}

	table := readmeCodes(t)
	schema, err := os.ReadFile("../schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	for code, where := range sent {
		if !slices.Contains(table, code) {
			t.Errorf("%s (sent from %s) is missing from the README's Errors table", code, where)
		}
		if !strings.Contains(string(schema), "| "+code+" |") {
			t.Errorf("%s (sent from %s) is missing from the schema description's table", code, where)
		}
	}
	for _, code := range table {
		if _, ok := sent[code]; !ok {
			t.Errorf("the README's Errors table lists %s, which nothing sends", code)
		}
	}
}

// codesInGo collects the codes Go code can send: the values of constants
// named Code* (own code: dir and the folders under it) or shaped like a code
// (a library: dir alone), of "code" keys in map literals, and of setCode's
// second argument. Tests and generated files are skipped.
func codesInGo(t *testing.T, dir string, own bool, into map[string]string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && (!own || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || strings.Contains(path, "generated") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		add := func(e ast.Expr) {
			if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if v, err := strconv.Unquote(lit.Value); err == nil && codeShape.MatchString(v) && (own || strings.Contains(v, "_")) {
					into[v] = path
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.ValueSpec:
				for i, name := range x.Names {
					if i < len(x.Values) && (!own || strings.HasPrefix(name.Name, "Code")) {
						add(x.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := x.Key.(*ast.BasicLit); ok && k.Value == `"code"` {
					add(x.Value)
				}
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "setCode" && len(x.Args) == 2 {
					add(x.Args[1])
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// readmeCodes returns the codes in the first column of the README's Errors
// table.
func readmeCodes(t *testing.T) []string {
	t.Helper()
	var codes []string
	for code := range readmeRows(t) {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

// moduleDir returns where the go command keeps a module the server uses.
func moduleDir(t *testing.T, module string) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", module).Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", module, err)
	}
	return strings.TrimSpace(string(out))
}

// TestTooComplexCarriesFigures: TOO_COMPLEX says, in extensions, the figure
// and the limit for depth and for cost; the library's own code for cost
// never reaches the client.
func TestTooComplexCarriesFigures(t *testing.T) {
	s := newTestServer(t, func(c *config) { c.MaxComplexity = 500; c.MaxDepth = 5 })
	for _, tc := range []struct {
		query string
		want  map[string]float64
	}{
		// 1 + 10 (it scans every occupation) + 100 x (edges 1 + node 1 + id 1 +
		// standards (1 + id 1)) = 511
		{`{ occupations(first: 100) { edges { node { id standards { id } } } } }`, map[string]float64{"cost": 511, "maxCost": 500}},
		{deepQuery(8), map[string]float64{"depth": 8, "maxDepth": 5}},
	} {
		_, r := s.post(tc.query, nil)
		if len(r.Errors) != 1 {
			t.Fatalf("%s: errors = %+v, want one", tc.query, r.Errors)
		}
		ext := r.Errors[0].Extensions
		if ext["code"] != graph.CodeTooComplex {
			t.Errorf("%s: code = %v, want %s", tc.query, ext["code"], graph.CodeTooComplex)
		}
		for k, v := range tc.want {
			if ext[k] != v {
				t.Errorf("%s: extensions.%s = %v, want %v (extensions %v)", tc.query, k, ext[k], v, ext)
			}
		}
	}
}

// TestErrorsTableVariables: the README's Errors table puts each mistake
// in a request's variables under the code, and with the HTTP status, the
// server answers it with, and under no other code.
func TestErrorsTableVariables(t *testing.T) {
	s := newTestServer(t, nil)
	rows := readmeRows(t)
	for _, tc := range []struct{ mistake, body string }{
		{"a variable of the wrong type", `{"query":"query($n: Int) { arrangements(first: $n) { totalCount } }","variables":{"n":"abc"}}`},
		{"a required variable missing or null", `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{}}`},
		{"a required variable missing or null", `{"query":"query($c: String!) { country(code: $c) { name } }","variables":{"c":null}}`},
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(tc.body))
		req.Header.Set("Content-Type", "application/json")
		rec := s.do(req)
		codes := decode(t, rec).codes()
		if len(codes) == 0 {
			t.Fatalf("%s: no error: %s", tc.mistake, rec.Body)
		}
		for code, row := range rows {
			says := strings.Contains(row, tc.mistake)
			switch {
			case code == codes[0] && !says:
				t.Errorf("the README's %s row does not list %q, which the server answers with %s", code, tc.mistake, code)
			case code == codes[0] && !strings.Contains(row, "| "+strconv.Itoa(rec.Code)+" |"):
				t.Errorf("the README's %s row does not give HTTP %d, which the server answers %q with", code, rec.Code, tc.mistake)
			case code != codes[0] && says:
				t.Errorf("the README's %s row lists %q, which the server answers with %s", code, tc.mistake, codes[0])
			}
		}
	}
}

// readmeRows returns the rows of the README's Errors table by code.
func readmeRows(t *testing.T) map[string]string {
	t.Helper()
	_, section, ok := strings.Cut(readme(t), "\n## Errors\n")
	if !ok {
		t.Fatal("README.md has no ## Errors section")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rows := map[string]string{}
	for _, line := range strings.Split(section, "\n") {
		if cell, ok := strings.CutPrefix(line, "| `"); ok {
			code, _, _ := strings.Cut(cell, "`")
			rows[code] = line
		}
	}
	return rows
}
