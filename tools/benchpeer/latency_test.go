package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// wrkCorrected is wrk 4.1.0's stats_correct (src/stats.c), transcribed
// over a dense histogram indexed by microseconds:
//
//	for (uint64_t n = expected * 2; n <= stats->max; n++) {
//	    uint64_t count = stats->data[n];
//	    int64_t m = (int64_t) n - expected;
//	    while (count && m > expected) {
//	        stats->data[m] += count;
//	        stats->count += count;
//	        m -= expected;
//	    }
//	}
func wrkCorrected(h latencies, expected int64) latencies {
	if len(h) == 0 {
		return nil
	}
	data := make([]int64, h[len(h)-1].us+1)
	for _, b := range h {
		data[b.us] = b.n
	}
	for n := expected * 2; n < int64(len(data)); n++ {
		count := data[n]
		for m := n - expected; count != 0 && m > expected; m -= expected {
			data[m] += count
		}
	}
	var out latencies
	for us, n := range data {
		if n != 0 {
			out = append(out, latencyCount{int64(us), n})
		}
	}
	return out
}

func TestUncorrectedUndoesWrksCorrection(t *testing.T) {
	// One response of 500 µs at an interval of 100 µs: wrk adds one at 400,
	// 300 and 200 µs, and none at 100 (not above the interval).
	raw := latencies{{100, 3}, {500, 1}}
	corrected := wrkCorrected(raw, 100)
	if want := (latencies{{100, 3}, {200, 1}, {300, 1}, {400, 1}, {500, 1}}); !slices.Equal(corrected, want) {
		t.Fatalf("wrk's correction: %v, want %v", corrected, want)
	}
	if got, err := corrected.uncorrected(100); err != nil || !slices.Equal(got, raw) {
		t.Errorf("uncorrected: %v, %v, want %v", got, err, raw)
	}

	// The README's and uncorrected's example: one stall of 30 ms gains 36
	// made-up responses where a connection answers every 0.8 ms, 2 where it
	// answers every 8 ms; uncorrected takes them all away again.
	stall := latencies{{30000, 1}}
	for interval, want := range map[int64]int64{800: 36, 8000: 2} {
		corrected := wrkCorrected(stall, interval)
		if got := corrected.count() - 1; got != want {
			t.Errorf("a 30-ms stall at an interval of %d µs: wrk adds %d, want %d", interval, got, want)
		}
		if got, err := corrected.uncorrected(interval); err != nil || !slices.Equal(got, stall) {
			t.Errorf("a 30-ms stall at an interval of %d µs, uncorrected: %v, %v, want %v", interval, got, err, stall)
		}
	}

	// Histograms shaped like a fast server's: most responses near the
	// median, a tail of stalls, some values shared with the made-up ones.
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		counts := map[int64]int64{}
		for range 1 + rng.IntN(3000) {
			us := 50 + rng.Int64N(900)
			if rng.IntN(20) == 0 {
				us += rng.Int64N(40000)
			}
			counts[us]++
		}
		raw := latencies{}
		for us, n := range counts {
			raw = append(raw, latencyCount{us, n})
		}
		slices.SortFunc(raw, func(a, b latencyCount) int { return int(a.us - b.us) })
		interval := 1 + rng.Int64N(1500)
		got, err := wrkCorrected(raw, interval).uncorrected(interval)
		if err != nil || !slices.Equal(got, raw) {
			t.Fatalf("trial %d, interval %d µs: uncorrected gave %d values (%v), want the %d recorded", trial, interval, len(got), err, len(raw))
		}
	}
}

func TestUncorrectedRefusesAHistogramWrkCouldNotHaveCorrected(t *testing.T) {
	// A response of 500 µs at an interval of 100 µs makes wrk add one at
	// 400 µs, so a histogram without one there is not a corrected one.
	if got, err := (latencies{{100, 1}, {500, 1}}).uncorrected(100); err == nil {
		t.Errorf("uncorrected: %v, want an error", got)
	}
	// No correction without an interval.
	h := latencies{{100, 1}, {500, 1}}
	if got, err := h.uncorrected(0); err != nil || !slices.Equal(got, h) {
		t.Errorf("uncorrected(0): %v, %v, want %v", got, err, h)
	}
}

func TestPercentileAsWrk(t *testing.T) {
	var h latencies
	for us := int64(1); us <= 100; us++ {
		h = append(h, latencyCount{us, 1})
	}
	// stats_percentile: the rank is round(p/100 × count + 0.5).
	for p, want := range map[float64]time.Duration{50: 51 * time.Microsecond, 99: 100 * time.Microsecond, 90: 91 * time.Microsecond} {
		if got := h.percentile(p); got != want {
			t.Errorf("percentile(%v) = %v, want %v", p, got, want)
		}
	}
	if got := (latencies{}).percentile(99); got != 0 {
		t.Errorf("percentile of nothing = %v, want 0", got)
	}
}

func TestMergeAndAtLeast(t *testing.T) {
	got := merge(latencies{{1, 1}, {5, 2}, {9, 1}}, latencies{{2, 4}, {5, 1}, {12, 3}})
	want := latencies{{1, 1}, {2, 4}, {5, 3}, {9, 1}, {12, 3}}
	if !slices.Equal(got, want) {
		t.Errorf("merge = %v, want %v", got, want)
	}
	if n := want.atLeast(9 * time.Microsecond); n != 4 {
		t.Errorf("atLeast(9 µs) = %d, want 4", n)
	}
}

func TestParseWrkTakesTheResponsesLatencies(t *testing.T) {
	// 16 connections, 1 s, 1,600 responses: wrk's interval is 10,000 µs.
	// 1,596 responses of 1 ms and 4 of 2.5 s; wrk adds to each of the four
	// 248 made-up responses from 2.49 s down to 20 ms, 992 in all, and
	// prints a p99 from those.
	raw := latencies{{1000, 1596}, {2_500_000, 4}}
	corrected := wrkCorrected(raw, 10_000)
	var pairs []string
	for _, b := range corrected {
		pairs = append(pairs, fmt.Sprintf("%d:%d", b.us, b.n))
	}
	out := "Running 1s test\n" +
		"BENCHPEER requests=1600 duration_us=1000000 socket_timeouts=1 bad=2 p50_us=1000 p99_us=2400000\n" +
		"BENCHPEER_HIST " + strings.Join(pairs, " ") + "\n"
	r, err := parseWrk([]byte(out), 16, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if r.requests != 1600 || r.errors != 2 || r.rps != 1600 {
		t.Errorf("requests %d, errors %d, req/s %v; want 1600, 2, 1600", r.requests, r.errors, r.rps)
	}
	if !slices.Equal(r.hist, raw) {
		t.Errorf("latencies %v, want %v", r.hist, raw)
	}
	if r.p50 != time.Millisecond || r.p99 != time.Millisecond {
		t.Errorf("p50 %v, p99 %v; want 1ms, 1ms (4 of 1,600 responses were slow)", r.p50, r.p99)
	}
	if r.p99wrk != 2400*time.Millisecond {
		t.Errorf("wrk's p99 %v, want 2.4s as printed", r.p99wrk)
	}
	if r.timeouts != 5 { // the 4 responses past 2 s, and the one wrk gave up on
		t.Errorf("time-outs %d, want 5", r.timeouts)
	}

	if _, err := parseWrk([]byte("BENCHPEER requests=1 duration_us=1 socket_timeouts=0 bad=0 p50_us=1 p99_us=1\n"), 16, time.Second); err == nil {
		t.Error("output without the histogram: want an error")
	}
}

func TestCombineCountsEveryResponseOfTheTurns(t *testing.T) {
	a := result{requests: 100, elapsed: time.Second, hist: latencies{{1000, 99}, {9000, 1}}, p99wrk: 5 * time.Millisecond, p50wrk: time.Millisecond}
	b := result{requests: 100, elapsed: time.Second, hist: latencies{{1000, 100}}, p99wrk: 2 * time.Millisecond, p50wrk: time.Millisecond}
	c := combine([]result{a, b})
	if c.requests != 200 || c.rps != 100 {
		t.Errorf("requests %d, req/s %v; want 200, 100", c.requests, c.rps)
	}
	// 1 slow response in 200: below the p99 of the two turns together.
	if c.p99 != time.Millisecond || c.p99wrk != 5*time.Millisecond {
		t.Errorf("p99 %v, wrk's %v; want 1ms, and the worst turn's 5ms", c.p99, c.p99wrk)
	}
}
