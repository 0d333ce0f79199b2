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
	fmt.Fprintf(w, "\np50: the median turn's; p99: the worst turn's.\n")
	fmt.Fprintf(w, "alone: one request at a time, once every server is warm (the median of 15, the servers asked in rotation).\n")
	fmt.Fprintf(w, "CPU / request: the CPU time the server process, and Neo4j, used under load, over the requests answered.\n")
	fmt.Fprintf(w, "\n| size | question | server | alone | req/s | p50 | p99 | requests | time-outs | errors | server CPU / request | Neo4j CPU / request |\n")
	fmt.Fprintf(w, "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range rs {
		if r.untimed != "" {
			fmt.Fprintf(w, "| %s | %s | %s | not timed: %.80s | | | | | | | | |\n", r.size, r.query, r.server, r.untimed)
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %.1f | %s | %s | %d | %d | %d | %s | %s |\n", r.size, r.query, r.server,
			fmtDur(r.alone), r.rps, fmtLat(r, r.p50), fmtLat(r, r.p99), r.requests, r.timeouts, r.errors,
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
	fmt.Fprintf(w, "| size | question | ours-neo4j / peer: req/s | p99 | alone | ours-neo4j / floor: req/s | p99 | alone | ours-embedded / floor: req/s | p99 | alone |\n")
	fmt.Fprintf(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, rw := range rows {
		get := func(s string) (result, bool) { r, ok := by[[3]string{rw.size, rw.query, s}]; return r, ok }
		ours, _ := get("ours-neo4j")
		emb, _ := get("ours-embedded")
		peer, okPeer := get("peer")
		floor, okFloor := get("floor")
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", rw.size, rw.query,
			ratio(ours, peer, okPeer, true), ratio(ours, peer, okPeer, false), aloneRatio(ours, peer, okPeer),
			ratio(ours, floor, okFloor, true), ratio(ours, floor, okFloor, false), aloneRatio(ours, floor, okFloor),
			ratio(emb, floor, okFloor, true), ratio(emb, floor, okFloor, false), aloneRatio(emb, floor, okFloor))
	}
}

// ratio is a/b of throughput (rps) or of p99; "-" where either was not
// measured, "n/a" where the other completed nothing.
func ratio(a, b result, ok, rps bool) string {
	switch {
	case !ok || a.untimed != "" || b.untimed != "" || a.server == "":
		return "-"
	case rps && b.rps > 0:
		return fmt.Sprintf("%.2f×", a.rps/b.rps)
	case !rps && a.p99 > 0 && b.p99 > 0:
		return fmt.Sprintf("%.2f×", float64(a.p99)/float64(b.p99))
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
