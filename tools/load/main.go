// Command load runs a mixed workload against a skillsgraph server on this
// machine for a given time and reports throughput, latency, errors by code
// and wrong answers: every answer is compared with the answer the same
// query got alone before the run. scripts/load starts the server (and a
// private Neo4j) and runs it; run it yourself with -h.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// workload is the mix: real questions of the API's users.
var workload = []string{
	`{ country(code: "PH") { name frameworks { code } } }`,
	`{ countries(aseanOnly: true) { code name } }`,
	`{ search(text: "nurse", first: 10) { id } }`,
	`{ occupations(first: 20) { totalCount edges { node { id title } } } }`,
	`{ framework(code: "AQRF") { levels { level referencedFrom { level { id } } } } }`,
	`{ levelEquivalents(framework: "PQF", level: 4) { id } }`,
	`{ recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") { outcome paths { strength summary } } }`,
	`{ compareStandards(a: "standard:accstp", b: "standard:ph-tr-cookery-nc2") { coverage sharedSkills { id } } }`,
	`{ paths(from: "country:PH", to: "country:TH", maxHops: 3) { length nodes { id } } }`,
}

// flood is the costly query sent 200 times at once in the middle of the run.
const flood = `{ paths(from: "qualification:catc-certificate-iii", to: "standard:ph-tr-domestic-work-nc2", maxHops: 6) { length } }`

type result struct {
	at      time.Duration
	latency time.Duration
	status  int
	codes   []string
	wrong   bool
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server (loopback only)")
	dur := flag.Duration("duration", 60*time.Second, "how long to run (at most 10m)")
	conns := flag.Int("conns", 16, "concurrent clients (at most 256)")
	pid := flag.Int("pid", 0, "the server's process ID, for its memory before and after")
	floodAt := flag.Duration("flood-at", 0, "when to send 200 costly requests at once (0: at half time; negative: never)")
	flag.Parse()
	u, err := url.Parse(*base)
	if err != nil || !loopback(u.Hostname()) {
		fail("-url must be a loopback address, not %q", *base)
	}
	*dur = min(*dur, 10*time.Minute)
	*conns = max(1, min(*conns, 256))
	if *floodAt == 0 {
		*floodAt = *dur / 2
	}
	c := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 512}}
	endpoint := strings.TrimRight(*base, "/") + "/graphql"

	want := make([]string, len(workload))
	for i, q := range workload {
		var r answer
		for try := 0; try < 3; try++ { // the first run of a query may plan it, and be slow
			if r = ask(c, endpoint, q); r.status == http.StatusOK && len(r.codes) == 0 {
				break
			}
		}
		if r.status != http.StatusOK || len(r.codes) > 0 {
			fail("%s alone: status %d, errors %v: %s", q, r.status, r.codes, r.messages)
		}
		want[i] = r.data
	}
	memBefore := rss(*pid)

	var (
		mu      sync.Mutex
		results []result
		n       atomic.Int64
	)
	start := time.Now()
	stop := start.Add(*dur)
	var wg sync.WaitGroup
	for range *conns {
		wg.Go(func() {
			var mine []result
			for time.Now().Before(stop) {
				k := int(n.Add(1)) % len(workload)
				t0 := time.Now()
				r := ask(c, endpoint, workload[k])
				mine = append(mine, result{at: t0.Sub(start), latency: time.Since(t0), status: r.status, codes: r.codes,
					wrong: r.status == http.StatusOK && len(r.codes) == 0 && r.data != want[k]})
			}
			mu.Lock()
			results = append(results, mine...)
			mu.Unlock()
		})
	}
	var floodReport string
	if *floodAt > 0 && *floodAt < *dur {
		time.Sleep(*floodAt)
		floodReport = floodTest(c, endpoint, want[0])
	}
	wg.Wait()
	elapsed := time.Since(start)
	memAfter := rss(*pid)
	time.Sleep(10 * time.Second)
	memIdle := rss(*pid)
	report(results, elapsed, *conns)
	if floodReport != "" {
		fmt.Println(floodReport)
	}
	if *pid > 0 {
		fmt.Printf("server memory (RSS): before %s, after %s, after 10 s idle %s\n", mb(memBefore), mb(memAfter), mb(memIdle))
	}
}

// floodTest sends 200 costly requests at once, then a country lookup, and
// says how the lookup fared and what became of the 200.
func floodTest(c *http.Client, endpoint, wantCountry string) string {
	var wg sync.WaitGroup
	statuses := make(chan int, 200)
	for range 200 {
		wg.Go(func() { statuses <- ask(c, endpoint, flood).status })
	}
	time.Sleep(50 * time.Millisecond)
	t0 := time.Now()
	r := ask(c, endpoint, workload[0])
	lookup := time.Since(t0)
	wg.Wait()
	close(statuses)
	byStatus := map[int]int{}
	for s := range statuses {
		byStatus[s]++
	}
	ok := r.status == http.StatusOK && len(r.codes) == 0 && r.data == wantCountry
	return fmt.Sprintf("flood: 200 costly requests at once (statuses %v); a country lookup meanwhile: answered correctly %v in %s",
		byStatus, ok, lookup.Round(time.Millisecond))
}

type answer struct {
	status   int
	codes    []string
	messages []string
	data     string
}

func ask(c *http.Client, endpoint, query string) answer {
	body, _ := json.Marshal(map[string]string{"query": query})
	resp, err := c.Post(endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return answer{status: -1, codes: []string{"TRANSPORT"}}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return answer{status: resp.StatusCode, codes: []string{"TRANSPORT"}}
	}
	var r struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string `json:"message"`
			Extensions struct {
				Code string `json:"code"`
			} `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return answer{status: resp.StatusCode, codes: []string{"NOT_JSON"}}
	}
	a := answer{status: resp.StatusCode, data: string(r.Data)}
	for _, e := range r.Errors {
		a.codes = append(a.codes, cmp.Or(e.Extensions.Code, "(none)"))
		a.messages = append(a.messages, e.Message)
	}
	return a
}

func report(results []result, elapsed time.Duration, conns int) {
	sort.Slice(results, func(i, j int) bool { return results[i].at < results[j].at })
	lat := make([]time.Duration, 0, len(results))
	codes, statuses := map[string]int{}, map[int]int{}
	wrong, fivexx := 0, 0
	for _, r := range results {
		lat = append(lat, r.latency)
		statuses[r.status]++
		for _, c := range r.codes {
			codes[c]++
		}
		if r.wrong {
			wrong++
		}
		if r.status >= 500 && r.status != http.StatusServiceUnavailable || r.status < 0 {
			fivexx++
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	fmt.Printf("requests: %d in %s with %d clients: %.0f/s\n", len(results), elapsed.Round(time.Millisecond), conns, float64(len(results))/elapsed.Seconds())
	fmt.Printf("latency: p50 %s, p99 %s, max %s\n", pct(0.5), pct(0.99), pct(1))
	fmt.Printf("HTTP statuses: %v\n", statuses)
	fmt.Printf("errors by code: %v\n", codes)
	fmt.Printf("wrong answers: %d; 5xx other than 503, or no answer: %d\n", wrong, fivexx)
	fmt.Println("per second: answered / failed, p50")
	bySec := map[int][]result{}
	for _, r := range results {
		bySec[int(r.at.Seconds())] = append(bySec[int(r.at.Seconds())], r)
	}
	for s := 0; s <= int(elapsed.Seconds()); s++ {
		rs := bySec[s]
		if len(rs) == 0 {
			continue
		}
		okN, ls := 0, make([]time.Duration, 0, len(rs))
		for _, r := range rs {
			if r.status == http.StatusOK && len(r.codes) == 0 {
				okN++
			}
			ls = append(ls, r.latency)
		}
		slices.Sort(ls)
		fmt.Printf("  %3ds %6d / %-6d %s\n", s, okN, len(rs)-okN, ls[len(ls)/2].Round(10*time.Microsecond))
	}
}

// rss returns the resident memory of a process, in bytes (0 if unknown).
func rss(pid int) int64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "load: "+format+"\n", args...)
	os.Exit(1)
}
