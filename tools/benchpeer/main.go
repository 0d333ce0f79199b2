// Command benchpeer runs the side-by-side benchmark that scripts/bench-peer
// starts: on one Neo4j, loaded with the seed and then with a graph 100 times
// its size (dataset.Scale), it starts
//
//	ours-neo4j     this server on Neo4j
//	ours-embedded  this server on the embedded store (same graph, in memory)
//	floor          one hand-written Cypher query per request (tools/benchpeer/floor)
//	peer           @neo4j/graphql on Apollo Server (tools/benchpeer/peer)
//
// checks that each answers every question with the same data as
// ours-neo4j, then times each with wrk and prints throughput, p50 and p99,
// and the ratios. It WIPES the database at -neo4j-uri.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
	"github.com/skillsgraph/skillsgraph/tools/benchpeer/queries"
)

type options struct {
	neo4jURI    string
	neo4jPID    int
	serverBin   string
	floorBin    string
	peerDir     string
	sizes       []string
	only        *regexp.Regexp
	servers     *regexp.Regexp
	duration    time.Duration
	rounds      int
	warmup      time.Duration
	connections int
	threads     int
	timeout     time.Duration
	logDir      string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "benchpeer:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string) error {
	o, err := parseFlags(args)
	if err != nil {
		return err
	}
	seed, err := dataset.Load(dataset.Embedded())
	if err != nil {
		return err
	}
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: o.neo4jURI})
	if err != nil {
		return err
	}
	defer store.Close(context.Background())

	printPreamble(o)
	var all []result
	for _, size := range o.sizes {
		scale := 1
		if size == "x100" {
			scale = 100
		}
		g := seed
		if scale > 1 {
			g = dataset.Scale(seed, scale)
		}
		t0 := time.Now()
		if _, err := neo4jstore.Load(ctx, store, g); err != nil {
			return fmt.Errorf("loading %s: %w", size, err)
		}
		logf("%s: loaded %d nodes, %d relationships into Neo4j in %s", size, len(g.Nodes), len(g.Edges), time.Since(t0).Round(time.Millisecond))
		rs, err := runSize(ctx, o, size, scale)
		if err != nil {
			return err
		}
		all = append(all, rs...)
	}
	printResults(os.Stdout, all)
	printRatios(os.Stdout, all)
	return nil
}

// runSize starts the four servers over the graph loaded now, checks their
// answers and times them.
func runSize(ctx context.Context, o options, size string, scale int) ([]result, error) {
	servers, err := startServers(ctx, o, size, scale)
	defer stopServers(servers)
	if err != nil {
		return nil, err
	}
	settle(ctx, servers)
	var out []result
	for _, q := range queries.All {
		if !o.only.MatchString(q.Name) {
			continue
		}
		verdict, alone := checkAnswers(ctx, q, servers)
		rs, err := timeQuestion(ctx, o, q, servers, verdict)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", size, q.Name, err)
		}
		for _, r := range rs {
			r.size, r.query, r.alone = size, q.Name, alone[r.server]
			out = append(out, r)
		}
	}
	return out, nil
}

// settle asks every server every question once, answers unchecked, before
// anything is measured: this server plans its recognition query on Neo4j
// at start, and that must not weigh on the first question's figures.
func settle(ctx context.Context, servers []*server) {
	for _, s := range servers {
		for _, q := range queries.All {
			if body, ok := s.body(q); ok {
				ask(ctx, s.url, body)
			}
		}
	}
}

// timeQuestion holds each server that answered q right under load for
// o.duration, in o.rounds turns taken in rotation, so that other work on
// the machine weighs on every server alike; the rounds' results are summed.
func timeQuestion(ctx context.Context, o options, q queries.Query, servers []*server, verdict map[string]string) ([]result, error) {
	var out []result
	var timed []*server
	for _, s := range servers {
		if _, ok := s.body(q); !ok {
			continue
		}
		if v := verdict[s.name]; v != "" {
			out = append(out, result{server: s.name, untimed: v})
			continue
		}
		timed = append(timed, s)
	}
	// A turn under load, untimed, for every server first: Neo4j plans and
	// compiles each server's Cypher on its first requests, and its JIT
	// warms on them, which would weigh on whichever server went first.
	if o.warmup > 0 {
		for _, s := range timed {
			body, _ := s.body(q)
			if _, err := holdWithWrk(ctx, o, s, body, o.warmup); err != nil {
				return nil, fmt.Errorf("%s: warm-up: %w", s.name, err)
			}
		}
	}
	rounds := make(map[string][]result)
	for round := range o.rounds {
		// Each round starts with the next server: none always goes first.
		for i := range timed {
			s := timed[(round+i)%len(timed)]
			body, _ := s.body(q)
			r, err := timeWithWrk(ctx, o, s, body)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.name, err)
			}
			rounds[s.name] = append(rounds[s.name], r)
		}
	}
	for _, s := range timed {
		r := combine(rounds[s.name])
		r.server = s.name
		logf("%-13s %-14s %8.1f req/s  p50 %-9s p99 %-9s (wrk %-9s) timeouts %d errors %d", q.Name, s.name,
			r.rps, fmtLat(r, r.p50), fmtLat(r, r.p99), fmtLat(r, r.p99wrk), r.timeouts, r.errors)
		out = append(out, r)
	}
	return out, nil
}

func parseFlags(args []string) (options, error) {
	fl := flag.NewFlagSet("benchpeer", flag.ContinueOnError)
	var o options
	var sizes, only, servers string
	fl.StringVar(&o.neo4jURI, "neo4j-uri", "", "the Neo4j to load and read (its database is WIPED)")
	fl.IntVar(&o.neo4jPID, "neo4j-pid", 0, "the Neo4j's process, to measure the CPU it uses per request (0: not measured)")
	fl.StringVar(&o.serverBin, "server", "", "this project's server binary (go build ./server)")
	fl.StringVar(&o.floorBin, "floor", "", "the floor server binary (go build ./tools/benchpeer/floor)")
	fl.StringVar(&o.peerDir, "peer", "tools/benchpeer/peer", "the @neo4j/graphql peer's folder, after npm ci")
	fl.StringVar(&sizes, "sizes", "seed,x100", "graph sizes, comma-separated: seed, x100")
	fl.StringVar(&only, "only", ".", "time only the questions whose name matches this regexp")
	fl.StringVar(&servers, "servers", ".", "start only the servers whose name matches this regexp (ours-neo4j, ours-embedded, floor, peer)")
	fl.DurationVar(&o.duration, "duration", 10*time.Second, "how long each server is held under load per question")
	fl.IntVar(&o.rounds, "rounds", 2, "split each server's time into this many turns, taken in rotation with the other servers")
	fl.DurationVar(&o.warmup, "warmup", 2*time.Second, "before the timed turns of each question, hold each server under the same load this long, untimed (0: none)")
	fl.IntVar(&o.connections, "connections", 16, "concurrent connections")
	fl.IntVar(&o.threads, "threads", 2, "load generator threads")
	fl.DurationVar(&o.timeout, "timeout", 2*time.Second, "a request slower than this counts as a time-out")
	fl.StringVar(&o.logDir, "logs", os.TempDir(), "folder for the servers' logs")
	if err := fl.Parse(args); err != nil {
		return o, err
	}
	if o.neo4jURI == "" || o.serverBin == "" || o.floorBin == "" {
		return o, fmt.Errorf("-neo4j-uri, -server and -floor are required")
	}
	if o.rounds < 1 || o.duration/time.Duration(o.rounds) < time.Second {
		return o, fmt.Errorf("-rounds: each turn must last at least 1 s")
	}
	for _, s := range strings.Split(sizes, ",") {
		if s != "seed" && s != "x100" {
			return o, fmt.Errorf("-sizes: %q is not seed or x100", s)
		}
		o.sizes = append(o.sizes, s)
	}
	re, err := regexp.Compile(only)
	if err != nil {
		return o, fmt.Errorf("-only: %w", err)
	}
	o.only = re
	if o.servers, err = regexp.Compile(servers); err != nil {
		return o, fmt.Errorf("-servers: %w", err)
	}
	return o, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchpeer: "+format+"\n", args...)
}
