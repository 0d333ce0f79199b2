package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The README's worked examples, asked of the server: an example that no
// longer gives the answer it shows fails here.

// readme returns the README's text.
func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadmeCostExample: the README's example of the cost limit, one page
// of 100 arrangements with their parties and sources, and nine of them in
// one request, gives the figures the server computes.
func TestReadmeCostExample(t *testing.T) {
	text := strings.Join(strings.Fields(readme(t)), " ")
	m := regexp.MustCompile("`(arrangements\\(first: 100\\) \\{[^`]*\\})` costs ([0-9,]+)(?: \\([^)]*\\))?; nine of them in one request \\(([0-9,]+)\\) are refused with `TOO_COMPLEX`").FindStringSubmatch(text)
	if m == nil {
		t.Fatal("the README no longer gives the cost of nine pages of arrangements")
	}
	figure := func(s string) float64 {
		n, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		if err != nil {
			t.Fatal(err)
		}
		return float64(n)
	}
	s := newTestServer(t, func(c *config) { c.MaxComplexity = 1 })
	var nine strings.Builder
	for i := range 9 {
		fmt.Fprintf(&nine, "a%d: %s ", i, m[1])
	}
	for _, tc := range []struct {
		query string
		want  float64
	}{{"{ " + m[1] + " }", figure(m[2])}, {"{ " + nine.String() + "}", figure(m[3])}} {
		_, r := s.post(tc.query, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["cost"] != tc.want {
			t.Errorf("%s: the README says it costs %v; the server answers %+v", tc.query, tc.want, r.Errors)
		}
	}
}

// TestReadmeCookeryAnswer: the README's abridged answer to its
// recognitionPaths example (a Philippine NC II cook to Malaysia) lists the
// routes the server gives, in order: each with its strength, what it
// yields, its summary word for word, and the relationships of its steps
// (a run of steps of one relationship listed once).
func TestReadmeCookeryAnswer(t *testing.T) {
	_, section, ok := strings.Cut(readme(t), "\n### `recognitionPaths` — by which routes")
	if !ok {
		t.Fatal("the README has no recognitionPaths section")
	}
	_, query, _ := strings.Cut(section, "```graphql\n")
	query, _, _ = strings.Cut(query, "```")
	query = regexp.MustCompile(`#[^\n]*`).ReplaceAllString(query, "")
	_, table, ok := strings.Cut(section, "\nAbridged answer (dataset ")
	if !ok {
		t.Fatal("the README gives no abridged answer to its recognitionPaths example")
	}
	var rows [][]string
	for _, line := range strings.Split(table, "\n")[4:] {
		if !strings.HasPrefix(line, "| ") {
			break
		}
		rows = append(rows, strings.Split(strings.Trim(line, "| "), " | "))
	}

	s := newTestServer(t, nil)
	_, r := s.post(query, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("the README's query: %+v", r.Errors)
	}
	var data struct {
		RecognitionPaths struct {
			Paths []struct {
				Strength, Yields, Summary string
				Steps                     []struct{ Relation string }
			}
		}
	}
	if err := json.Unmarshal(r.Data, &data); err != nil {
		t.Fatal(err)
	}
	paths := data.RecognitionPaths.Paths
	if len(rows) != len(paths) {
		t.Errorf("the README lists %d routes; the server gives %d", len(rows), len(paths))
	}
	relation := regexp.MustCompile("`([A-Z_]+)`")
	for i := range min(len(rows), len(paths)) {
		row, p := rows[i], paths[i]
		if len(row) != 4 {
			t.Fatalf("route %d: the README's row has %d cells, want 4: %q", i+1, len(row), row)
		}
		var steps []string
		for _, st := range p.Steps {
			if len(steps) == 0 || steps[len(steps)-1] != st.Relation {
				steps = append(steps, st.Relation)
			}
		}
		var listed []string
		for _, m := range relation.FindAllStringSubmatch(row[3], -1) {
			if len(listed) == 0 || listed[len(listed)-1] != m[1] {
				listed = append(listed, m[1])
			}
		}
		if row[0] != p.Strength || row[1] != p.Yields {
			t.Errorf("route %d: the README says %s, %s; the server %s, %s", i+1, row[0], row[1], p.Strength, p.Yields)
		}
		if row[2] != p.Summary {
			t.Errorf("route %d: the README's summary\n\t%s\nthe server's\n\t%s", i+1, row[2], p.Summary)
		}
		if strings.Join(listed, " ") != strings.Join(steps, " ") {
			t.Errorf("route %d: the README lists the steps %v; the server's are %v", i+1, listed, steps)
		}
	}
}

// TestReadmeBricklayerProspect: the README quotes the beginning of the
// prospect a Cambodian bricklayer to Thailand is given; the server's
// summary begins with that quote.
func TestReadmeBricklayerProspect(t *testing.T) {
	text := strings.Join(strings.Fields(readme(t)), " ")
	m := regexp.MustCompile(`A Cambodian bricklayer to Thailand: \*"([^"]*?)(?: \.\.\.)?"\*`).FindStringSubmatch(text)
	if m == nil {
		t.Fatal("the README no longer quotes the Cambodian bricklayer's prospect")
	}
	s := newTestServer(t, nil)
	_, r := s.post(`{ recognitionPaths(from: "KH", to: "TH", occupation: "occupation:7112") { prospects { summary } } }`, nil)
	var data struct {
		RecognitionPaths struct{ Prospects []struct{ Summary string } }
	}
	if err := json.Unmarshal(r.Data, &data); err != nil || len(r.Errors) > 0 {
		t.Fatalf("%v %+v", err, r.Errors)
	}
	for _, p := range data.RecognitionPaths.Prospects {
		if strings.HasPrefix(p.Summary, m[1]) {
			return
		}
	}
	t.Errorf("the README quotes\n\t%s\nno prospect begins so: %+v", m[1], data.RecognitionPaths.Prospects)
}
