package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	env := map[string]string{"LOG_FORMAT": "json", "SHUTDOWN_TIMEOUT": "5s"}
	logs, logw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-addr", "127.0.0.1", "-port", "0"}, func(k string) string { return env[k] }, logw, io.Discard)
		logw.Close()
	}()

	// The first log line says where it listens.
	lines := bufio.NewScanner(logs)
	var addr string
	for addr == "" && lines.Scan() {
		var l struct{ Msg, Addr string }
		if json.Unmarshal(lines.Bytes(), &l) == nil && l.Msg == "listening" {
			addr = l.Addr
		}
	}
	if addr == "" {
		t.Fatalf("run did not say where it listens; it returned %v", <-done)
	}
	go func() { _, _ = io.Copy(io.Discard, logs) }()

	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(body)) != "ok" {
		t.Errorf("/healthz = %d %q, want 200 ok", resp.StatusCode, body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run returned %v after its context was cancelled, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return within 10s of its context being cancelled")
	}
	if _, err := http.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("the server still answers after shutting down")
	}
}

func TestRunRefusesBadConfig(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"-port", "http"}, nil, "-port"},
		{nil, map[string]string{"MAX_DEPTH": "deep"}, "MAX_DEPTH"},
		{nil, map[string]string{"LOG_FORMAT": "xml"}, "LOG_FORMAT"},
		{[]string{"-nope"}, nil, "nope"},
		{[]string{"extra"}, nil, "unexpected"},
	} {
		err := run(context.Background(), tc.args, func(k string) string { return tc.env[k] }, io.Discard, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run(%v, %v) = %v, want an error naming %s", tc.args, tc.env, err, tc.want)
		}
	}
	if err := run(context.Background(), []string{"-h"}, func(string) string { return "" }, io.Discard, io.Discard); err != nil {
		t.Errorf("run(-h) = %v, want nil", err)
	}
}

func TestParseConfig(t *testing.T) {
	env := map[string]string{
		"PORT":                 "9000",
		"CORS_ALLOWED_ORIGINS": " https://a.example/ , https://b.example ",
		"NEO4J_URI":            "neo4j://db:7687",
		"NEO4J_PASSWORD":       "secret",
		"LOG_LEVEL":            "debug",
		"MAX_DEPTH":            "8",
		"MAX_BODY_BYTES":       "2048",
		"REQUEST_TIMEOUT":      "3s",
		"INTROSPECTION":        "false",
	}
	var usage strings.Builder
	cfg, err := parseConfig([]string{"-port", "9100", "-max-depth", "9", "-introspection=true"}, func(k string) string { return env[k] }, &usage)
	if err != nil {
		t.Fatal(err)
	}
	want := defaultConfig()
	want.Port = 9100 // the flag wins
	want.CORSOrigins = []string{"https://a.example", "https://b.example"}
	want.Neo4jURI = "neo4j://db:7687"
	want.Neo4jPassword = "secret"
	want.LogLevel = slog.LevelDebug
	want.MaxDepth = 9
	want.MaxBodyBytes = 2048
	want.RequestTimeout = 3 * time.Second
	want.Introspection = true
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("parseConfig =\n%+v\nwant\n%+v", cfg, want)
	}

	def, err := parseConfig(nil, func(string) string { return "" }, &usage)
	if err != nil || !reflect.DeepEqual(def, defaultConfig()) {
		t.Errorf("with nothing set: %+v, %v; want the defaults", def, err)
	}
	if def.listenAddr() != ":8080" || def.MaxDepth != 12 || def.MaxComplexity != 5000 || def.MaxBodyBytes != 1<<20 ||
		def.RequestTimeout != 15*time.Second || def.Neo4jDatabase != "neo4j" || def.CORSOrigins[0] != "*" || !def.Introspection {
		t.Errorf("defaults = %+v, not as documented", def)
	}

	if _, err := parseConfig([]string{"-h"}, func(string) string { return "" }, &usage); err == nil {
		t.Error("-h: no error, want flag.ErrHelp")
	}
	if !strings.Contains(usage.String(), "CORS_ALLOWED_ORIGINS") || strings.Contains(usage.String(), "secret") {
		t.Errorf("usage should list the settings and never show a value from the environment:\n%s", usage.String())
	}
}

func TestParseOrigins(t *testing.T) {
	for in, want := range map[string][]string{
		"":                     {"*"},
		"*":                    {"*"},
		"https://a.example, *": {"*"},
		"https://a.example/,,": {"https://a.example"},
	} {
		if got := parseOrigins(in); !reflect.DeepEqual(got, want) {
			t.Errorf("parseOrigins(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestUsageListsEndpoints: -h names every endpoint the server answers.
func TestUsageListsEndpoints(t *testing.T) {
	var usage strings.Builder
	if _, err := parseConfig([]string{"-h"}, func(string) string { return "" }, &usage); err == nil {
		t.Fatal("-h: no error, want flag.ErrHelp")
	}
	s := newTestServer(t, nil)
	for _, tc := range []struct{ listed, probe string }{
		{"/graphql", "/graphql?query=%7B__typename%7D"},
		{"/ (GraphiQL)", "/"},
		{"/explore", "/explore"},
		{"/assets/", "/assets/explore.js"},
		{"/schema.graphql", "/schema.graphql"},
		{"/export/graph.{csv.zip,graphml,jsonld}", "/export/graph.graphml"},
		{"/export/recognition.{csv.zip,graphml,jsonld}", "/export/recognition.jsonld?from=PH&to=SG&qualification=qualification:ph-prc-registered-nurse"},
		{"/healthz", "/healthz"},
		{"/readyz", "/readyz"},
		{"/metrics", "/metrics"},
	} {
		if rec := s.do(httptest.NewRequest(http.MethodGet, tc.probe, nil)); rec.Code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", tc.probe, rec.Code)
		}
		if !strings.Contains(usage.String(), tc.listed) {
			t.Errorf("-h does not list %s", tc.listed)
		}
	}
}
