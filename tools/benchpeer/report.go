package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

func printPreamble(o options) {
	fmt.Printf("benchpeer %s: wrk -t%d -c%d, %s per server and question in %d turns taken in rotation (each round started by the next server), after an untimed %s turn each; time-out %s; sizes %s\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), o.threads, o.connections, o.duration, o.rounds, o.warmup, o.timeout, strings.Join(o.sizes, ", "))
	fmt.Printf("machine: %d CPUs shared by wrk, the server under test and Neo4j (and anything else running): read the ratios, not the absolute figures\n\n", runtime.NumCPU())
	os.Stdout.Sync()
}

// printResults prints one row per server and question.
func printResults(w io.Writer, rs []result) {
	fmt.Fprintf(w, "\np50, p99: over every response of the turns (wrk's own latencies, its correction undone).\n")
	fmt.Fprintf(w, "p99 (wrk): the p99 wrk prints, the worst turn's. wrk adds to its histogram, for every response slower than twice the\n")
	fmt.Fprintf(w, "mean interval between a connection's requests, a made-up response at each interval below it (its correction for coordinated\n")
	fmt.Fprintf(w, "omission): the faster a server answers, the more of these a stall of the same length adds.\n")
	fmt.Fprintf(w, "alone: one request at a time, once every server is warm (the median of 15, the servers asked in rotation).\n")
	fmt.Fprintf(w, "CPU / request: the CPU time the server process, and Neo4j, used under load, over the requests answered.\n")
	fmt.Fprintf(w, "\n| size | question | server | alone | req/s | p50 | p99 | p99 (wrk) | requests | time-outs | errors | server CPU / request | Neo4j CPU / request |\n")
	fmt.Fprintf(w, "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range rs {
		if r.untimed != "" {
			fmt.Fprintf(w, "| %s | %s | %s | not timed: %.80s | | | | | | | | | |\n", r.size, r.query, r.server, r.untimed)
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %.1f | %s | %s | %s | %d | %d | %d | %s | %s |\n", r.size, r.query, r.server,
			fmtDur(r.alone), r.rps, fmtLat(r, r.p50), fmtLat(r, r.p99), fmtLat(r, r.p99wrk), r.requests, r.timeouts, r.errors,
			r.cpuPerRequest(r.cpuServer), r.cpuPerRequest(r.cpuNeo4j))
	}
}

// printRatios prints, per size and question, throughput and p99 of
// ours-neo4j against the peer and the floor, and of ours-embedded against
// the floor. Throughput ratios: higher is better for ours; p99 ratios:
// lower is better for ours.
func printRatios(w io.Writer, rs []result) {
	by := map[[3]string]result{}
	type row struct{ size, query string }
	var rows []row
	for _, r := range rs {
		k := [3]string{r.size, r.query, r.server}
		by[k] = r
		if r.server == "ours-neo4j" {
			rows = append(rows, row{r.size, r.query})
		}
	}
	fmt.Fprintf(w, "\nRatios, ours / other (req/s: higher is better for ours; p99 and alone: lower is better)\n\n")
	fmt.Fprintf(w, "| size | question | ours-neo4j / peer: req/s | p99 | p99 (wrk) | alone | ours-neo4j / floor: req/s | p99 | alone | ours-embedded / floor: req/s | p99 | alone |\n")
	fmt.Fprintf(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, rw := range rows {
		get := func(s string) (result, bool) { r, ok := by[[3]string{rw.size, rw.query, s}]; return r, ok }
		ours, _ := get("ours-neo4j")
		emb, _ := get("ours-embedded")
		peer, okPeer := get("peer")
		floor, okFloor := get("floor")
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", rw.size, rw.query,
			ratio(ours, peer, okPeer, rps), ratio(ours, peer, okPeer, p99), ratio(ours, peer, okPeer, p99wrk), aloneRatio(ours, peer, okPeer),
			ratio(ours, floor, okFloor, rps), ratio(ours, floor, okFloor, p99), aloneRatio(ours, floor, okFloor),
			ratio(emb, floor, okFloor, rps), ratio(emb, floor, okFloor, p99), aloneRatio(emb, floor, okFloor))
	}
}

// The figures ratio compares.
const (
	rps    = iota // throughput
	p99           // over the responses
	p99wrk        // as wrk prints it
)

// ratio is a/b of a figure; "-" where either was not measured, "n/a"
// where the other completed nothing.
func ratio(a, b result, ok bool, figure int) string {
	if !ok || a.untimed != "" || b.untimed != "" || a.server == "" {
		return "-"
	}
	var x, y float64
	switch figure {
	case rps:
		x, y = a.rps, b.rps
	case p99:
		x, y = float64(a.p99), float64(b.p99)
	case p99wrk:
		x, y = float64(a.p99wrk), float64(b.p99wrk)
	}
	if x > 0 && y > 0 || figure == rps && y > 0 {
		return fmt.Sprintf("%.2f×", x/y)
	}
	return "n/a"
}

// aloneRatio is a/b of the time of one request alone.
func aloneRatio(a, b result, ok bool) string {
	if !ok || a.alone == 0 || b.alone == 0 || a.untimed != "" || b.untimed != "" {
		return "-"
	}
	return fmt.Sprintf("%.2f×", float64(a.alone)/float64(b.alone))
}

func fmtLat(r result, d time.Duration) string {
	if r.requests == 0 || r.p99 == 0 { // wrk recorded no latency
		return "-"
	}
	return fmtDur(d)
}

func fmtDur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	}
	return fmt.Sprintf("%d µs", d.Microseconds())
}
