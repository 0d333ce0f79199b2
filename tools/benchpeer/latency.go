package main

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// latencies is a histogram of response times as wrk keeps it: how many
// responses took each whole number of microseconds, ascending by time.
type latencies []latencyCount

type latencyCount struct{ us, n int64 }

// parseLatencies reads the "us:count" pairs wrkScript prints.
func parseLatencies(fields []string) (latencies, error) {
	h := make(latencies, 0, len(fields))
	for _, f := range fields {
		us, n, ok := strings.Cut(f, ":")
		if !ok {
			return nil, fmt.Errorf("latency %q: want microseconds:count", f)
		}
		u, err1 := strconv.ParseInt(us, 10, 64)
		c, err2 := strconv.ParseInt(n, 10, 64)
		if err1 != nil || err2 != nil || u < 0 || c <= 0 {
			return nil, fmt.Errorf("latency %q: want microseconds:count", f)
		}
		if len(h) > 0 && u <= h[len(h)-1].us {
			return nil, fmt.Errorf("latency %q: not in ascending order", f)
		}
		h = append(h, latencyCount{u, c})
	}
	return h, nil
}

// wrkInterval is the interval wrk assumes between a connection's requests
// when it corrects its histogram at the end of a run (wrk.c: runtime over
// the requests completed per connection, in integer microseconds), or 0
// when it does not correct (fewer requests than connections).
func wrkInterval(elapsed time.Duration, requests, connections int) int64 {
	if connections <= 0 || requests/connections == 0 {
		return 0
	}
	return elapsed.Microseconds() / int64(requests/connections)
}

// uncorrected returns the histogram of the responses themselves from the
// one wrk hands to its script. Before it prints anything, wrk "corrects"
// its histogram for coordinated omission (stats.c, stats_correct): for
// every response that took n ≥ 2×interval it adds one made-up response at
// each of n−interval, n−2×interval, … while above the interval, as if a
// client had kept sending at that interval while the connection waited.
// Those samples are not responses, and their number grows with a server's
// speed: a stall of 30 ms adds 36 of them to a server answering a
// connection every 0.8 ms, and 2 to one answering every 8 ms. wrk's
// correction is exact arithmetic, so it is undone exactly: the highest
// value received nothing from above, and each value, taken from the top,
// holds its own responses plus what the responses above it added.
func (h latencies) uncorrected(interval int64) (latencies, error) {
	if interval <= 0 {
		return h, nil
	}
	added := map[int64]int64{}
	var total, kept, spread int64
	out := make(latencies, 0, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		b := h[i]
		total += b.n
		n := b.n - added[b.us]
		if n < 0 {
			return nil, fmt.Errorf("latencies: %d at %d µs, fewer than the %d wrk's correction added there: not a corrected histogram for an interval of %d µs", b.n, b.us, added[b.us], interval)
		}
		if n == 0 {
			continue
		}
		if b.us >= 2*interval {
			for m := b.us - interval; m > interval; m -= interval {
				added[m] += n
				spread += n
			}
		}
		kept += n
		out = append(out, latencyCount{b.us, n})
	}
	if total-kept != spread {
		return nil, fmt.Errorf("latencies: wrk's correction for an interval of %d µs adds %d, but %d are not responses", interval, spread, total-kept)
	}
	slices.Reverse(out)
	return out, nil
}

// count is the number of responses in h.
func (h latencies) count() int64 {
	var n int64
	for _, b := range h {
		n += b.n
	}
	return n
}

// percentile is the p-th percentile of h as wrk computes it (stats.c,
// stats_percentile): the first value at which the count reaches the rank
// round(p/100 × count + 0.5); 0 for no responses.
func (h latencies) percentile(p float64) time.Duration {
	rank := int64(math.Round(p/100*float64(h.count()) + 0.5))
	var total int64
	for _, b := range h {
		total += b.n
		if total >= rank {
			return time.Duration(b.us) * time.Microsecond
		}
	}
	return 0
}

// atLeast is the number of responses that took d or longer.
func (h latencies) atLeast(d time.Duration) int {
	var n int64
	for _, b := range h {
		if b.us >= d.Microseconds() {
			n += b.n
		}
	}
	return int(n)
}

// merge is the histogram of the responses of a and b together.
func merge(a, b latencies) latencies {
	out := make(latencies, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].us < b[j].us:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].us < a[i].us:
			out = append(out, b[j])
			j++
		default:
			out = append(out, latencyCount{a[i].us, a[i].n + b[j].n})
			i, j = i+1, j+1
		}
	}
	return out
}
