package neo4jstore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// TestOutage starts a second Neo4j of its own (scripts/neo4j, on a free
// port and a fresh state dir), loads the seed, stops it under an open
// store, and checks that the store reports model.ErrUnavailable promptly
// and recovers, without being reopened, once Neo4j is back.
func TestOutage(t *testing.T) {
	neo4jStore(t) // the same rule: skipped without SKILLSGRAPH_TEST_NEO4J_URI, failed in CI
	if testing.Short() {
		t.Skip("-short: the outage test starts and stops a Neo4j of its own")
	}
	ctl := neo4jControl(t)
	uri := ctl("start")
	t.Cleanup(func() { ctl("stop") })

	s, err := Open(ctxT(t), Config{URI: uri})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	if _, err := Load(loadCtx(t), s, seed); err != nil {
		t.Fatal(err)
	}
	ctx := ctxT(t) // the outage's reads, from here
	ids := []string{"country:PH"}
	if rs, err := s.Nodes(ctx, ids); err != nil || rs[0] == nil {
		t.Fatalf("Nodes(%v) before the outage = %v, %v", ids, rs, err)
	}

	ctl("stop")

	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := s.Ping(pctx); !errors.Is(err, model.ErrUnavailable) {
		t.Errorf("Ping during the outage = %v, want an error wrapping model.ErrUnavailable", err)
	}
	// With a request deadline, and without one (the driver's own timeouts
	// then bound the wait).
	for _, timeout := range []time.Duration{2 * time.Second, 0} {
		qctx, cancel := context.WithCancel(ctx)
		if timeout > 0 {
			qctx, cancel = context.WithTimeout(ctx, timeout)
		}
		start := time.Now()
		_, err := s.Nodes(qctx, ids)
		took := time.Since(start)
		cancel()
		if !errors.Is(err, model.ErrUnavailable) {
			t.Errorf("Nodes during the outage (deadline %v) = %v, want an error wrapping model.ErrUnavailable", timeout, err)
		}
		if limit := 3 * time.Second; timeout == 0 && took > maxRetryTime+limit || timeout > 0 && took > timeout+limit {
			t.Errorf("Nodes during the outage (deadline %v) took %v", timeout, took)
		}
		if code := presentedCode(err); code != graph.CodeUnavailable {
			t.Errorf("the API would present %v as %s, want %s", err, code, graph.CodeUnavailable)
		}
		t.Logf("during the outage (request deadline %v; 0 = none): %v after %v", timeout, err, took.Round(time.Millisecond))
	}
	if _, err := s.Search(ctx, "nurse", nil, 5); !errors.Is(err, model.ErrUnavailable) {
		t.Errorf("Search during the outage = %v, want model.ErrUnavailable", err)
	}

	ctl("start")
	ctx = ctxT(t) // the recovery's reads, from Neo4j's restart
	deadline := time.Now().Add(time.Minute)
	for {
		rs, err := s.Nodes(ctx, ids)
		if err == nil {
			if rs[0] == nil || rs[0].ID != ids[0] {
				t.Fatalf("Nodes(%v) after the outage = %v, want the record", ids, rs)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the store did not recover within a minute of Neo4j's restart: %v", err)
		}
		time.Sleep(500 * time.Millisecond)
	}
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping after the outage: %v", err)
	}
	if ps, err := s.ShortestPaths(ctx, model.PathQuery{From: "country:PH", To: "country:TH", MaxHops: 4, Limit: -1}); err != nil || len(ps) == 0 {
		t.Errorf("ShortestPaths after the outage = %d paths, %v", len(ps), err)
	}
}

// neo4jControl returns a function running scripts/neo4j start|stop for a
// Neo4j of the test's own (state dir and port); start returns its URI.
func neo4jControl(t *testing.T) func(cmd string) string {
	script, err := filepath.Abs("../../scripts/neo4j")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(script); err != nil {
		t.Fatalf("the outage test needs scripts/neo4j: %v", err)
	}
	env := append(os.Environ(),
		"NEO4J_STATE_DIR="+t.TempDir(),
		fmt.Sprintf("NEO4J_BOLT_PORT=%d", freePort(t)),
	)
	return func(cmd string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute) // a first start may build the launcher
		defer cancel()
		c := exec.CommandContext(ctx, script, cmd)
		c.Env = env
		var stdout, stderr bytes.Buffer
		c.Stdout, c.Stderr = &stdout, &stderr
		if err := c.Run(); err != nil {
			t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, stderr.String())
		}
		if cmd != "start" {
			return ""
		}
		for _, line := range strings.Split(stdout.String(), "\n") {
			if uri, ok := strings.CutPrefix(line, "NEO4J_URI="); ok {
				return strings.TrimSpace(uri)
			}
		}
		t.Fatalf("scripts/neo4j start printed no NEO4J_URI line:\n%s\n%s", stdout.String(), stderr.String())
		return ""
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func presentedCode(err error) any {
	present := api.PresentError(slog.New(slog.NewTextHandler(io.Discard, nil)))
	return present(context.Background(), err).Extensions["code"]
}
