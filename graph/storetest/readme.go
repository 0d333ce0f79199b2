package storetest

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The README's examples are what a newcomer pastes first. RunReadme runs
// each operation it shows (every graphql block, the curl example's query,
// and an inline example that is a whole operation) and requires an answer
// with no error and no null root field, on every store: an example the
// schema or the data no longer answers fails here, not in a reader's hands.
func RunReadme(t *testing.T, h http.Handler) {
	t.Run("readme", func(t *testing.T) {
		examples := ReadmeExamples(t)
		for _, q := range examples {
			r := Do(t, h, q, nil)
			if len(r.Errors) > 0 {
				t.Errorf("README example %s\n  errors %+v", q, r.Errors)
				continue
			}
			var data map[string]any
			if err := json.Unmarshal(r.Data, &data); err != nil || len(data) == 0 {
				t.Errorf("README example %s\n  data %s, want an answer", q, r.Data)
				continue
			}
			for field, v := range data {
				if v == nil {
					t.Errorf("README example %s\n  %s is null", q, field)
				}
			}
		}
	})
}

// ReadmeExamples returns the GraphQL operations the README shows, in the
// order it shows them.
func ReadmeExamples(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Dir(), "..", "..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ops, err := readmeOperations(string(b))
	if err != nil {
		t.Fatal(err)
	}
	// The README shows at least its six graphql blocks, the curl example
	// and the migration example: fewer means the reading broke.
	if len(ops) < 12 {
		t.Fatalf("found %d operations in the README, want at least 12: %q", len(ops), ops)
	}
	return ops
}

var (
	graphqlBlock  = regexp.MustCompile("(?s)```graphql\n(.*?)```")
	curlQuery     = regexp.MustCompile(`-d '(\{"query":.*?\})'`)
	inlineExample = regexp.MustCompile("`(\\{ [a-zA-Z]+[(]?[^`]*\\})`")
)

// readmeOperations finds the operations in a README's text: each
// top-level selection of a graphql block (comments dropped), the query of
// each curl example, and each inline code span that is a whole operation.
func readmeOperations(text string) ([]string, error) {
	var ops []string
	for _, m := range graphqlBlock.FindAllStringSubmatch(text, -1) {
		ops = append(ops, topLevelSelections(withoutComments(m[1]))...)
	}
	for _, m := range curlQuery.FindAllStringSubmatch(text, -1) {
		var body struct {
			Query string `json:"query"`
		}
		if err := json.Unmarshal([]byte(m[1]), &body); err != nil {
			return nil, err
		}
		ops = append(ops, body.Query)
	}
	for _, m := range inlineExample.FindAllStringSubmatch(text, -1) {
		if op := strings.Join(strings.Fields(m[1]), " "); len(topLevelSelections(op)) == 1 {
			ops = append(ops, op)
		}
	}
	return ops, nil
}

// withoutComments drops each line's # comment (the README's examples hold
// no # inside a string).
func withoutComments(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l, _, _ = strings.Cut(l, "#")
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

// topLevelSelections splits s into its balanced top-level { ... } parts.
func topLevelSelections(s string) []string {
	var out []string
	depth, start := 0, -1
	for i, r := range s {
		switch r {
		case '{':
			if depth == 0 {
				start = i
			}
			depth++
		case '}':
			depth--
			if depth == 0 && start >= 0 {
				out = append(out, strings.TrimSpace(s[start:i+1]))
				start = -1
			}
		}
	}
	return out
}
