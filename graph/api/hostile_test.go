package api

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
)

// The payloads of a hostile review, each of which once took the server, or
// its other clients, down: each is now refused before it runs, with a
// code, or answered within its limits, and the server answers a good query
// afterwards.

// fragmentBomb is n fragments, each spreading the next one twice: 2^(n-1)
// spreads of the last one, in about 1 KB.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := 0; i < n-1; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { countries { code } }\n", n-1)
	return b.String()
}

// aliases repeats field n times under distinct aliases.
func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("query {\n")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s\n", i, field)
	}
	b.WriteString("}")
	return b.String()
}

func TestHostilePayloads(t *testing.T) {
	words := strings.Repeat("a ", 400000) // 800 KB, under the body limit
	for _, tc := range []struct {
		name     string
		body     string
		status   int
		code     string
		maxBytes int // the answer's size at most
	}{
		{name: "31 fragments each spreading the next twice", body: gql(fragmentBomb(31)), status: 200, code: graph.CodeTooComplex},
		{name: "more fragments than allowed", body: gql(fragmentBomb(maxFragments + 1)), status: 200, code: graph.CodeTooComplex},
		{
			name:   "700 six-hop paths between well-connected nodes",
			body:   gql(aliases(700, `paths(from: "qualification:catc-certificate-iii", to: "standard:ph-tr-domestic-work-nc2", maxHops: 6, first: 1) { length }`)),
			status: 200, code: graph.CodeTooComplex,
		},
		{
			name:   "search for 400,000 words",
			body:   `{"query":"query($t: String!) { search(text: $t) { id } }","variables":{"t":"` + words + `"}}`,
			status: 200, code: graph.CodeBadUserInput, maxBytes: 4096,
		},
		{
			name:   "20 searches sharing a 400,000-word variable",
			body:   `{"query":"query($t: String!) {` + strings.ReplaceAll(aliases(20, `search(text: $t) { id }`)[len("query {"):], "\n", " ") + `","variables":{"t":"` + words + `"}}`,
			status: 200, code: graph.CodeBadUserInput, maxBytes: 64 << 10,
		},
		{
			name:     "1,500 conflicting fields of one alias",
			body:     gql(conflicts(1500)),
			status:   200,
			code:     graph.CodeTooComplex,
			maxBytes: 16 << 10,
		},
		{name: "300 aliases of __schema", body: gql(aliases(300, `__schema { types { name fields { name } } }`)), status: 200, code: graph.CodeTooComplex},
		{
			name:   "a 900 KB argument is not echoed",
			body:   gql(`{ country(code: "` + strings.Repeat("x", 900<<10) + `") { name } }`),
			status: 200, code: graph.CodeBadUserInput, maxBytes: 4096,
		},
		{
			name:   "a directive repeated on a field",
			body:   gql(`{ countries ` + strings.Repeat("@include(if: true) ", 1000) + `{ code } }`),
			status: 200, code: graph.CodeTooComplex, maxBytes: 4096,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t)
			rec, r := s.postRaw(tc.body, "application/json")
			if rec.Code != tc.status {
				t.Errorf("status = %d, want %d: %.500s", rec.Code, tc.status, rec.Body)
			}
			if codes := r.codes(); len(codes) == 0 || codes[0] != tc.code {
				t.Errorf("codes = %v, want %s: %.500s", codes, tc.code, rec.Body)
			}
			if r.Data != nil && string(r.Data) != "null" && tc.code != graph.CodeBadUserInput {
				t.Errorf("data = %.200s, want none: the query must not run", r.Data)
			}
			if tc.maxBytes > 0 && rec.Body.Len() > tc.maxBytes {
				t.Errorf("answer of %d bytes, want at most %d: %.300s", rec.Body.Len(), tc.maxBytes, rec.Body)
			}
			if n := len(r.Errors); n > maxResponseErrors {
				t.Errorf("%d errors, want at most %d", n, maxResponseErrors)
			}
			s.stillAnswers()
		})
	}
}

// conflicts asks for the same alias n times with different arguments.
func conflicts(n int) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, `a: country(code: "C%d") { name } `, i)
	}
	b.WriteString("}")
	return b.String()
}

func TestMalformedContentTypeHasACode(t *testing.T) {
	s := newTestServer(t)
	for _, ct := range []string{"application/json;;;==", "application/json; charset", "application/json;=x"} {
		rec, r := s.postRaw(gql(`{ __typename }`), ct)
		if rec.Code != http.StatusUnsupportedMediaType {
			t.Errorf("Content-Type %q: status = %d, want 415: %s", ct, rec.Code, rec.Body)
		}
		if codes := r.codes(); len(codes) != 1 || codes[0] != graph.CodeBadUserInput {
			t.Errorf("Content-Type %q: codes = %v, want [BAD_USER_INPUT]", ct, codes)
		}
	}
}

// Country and framework codes are ASCII: Unicode case folding must not turn
// ſ (long s) into S or ı (dotless i) into I.
func TestCodesAreNotCaseFolded(t *testing.T) {
	s := newTestServer(t)
	for _, q := range []string{
		`{ country(code: "ſG") { code } }`,
		`{ country(code: "ıD") { code } }`,
		`{ framework(code: "aqrſ") { code } }`,
		`{ recognitionPaths(from: "PH", to: "ſG", occupation: "occupation:2221") { outcome } }`,
	} {
		_, r := s.post(q, nil)
		if codes := r.codes(); len(codes) == 0 || codes[0] != graph.CodeBadUserInput {
			t.Errorf("%s: codes = %v, data %s; want BAD_USER_INPUT", q, codes, r.Data)
		}
	}
	_, r := s.post(`{ country(code: " sg ") { code } }`, nil)
	if string(r.Data) != `{"country":{"code":"SG"}}` {
		t.Errorf(`country(code: " sg ") = %s %v, want SG`, r.Data, r.codes())
	}
}

func TestTooManyValidationErrorsAreCut(t *testing.T) {
	s := newTestServer(t)
	var args, fields strings.Builder
	for i := range 100 {
		fmt.Fprintf(&args, "x%d: 1 ", i)
		fmt.Fprintf(&fields, "nope%d ", i)
	}
	// Unknown arguments: validation stops collecting after its limit.
	_, r := s.post(`{ countries(`+args.String()+`) { code } }`, nil)
	if len(r.Errors) != maxValidationErrors+1 {
		t.Errorf("%d errors, want %d and one saying more were found", len(r.Errors), maxValidationErrors+1)
	} else if last := r.Errors[len(r.Errors)-1].Message; !strings.Contains(last, "more than") {
		t.Errorf("last error %q does not say that more were found", last)
	}
	// Unknown fields (a rule gqlgen replaces with its own).
	_, r = s.post(`{ countries { `+fields.String()+`} }`, nil)
	if len(r.Errors) > maxValidationErrors+1 {
		t.Errorf("%d errors, want at most %d", len(r.Errors), maxValidationErrors+1)
	}
	// Whatever raises them, an answer carries at most maxResponseErrors.
	var many gqlerror.List
	for i := range 3 * maxResponseErrors {
		many = append(many, &gqlerror.Error{Message: fmt.Sprint(i), Extensions: map[string]any{"code": "X"}})
	}
	cut := capErrors(many)
	if len(cut) != maxResponseErrors || cut[len(cut)-1].Message != fmt.Sprintf("%d more errors are not shown", 2*maxResponseErrors+1) {
		t.Errorf("capErrors of %d = %d, last %q", len(many), len(cut), cut[len(cut)-1].Message)
	}
}
