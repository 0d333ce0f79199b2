package main

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// TestCORSAllowedHeaders: the request headers a browser may send
// cross-origin are the documented defaults, and CORS_ALLOWED_HEADERS
// (-cors-allowed-headers) changes them.
func TestCORSAllowedHeaders(t *testing.T) {
	preflight := func(s *testServer, headers string) http.Header {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", "https://app.example.org")
		req.Header.Set("Access-Control-Request-Method", http.MethodPost)
		req.Header.Set("Access-Control-Request-Headers", headers)
		return s.do(req).Header()
	}
	// Browsers send the requested headers lower-cased and sorted (Fetch
	// standard), as rs/cors expects them.
	allowed := func(h http.Header) bool { return h.Get("Access-Control-Allow-Origin") != "" }

	def := newTestServer(t, nil)
	for _, hs := range []string{"content-type", "authorization", "x-request-id", "authorization,content-type,x-request-id"} {
		if h := preflight(def, hs); !allowed(h) {
			t.Errorf("default: preflight for %q refused (headers %v)", hs, h)
		}
	}
	if h := preflight(def, "apollographql-client-name,content-type"); allowed(h) {
		t.Errorf("default: preflight for apollographql-client-name allowed (headers %v), want refused", h)
	}

	cfg, err := parseConfig([]string{"-cors-allowed-headers", "Content-Type, Apollographql-Client-Name"}, func(string) string { return "" }, nil)
	if err != nil {
		t.Fatal(err)
	}
	custom := newTestServer(t, func(c *config) { c.CORSHeaders = cfg.CORSHeaders })
	if h := preflight(custom, "apollographql-client-name,content-type"); !allowed(h) ||
		!strings.Contains(strings.ToLower(h.Get("Access-Control-Allow-Headers")), "apollographql-client-name") {
		t.Errorf("configured: preflight for apollographql-client-name refused (headers %v)", h)
	}
	if h := preflight(custom, "authorization"); allowed(h) {
		t.Errorf("configured: preflight for authorization allowed (headers %v), want refused: it is no longer listed", h)
	}

	anyHeader := newTestServer(t, func(c *config) { c.CORSHeaders = []string{"*"} })
	if h := preflight(anyHeader, "x-anything"); !allowed(h) {
		t.Errorf("*: preflight for x-anything refused (headers %v)", h)
	}
}

func TestParseHeaders(t *testing.T) {
	for in, want := range map[string][]string{
		"Content-Type":        {"Content-Type"},
		" a , b ,, ":          {"a", "b"},
		"Content-Type, *":     {"*"},
		"X-Request-Id,Accept": {"X-Request-Id", "Accept"},
	} {
		if got, err := parseHeaders(in); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("parseHeaders(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"", " , ", "Content Type", "X-Bad:1"} {
		if got, err := parseHeaders(bad); err == nil {
			t.Errorf("parseHeaders(%q) = %q, want an error", bad, got)
		}
	}
	var usage strings.Builder
	if _, err := parseConfig(nil, func(k string) string {
		if k == "CORS_ALLOWED_HEADERS" {
			return "Bad Header"
		}
		return ""
	}, &usage); err == nil || !strings.Contains(err.Error(), "CORS_ALLOWED_HEADERS") {
		t.Errorf("CORS_ALLOWED_HEADERS=\"Bad Header\": error %v, want one naming the variable", err)
	}
}
