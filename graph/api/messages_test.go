package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A request the server cannot take is refused with a message a person can
// act on: what was wrong and what to send instead, never the decoder's
// words about Go types.
func TestRequestErrorsSayWhatToDo(t *testing.T) {
	s := newTestServer(t)
	for _, c := range []struct {
		body   string
		status int
		code   string
		says   string
	}{
		{`[{"query":"{__typename}"}]`, 400, "BAD_USER_INPUT", "a JSON array: batched operations are not supported; send one operation per request"},
		{`{"query":"{__typename}","variables":[1]}`, 400, "BAD_USER_INPUT", "variables must be a JSON object"},
		{`{"query":"{__typename}","extensions":[1]}`, 400, "BAD_USER_INPUT", "extensions must be a JSON object"},
		{`{"query":5}`, 400, "BAD_USER_INPUT", "query must be a string"},
		{`{"query":"{__typename}","operationName":5}`, 400, "BAD_USER_INPUT", "operationName must be a string"},
		{`{"query":"query A { __typename } query B { __typename }"}`, 422, "GRAPHQL_VALIDATION_FAILED", "the document holds more than one operation: give operationName to say which to run"},
		{`{"query":"query A { __typename }","operationName":"C"}`, 422, "GRAPHQL_VALIDATION_FAILED", `no operation named "C" in the document`},
		// Enum values are case-sensitive: a variable in another case was
		// taken by validation, then failed as an internal error (or, in a
		// list, matched nothing).
		{`{"query":"query($t:ArrangementType){ arrangements(filter:{type:$t}){ totalCount } }","variables":{"t":"mra"}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $t: "mra" is not a value of ArrangementType (enum values are case-sensitive); the values are MRA, MRS,`},
		{`{"query":"query($s:FrameworkScope){ frameworks(scope:$s){ code } }","variables":{"s":"national"}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $s: "national" is not a value of FrameworkScope`},
		{`{"query":"query($r:[RelationType!]){ paths(from:\"country:PH\", to:\"country:SG\", relations:$r){ length } }","variables":{"r":["party"]}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $r[0]: "party" is not a value of RelationType`},
		{`{"query":"query($k:[NodeKind!]){ search(text:\"nurse\", kinds:$k){ id } }","variables":{"k":["occupation"]}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $k[0]: "occupation" is not a value of NodeKind`},
		{`{"query":"query($f:ArrangementFilter){ arrangements(filter:$f){ totalCount } }","variables":{"f":{"type":"mra"}}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $f.type: "mra" is not a value of ArrangementType`},
		// The GraphQL library's words for a variable that does not fit its
		// type name Go's types ("map", "slice") and misquote numbers.
		{`{"query":"query($c:String!){ country(code:$c){ name } }","variables":{"c":{"x":1}}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			"variable $c: expected a String, got a JSON object"},
		{`{"query":"query($i:ID!){ node(id:$i){ id } }","variables":{"i":["country:PH"]}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			"variable $i: expected an ID, got a JSON list"},
		{`{"query":"query($n:Int){ occupations(first:$n){ totalCount } }","variables":{"n":2.5}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			"variable $n: expected an Int, a whole number"},
		{`{"query":"query($c:String!){ country(code:$c){ name } }","variables":{}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			"variable $c: required, and not given"},
		{`{"query":"query($c:String!){ country(code:$c){ name } }","variables":{"c":null}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			"variable $c: required, and null was given"},
		{`{"query":"query($f:ArrangementFilter){ arrangements(filter:$f){ totalCount } }","variables":{"f":{"country":"PH"}}}`, 422, "GRAPHQL_VALIDATION_FAILED",
			`variable $f: no input field "country" in its type (see the schema for the fields it has)`},
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(c.body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.handler.ServeHTTP(rec, req)
		var r struct {
			Errors []struct {
				Message    string
				Extensions map[string]any
			}
		}
		_ = json.Unmarshal(rec.Body.Bytes(), &r)
		if rec.Code != c.status || len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != c.code || !strings.Contains(r.Errors[0].Message, c.says) {
			t.Errorf("%s: %d %s; want %d, %s, saying %q", c.body, rec.Code, rec.Body, c.status, c.code, c.says)
			continue
		}
		for _, internal := range []string{"Go ", "RawParams", "interface {}", "  ", " map ", " slice ", "float64"} {
			if strings.Contains(r.Errors[0].Message, internal) {
				t.Errorf("%s: the message %q says %q", c.body, r.Errors[0].Message, internal)
			}
		}
	}
}
