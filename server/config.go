package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/api"
)

// configHelp is the configuration table; it is printed by -h and is meant to
// be pasted into the README as is.
const configHelp = `Configuration: environment variables, overridden by flags.

| env                   | flag                   | default   | meaning |
| --------------------- | ---------------------- | --------- | ------- |
| PORT                  | -port                  | 8080      | TCP port to listen on (0: any free port) |
| ADDR                  | -addr                  | (all)     | host or IP to listen on, e.g. 127.0.0.1 |
| CORS_ALLOWED_ORIGINS  | -cors-allowed-origins  | *         | comma-separated origins allowed to call the API from a browser, e.g. https://a.example,https://b.example; * allows any origin. Credentials (cookies, HTTP auth) are never allowed cross-origin, so * is safe for this read-only public API |
| CORS_ALLOWED_HEADERS  | -cors-allowed-headers  | Content-Type,Authorization,X-Request-Id | comma-separated request headers a browser may send cross-origin (the preflight's Access-Control-Allow-Headers); * allows any. Methods allowed: GET, POST, OPTIONS; X-Request-Id and Retry-After are exposed; preflights are cached 600 s |
| NEO4J_URI             | -neo4j-uri             | (none)    | Neo4j to serve from, e.g. neo4j://db:7687 (a routing URI reads from a cluster's secondaries); unset: the embedded in-memory dataset |
| NEO4J_USERNAME        | -neo4j-username        | (none)    | Neo4j user |
| NEO4J_PASSWORD        | -neo4j-password        | (none)    | Neo4j password (prefer the env variable: flags show in process lists) |
| NEO4J_DATABASE        | -neo4j-database        | neo4j     | Neo4j database name |
| LOG_LEVEL             | -log-level             | info      | debug, info, warn or error |
| LOG_FORMAT            | -log-format            | json      | json or text; logs go to stdout, one line per request |
| INTROSPECTION         | -introspection         | true      | allow schema introspection (GraphiQL needs it) |
| MAX_DEPTH             | -max-depth             | 12        | deepest field nesting a query may have (introspection: 16); deeper is refused with TOO_COMPLEX |
| MAX_COMPLEXITY        | -max-complexity        | 5000      | highest cost a query may have (every field costs 1; lists with first cost their selection times first, paths also times maxHops, a list of neighbours nested in another 10 times; fields that scan or search the graph cost their work, paths 250 per hop; __schema 1000); costlier is refused with TOO_COMPLEX |
| MAX_BODY_BYTES        | -max-body-bytes        | 1048576   | largest request body; larger gets HTTP 413 and BAD_USER_INPUT |
| REQUEST_TIMEOUT       | -request-timeout       | 15s       | time a request may take before it is stopped (DEADLINE_EXCEEDED) |
| SHUTDOWN_TIMEOUT      | -shutdown-timeout      | 20s       | time given to requests in flight on SIGINT/SIGTERM |
| MAX_CONCURRENT        | -max-concurrent        | 512       | operations running at once, any cost; more get HTTP 429 and RATE_LIMITED |
| MAX_CLIENT_CONCURRENT | -max-client-concurrent | 64        | operations running at once from one client (IP address); more get 429 |
| HEAVY_COST            | -heavy-cost            | 200       | an operation costing more than this is costly, and takes one of the MAX_HEAVY_CONCURRENT slots |
| MAX_HEAVY_CONCURRENT  | -max-heavy-concurrent  | 2 per CPU, at least 4 | costly operations running at once; one that finds no slot within HEAVY_WAIT gets 429 (cheap ones never wait for them) |
| MAX_CLIENT_HEAVY      | -max-client-heavy      | 4         | costly operations running at once from one client; more get 429 |
| HEAVY_WAIT            | -heavy-wait            | 2s        | how long a costly operation waits for a slot |
| CLIENT_COST_PER_SECOND| -client-cost-per-second| 20000     | cost one client may spend per second (0: no limit); over it, 429 with Retry-After |
| CLIENT_COST_BURST     | -client-cost-burst     | 40000     | cost one client may save up and spend at once |
| COST_PER_SECOND       | -cost-per-second       | 25000 per CPU | cost all costly operations together may spend per second (0: no limit) |
| CLIENT_IP_HEADER      | -client-ip-header      | (none)    | header in which a trusted reverse proxy puts the client's address (its last value is used), e.g. X-Forwarded-For; unset: the connection's address |
| NEO4J_QUERIES_PER_REQUEST | -neo4j-queries-per-request | 4 | Cypher queries one request may have running at once (Neo4j) |
| NEO4J_MAX_QUERIES     | -neo4j-max-queries     | 64        | Cypher queries the server may have running at once, below the driver's pool of 100 connections (Neo4j) |
| SYNTHETIC_SCALE       | -synthetic-scale       | 1         | embedded store only: serve a synthetic graph this many times the seed (for benchmarks) |

Durations are Go durations (500ms, 15s, 1m). Endpoints: /graphql (POST, GET),
/ (GraphiQL), /explore (the recognition explorer), /assets/ (the pages' scripts and
styles), /schema.graphql (the schema as SDL), /export/graph.{csv.zip,graphml,jsonld}
(the whole graph), /export/recognition.{csv.zip,graphml,jsonld}?from=PH&to=SG&qualification=ID
or &occupation=ID (the routes of one recognitionPaths answer), /healthz, /readyz,
/metrics (Prometheus text format).
`

// config is everything the server can be told.
type config struct {
	Port           int
	Addr           string
	CORSOrigins    []string
	CORSHeaders    []string
	Neo4jURI       string
	Neo4jUsername  string
	Neo4jPassword  string
	Neo4jDatabase  string
	LogLevel       slog.Level
	LogFormat      string
	Introspection  bool
	MaxDepth       int
	MaxComplexity  int
	MaxBodyBytes   int64
	RequestTimeout time.Duration
	ShutdownTime   time.Duration
	Admission      api.AdmissionLimits
	Neo4jPerReq    int // Cypher queries one request may run at once
	Neo4jMaxQuery  int // Cypher queries the server may run at once
	SyntheticScale int
}

// defaultConfig returns the configuration with nothing set.
func defaultConfig() config {
	l := api.DefaultLimits()
	return config{
		Port:           8080,
		CORSOrigins:    []string{"*"},
		CORSHeaders:    []string{"Content-Type", "Authorization", "X-Request-Id"},
		Neo4jDatabase:  "neo4j",
		LogLevel:       slog.LevelInfo,
		LogFormat:      "json",
		Introspection:  l.Introspection,
		MaxDepth:       l.MaxDepth,
		MaxComplexity:  l.MaxComplexity,
		MaxBodyBytes:   l.MaxBodyBytes,
		RequestTimeout: 15 * time.Second,
		ShutdownTime:   20 * time.Second,
		Admission:      api.DefaultAdmission(),
		Neo4jPerReq:    4,
		Neo4jMaxQuery:  64,
		SyntheticScale: 1,
	}
}

// limits are the GraphQL handler's limits.
func (c config) limits() api.Limits {
	return api.Limits{Introspection: c.Introspection, MaxDepth: c.MaxDepth, MaxComplexity: c.MaxComplexity, MaxBodyBytes: c.MaxBodyBytes}
}

// listenAddr is the host:port to listen on.
func (c config) listenAddr() string {
	return net.JoinHostPort(c.Addr, strconv.Itoa(c.Port))
}

// setting is one configuration entry: its env variable, its flag, and how
// to store a value into the config.
type setting struct {
	env, flag, usage string
	set              func(c *config, v string) error
}

func settings() []setting {
	return append([]setting{
		{"PORT", "port", "TCP port to listen on (default 8080; 0: any free port)", intSetting(func(c *config) *int { return &c.Port }, 0, 65535)},
		{"ADDR", "addr", "host or IP to listen on (default: all interfaces)", func(c *config, v string) error { c.Addr = v; return nil }},
		{"CORS_ALLOWED_ORIGINS", "cors-allowed-origins", "comma-separated allowed origins, or * (default *)", func(c *config, v string) error {
			c.CORSOrigins = parseOrigins(v)
			return nil
		}},
		{"CORS_ALLOWED_HEADERS", "cors-allowed-headers", "comma-separated request headers allowed cross-origin, or * (default Content-Type,Authorization,X-Request-Id)", func(c *config, v string) error {
			h, err := parseHeaders(v)
			if err != nil {
				return err
			}
			c.CORSHeaders = h
			return nil
		}},
		{"NEO4J_URI", "neo4j-uri", "Neo4j URI; unset: the embedded in-memory dataset", func(c *config, v string) error { c.Neo4jURI = v; return nil }},
		{"NEO4J_USERNAME", "neo4j-username", "Neo4j user", func(c *config, v string) error { c.Neo4jUsername = v; return nil }},
		{"NEO4J_PASSWORD", "neo4j-password", "Neo4j password (prefer the env variable)", func(c *config, v string) error { c.Neo4jPassword = v; return nil }},
		{"NEO4J_DATABASE", "neo4j-database", "Neo4j database (default neo4j)", func(c *config, v string) error { c.Neo4jDatabase = v; return nil }},
		{"LOG_LEVEL", "log-level", "debug, info, warn or error (default info)", func(c *config, v string) error {
			return c.LogLevel.UnmarshalText([]byte(v))
		}},
		{"LOG_FORMAT", "log-format", "json or text (default json)", func(c *config, v string) error {
			v = strings.ToLower(strings.TrimSpace(v))
			if v != "json" && v != "text" {
				return fmt.Errorf("want json or text, got %q", v)
			}
			c.LogFormat = v
			return nil
		}},
		{"INTROSPECTION", "introspection", "allow schema introspection; -introspection=false turns it off", func(c *config, v string) error {
			b, err := strconv.ParseBool(v)
			c.Introspection = b
			return err
		}},
		{"MAX_DEPTH", "max-depth", "deepest field nesting a query may have (default 12)", intSetting(func(c *config) *int { return &c.MaxDepth }, 1, 1000)},
		{"MAX_COMPLEXITY", "max-complexity", "highest cost a query may have (default 5000)", intSetting(func(c *config) *int { return &c.MaxComplexity }, 1, 1<<30)},
		{"MAX_BODY_BYTES", "max-body-bytes", "largest request body in bytes (default 1048576)", func(c *config, v string) error {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n < 1 {
				return fmt.Errorf("want a positive number of bytes, got %q", v)
			}
			c.MaxBodyBytes = n
			return nil
		}},
		{"REQUEST_TIMEOUT", "request-timeout", "time a request may take (default 15s)", durationSetting(func(c *config) *time.Duration { return &c.RequestTimeout })},
		{"SHUTDOWN_TIMEOUT", "shutdown-timeout", "time given to requests in flight on shutdown (default 20s)", durationSetting(func(c *config) *time.Duration { return &c.ShutdownTime })},
		{"SYNTHETIC_SCALE", "synthetic-scale", "embedded store only: serve a synthetic graph this many times the seed (default 1)", intSetting(func(c *config) *int { return &c.SyntheticScale }, 1, 1000)},
	}, admissionSettings()...)
}

func intSetting(field func(*config) *int, lo, hi int) func(*config, string) error {
	return func(c *config, v string) error {
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("want a whole number from %d to %d, got %q", lo, hi, v)
		}
		*field(c) = n
		return nil
	}
}

func durationSetting(field func(*config) *time.Duration) func(*config, string) error {
	return func(c *config, v string) error {
		d, err := time.ParseDuration(strings.TrimSpace(v))
		if err != nil || d <= 0 {
			return fmt.Errorf("want a positive duration such as 15s, got %q", v)
		}
		*field(c) = d
		return nil
	}
}

// parseOrigins splits a comma-separated origin list; "*" anywhere in it
// means any origin.
func parseOrigins(v string) []string {
	var out []string
	for _, o := range strings.Split(v, ",") {
		o = strings.TrimRight(strings.TrimSpace(o), "/")
		if o == "*" {
			return []string{"*"}
		}
		if o != "" {
			out = append(out, o)
		}
	}
	if len(out) == 0 {
		return []string{"*"}
	}
	return out
}

// parseHeaders splits a comma-separated list of header names; "*" anywhere
// in it means any header. A name that is not an HTTP token is an error.
func parseHeaders(v string) ([]string, error) {
	var out []string
	for _, h := range strings.Split(v, ",") {
		h = strings.TrimSpace(h)
		switch {
		case h == "*":
			return []string{"*"}, nil
		case h == "":
		case strings.Trim(h, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-.^_`|~") != "":
			return nil, fmt.Errorf("%q is not a header name", h)
		default:
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("want header names or *, got %q", v)
	}
	return out, nil
}

// parseConfig reads the environment through getenv, then the flags in args,
// which win. It returns flag.ErrHelp, after printing the usage to stderr,
// when -h is asked for.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	cfg := defaultConfig()
	var errs []error
	for _, s := range settings() {
		if v := getenv(s.env); v != "" {
			if err := s.set(&cfg, v); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", s.env, err))
			}
		}
	}

	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: server [flags]\n\n%s\nFlags:\n", configHelp)
		fs.PrintDefaults()
	}
	byFlag := map[string]setting{}
	for _, s := range settings() {
		byFlag[s.flag] = s
		if s.flag == "introspection" {
			fs.Bool(s.flag, true, s.usage+" [INTROSPECTION]")
			continue
		}
		fs.String(s.flag, "", s.usage+" ["+s.env+"]")
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	fs.Visit(func(f *flag.Flag) {
		if err := byFlag[f.Name].set(&cfg, f.Value.String()); err != nil {
			errs = append(errs, fmt.Errorf("-%s: %w", f.Name, err))
		}
	})
	return cfg, errors.Join(errs...)
}
