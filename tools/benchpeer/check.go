package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/skillsgraph/skillsgraph/tools/benchpeer/queries"
)

// Each server is asked each question warmups times, or for warmupTime
// if that ends first (at least 3 times), before it is timed: query plans,
// caches and the JIT warm up. Then each is asked it alone timedAlone
// times, the servers in rotation, so that no server is timed while the
// database is colder than for the others (the first asked would be).
const (
	warmups    = 20
	warmupTime = 5 * time.Second
	timedAlone = 15
)

// checkAnswers asks every server q (warming it up), and says, per
// server, why it is not to be timed on q: "" when its answer holds the same
// data as ours-neo4j's (lists compared as sets), else what went wrong.
// Servers are asked in order, ours-neo4j first.
//
// It also returns, per server, the median time of q asked alone, with no
// other load from the benchmark, once every server is warm.
func checkAnswers(ctx context.Context, q queries.Query, servers []*server) (verdict map[string]string, alone map[string]time.Duration) {
	verdict, alone = map[string]string{}, map[string]time.Duration{}
	var ref, want string
	var warm []*server
	for _, s := range servers {
		body, ok := s.body(q)
		if !ok {
			continue
		}
		got, err := warmUp(ctx, q, s, body)
		if err != nil {
			verdict[s.name] = "error: " + err.Error()
			logf("%s: %s FAILED: %v (log %s)", q.Name, s.name, err, s.log.Name())
			continue
		}
		warm = append(warm, s)
		if ref == "" { // ours-neo4j, or the first to answer if it failed
			ref, want = s.name, got
			logf("%s: %s's answer holds %d objects, %d bytes canonical", q.Name, s.name, strings.Count(got, "{"), len(got))
		}
		if got != want {
			verdict[s.name] = "answer differs"
			logf("%s: %s answers DIFFERENT data from %s: not timed\n  %s: %.400s\n  %s: %.400s", q.Name, s.name, ref, ref, want, s.name, got)
		}
	}
	took := map[string][]time.Duration{}
	for range timedAlone {
		for _, s := range warm {
			body, _ := s.body(q)
			t0 := time.Now()
			if _, err := ask(ctx, s.url, body); err == nil {
				took[s.name] = append(took[s.name], time.Since(t0))
			}
		}
	}
	for name, ds := range took {
		slices.Sort(ds)
		alone[name] = ds[len(ds)/2]
	}
	return verdict, alone
}

// warmUp asks s q a few times and returns its last answer, canonical.
func warmUp(ctx context.Context, q queries.Query, s *server, body []byte) (string, error) {
	var got string
	start := time.Now()
	for i := 0; i < warmups && (i < 3 || time.Since(start) < warmupTime); i++ {
		data, err := ask(ctx, s.url, body)
		if err != nil {
			return "", err
		}
		v, err := at(data, s.path(q))
		if err != nil {
			return "", err
		}
		got = canonical(v)
	}
	return got, nil
}

var client = &http.Client{Timeout: 60 * time.Second}

// ask posts body and returns the response's data; GraphQL errors are
// errors.
func ask(ctx context.Context, url string, body []byte) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var r struct {
		Data   map[string]any    `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&r); err != nil || resp.StatusCode != http.StatusOK || len(r.Errors) > 0 {
		return nil, fmt.Errorf("HTTP %d: %.500s", resp.StatusCode, raw)
	}
	return r.Data, nil
}

// at follows a path of keys under data: "[]" maps the rest of the path
// over a list, "[0]" takes its first element.
func at(data map[string]any, path string) (any, error) {
	var walk func(v any, steps []string) (any, error)
	walk = func(v any, steps []string) (any, error) {
		if len(steps) == 0 {
			return v, nil
		}
		switch step := steps[0]; step {
		case "[]", "[0]":
			l, ok := v.([]any)
			if !ok {
				return nil, fmt.Errorf("%s: not a list", path)
			}
			if step == "[0]" {
				if len(l) != 1 {
					return nil, fmt.Errorf("%s: %d elements, want 1", path, len(l))
				}
				return walk(l[0], steps[1:])
			}
			out := make([]any, len(l))
			for i, x := range l {
				var err error
				if out[i], err = walk(x, steps[1:]); err != nil {
					return nil, err
				}
			}
			return out, nil
		default:
			m, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s: %s is not in an object", path, step)
			}
			return walk(m[step], steps[1:])
		}
	}
	return walk(map[string]any(data), strings.Split(path, "."))
}

// canonical encodes v with object keys sorted (encoding/json does) and
// every list sorted by its elements' encodings: the data, whatever order
// a server lists it in.
func canonical(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = canonical(e)
		}
		sort.Strings(parts)
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			b.Write(kb)
			b.WriteByte(':')
			b.WriteString(canonical(x[k]))
		}
		b.WriteByte('}')
		return b.String()
	default:
		b, _ := json.Marshal(x)
		return string(b)
	}
}
