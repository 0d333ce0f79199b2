package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The README's worked examples, asked of the server: an example that no
// longer gives the answer it shows fails here.

// TestReadmeCostExample: the README's example of the cost limit, one page
// of 100 arrangements with their parties and sources, and nine of them in
// one request, gives the figures the server computes.
func TestReadmeCostExample(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(b)), " ")
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
