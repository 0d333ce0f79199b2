package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// result is one server held under load on one question.
type result struct {
	size, query, server string
	untimed             string // why it was not timed (its answer differs, an error)
	rps                 float64
	p50, p99            time.Duration // over the responses (latencies.uncorrected)
	p50wrk, p99wrk      time.Duration // as wrk prints them, after its correction
	hist                latencies     // the responses' latencies
	requests            int
	alone               time.Duration // one request at a time: the median of the warm-up's
	elapsed             time.Duration
	timeouts, errors    int // errors: HTTP status not 200, or GraphQL errors
	// CPU used over the run by the server and by Neo4j (-1: unknown)
	cpuServer, cpuNeo4j time.Duration
}

// cpuPerRequest is d over the run's requests, "-" where unknown.
func (r result) cpuPerRequest(d time.Duration) string {
	if d < 0 || r.requests == 0 {
		return "-"
	}
	return fmtDur(d / time.Duration(r.requests))
}

// wrkScript posts the body and counts, in every thread, the answers that
// are not HTTP 200 or carry GraphQL errors; done prints two lines the
// runner parses (latencies in microseconds): the turn's totals with p50 and
// p99 as wrk prints them, and wrk's latency histogram, every distinct value
// with its count ("us:count"), from which parseWrk takes the responses'
// own p50 and p99 (latencies.uncorrected says why they differ).
//
// A time-out is a response slower than the benchmark's -timeout (counted by
// parseWrk from the histogram), or none within wrk's own time-out, which is
// the turn's length (timeWithWrk). wrk leaves out of its latencies every
// response slower than its time-out: given the benchmark's 2 s, the p99 of
// a server whose slowest requests passed 2 s was the p99 of the others, and
// at most 2 s, however slow those were. So every response the turn sees
// counts in p50 and p99, and a slow one as a time-out too.
//
// latency(i) is the i-th distinct value, found by a scan from the fastest:
// reading them all costs wrk a second or two on the slowest questions,
// after the turn's clock has stopped.
const wrkScript = `
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [==[%s]==]
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors":', 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("bad") end
  io.write(string.format("BENCHPEER requests=%%d duration_us=%%d socket_timeouts=%%d bad=%%d p50_us=%%d p99_us=%%d\n",
    summary.requests, summary.duration, summary.errors.timeout, n,
    latency:percentile(50), latency:percentile(99)))
  local parts = {}
  for i = 1, #latency do
    local us, count = latency(i)
    parts[#parts + 1] = string.format("%%d:%%d", us, count)
  end
  io.write("BENCHPEER_HIST " .. table.concat(parts, " ") .. "\n")
end
`

// timeWithWrk holds s under load with body for one turn (o.duration
// split into o.rounds).
func timeWithWrk(ctx context.Context, o options, s *server, body []byte) (result, error) {
	return holdWithWrk(ctx, o, s, body, o.duration/time.Duration(o.rounds))
}

// holdWithWrk holds s under load with body for d (in whole seconds, at
// least one: wrk takes no less).
func holdWithWrk(ctx context.Context, o options, s *server, body []byte, d time.Duration) (result, error) {
	f, err := os.CreateTemp("", "benchpeer-*.lua")
	if err != nil {
		return result{}, err
	}
	defer os.Remove(f.Name())
	if bytes.Contains(body, []byte("]==]")) {
		return result{}, fmt.Errorf("the body holds the Lua string delimiter")
	}
	if _, err := fmt.Fprintf(f, wrkScript, body); err != nil {
		return result{}, err
	}
	if err := f.Close(); err != nil {
		return result{}, err
	}
	turn := max(1, int(d.Seconds()))
	cmd := exec.CommandContext(ctx, "wrk",
		"-t", fmt.Sprint(o.threads), "-c", fmt.Sprint(o.connections),
		"-d", fmt.Sprintf("%ds", turn),
		"--timeout", fmt.Sprintf("%ds", max(turn, int(o.timeout.Seconds()))), // see wrkScript
		"-s", f.Name(), s.url)
	if waited := waitQuiet(o.neo4jPID); waited > time.Second {
		logf("%s: waited %s for Neo4j to go quiet", s.name, waited.Round(100*time.Millisecond))
	}
	cpu := startCPU(s.cmd.Process.Pid, o.neo4jPID)
	out, err := cmd.CombinedOutput()
	cpuServer, cpuNeo4j := cpu.stop()
	if err != nil {
		return result{}, fmt.Errorf("wrk: %w: %s", err, out)
	}
	r, err := parseWrk(out, o.connections, o.timeout)
	r.cpuServer, r.cpuNeo4j = cpuServer, cpuNeo4j
	return r, err
}

// parseWrk reads wrkScript's lines: the turn's totals, and the latencies
// of its responses, undoing wrk's correction (latencies.uncorrected) with
// the interval wrk took from the turn's length and connections. A
// response slower than timeout counts as a time-out, as does one wrk gave
// up waiting for.
func parseWrk(out []byte, connections int, timeout time.Duration) (result, error) {
	var r result
	var seen, hist bool
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 64<<20) // the histogram is one line
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "BENCHPEER "):
			var dur, p50, p99 int64
			_, err := fmt.Sscanf(line, "BENCHPEER requests=%d duration_us=%d socket_timeouts=%d bad=%d p50_us=%d p99_us=%d",
				&r.requests, &dur, &r.timeouts, &r.errors, &p50, &p99)
			if err != nil {
				return r, fmt.Errorf("wrk output %q: %w", line, err)
			}
			r.elapsed = time.Duration(dur) * time.Microsecond
			if dur > 0 {
				r.rps = float64(r.requests) / r.elapsed.Seconds()
			}
			r.p50wrk, r.p99wrk = time.Duration(p50)*time.Microsecond, time.Duration(p99)*time.Microsecond
			seen = true
		case strings.HasPrefix(line, "BENCHPEER_HIST"):
			h, err := parseLatencies(strings.Fields(strings.TrimPrefix(line, "BENCHPEER_HIST")))
			if err != nil {
				return r, fmt.Errorf("wrk output: %w", err)
			}
			r.hist = h
			hist = true
		}
	}
	if err := sc.Err(); err != nil {
		return r, fmt.Errorf("wrk output: %w", err)
	}
	if !seen || !hist {
		return result{}, fmt.Errorf("no result lines in wrk's output: %s", out)
	}
	h, err := r.hist.uncorrected(wrkInterval(r.elapsed, r.requests, connections))
	if err != nil {
		return r, err
	}
	r.hist = h
	r.timeouts += h.atLeast(timeout)
	r.p50, r.p99 = h.percentile(50), h.percentile(99)
	return r, nil
}

// combine sums the turns of one server: throughput over their whole
// time, p50 and p99 over all their responses, and of the figures wrk
// prints, the median turn's p50 and the worst turn's p99.
func combine(rs []result) result {
	var out result
	var p50s []time.Duration
	for i, r := range rs {
		if i == 0 {
			out.cpuServer, out.cpuNeo4j = r.cpuServer, r.cpuNeo4j
		} else {
			out.cpuServer, out.cpuNeo4j = addCPU(out.cpuServer, r.cpuServer), addCPU(out.cpuNeo4j, r.cpuNeo4j)
		}
		out.requests += r.requests
		out.elapsed += r.elapsed
		out.timeouts += r.timeouts
		out.errors += r.errors
		out.hist = merge(out.hist, r.hist)
		out.p99wrk = max(out.p99wrk, r.p99wrk)
		if r.requests > 0 {
			p50s = append(p50s, r.p50wrk)
		}
	}
	if out.elapsed > 0 {
		out.rps = float64(out.requests) / out.elapsed.Seconds()
	}
	if len(p50s) > 0 {
		slices.Sort(p50s)
		out.p50wrk = p50s[len(p50s)/2]
	}
	out.p50, out.p99 = out.hist.percentile(50), out.hist.percentile(99)
	return out
}

// addCPU sums CPU times, any unknown (-1) making the sum unknown.
func addCPU(sum, d time.Duration) time.Duration {
	if sum < 0 || d < 0 {
		return -1
	}
	return sum + d
}
