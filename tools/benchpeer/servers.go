package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/skillsgraph/skillsgraph/tools/benchpeer/queries"
)

// server is one of the servers compared, running as a child process on a
// loopback port.
type server struct {
	name string
	url  string // POST endpoint
	kind string // "ours", "floor" or "peer": which text of a question it is sent
	cmd  *exec.Cmd
	log  *os.File
}

// body returns the request body the server is sent for q, and false when
// it has no answer for q.
func (s *server) body(q queries.Query) ([]byte, bool) {
	var m map[string]any
	switch s.kind {
	case "ours":
		m = map[string]any{"query": q.Ours}
		if q.Vars != nil {
			m["variables"] = q.Vars
		}
	case "floor":
		if q.Cypher == "" {
			return nil, false
		}
		m = map[string]any{"query": q.Ours}
		if q.Vars != nil {
			m["variables"] = q.Vars
		}
	case "peer":
		if q.Peer == "" {
			return nil, false
		}
		m = map[string]any{"query": q.Peer}
		if q.PeerVars != nil {
			m["variables"] = q.PeerVars
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		panic(err) // only strings and maps of them
	}
	return b, true
}

// path says where the server's answer to q keeps its data.
func (s *server) path(q queries.Query) string {
	if s.kind == "peer" {
		return q.PeerPath
	}
	return q.OursPath
}

// startServers starts the four servers over the loaded graph and waits
// until each answers HTTP.
func startServers(ctx context.Context, o options, size string, scale int) ([]*server, error) {
	neo := "NEO4J_URI=" + o.neo4jURI
	// Our admission limits are lifted: the load generator is one client, and
	// the peer and the floor have no such limits, so with them on this would
	// measure the rate limit (scripts/load exercises the limits).
	unlimited := []string{"CLIENT_COST_PER_SECOND=0", "COST_PER_SECOND=0", "MAX_CLIENT_CONCURRENT=1024",
		"MAX_CLIENT_HEAVY=1024", "MAX_HEAVY_CONCURRENT=1024", "MAX_CONCURRENT=1024"}
	specs := []struct {
		name, kind string
		argv       []string
		env        []string
	}{
		{"ours-neo4j", "ours", []string{o.serverBin}, append([]string{neo, "LOG_LEVEL=warn", "ADDR=127.0.0.1"}, unlimited...)},
		{"ours-embedded", "ours", []string{o.serverBin}, append([]string{"LOG_LEVEL=warn", "ADDR=127.0.0.1", "SYNTHETIC_SCALE=" + strconv.Itoa(scale)}, unlimited...)},
		// The floor collects garbage as this server does by default
		// (server/gc.go), so that the ratio measures the work, not a setting.
		{"floor", "floor", []string{o.floorBin}, []string{neo, "GOGC=400", "GOMEMLIMIT=2GiB"}},
		{"peer", "peer", []string{"node", filepath.Join(o.peerDir, "server.mjs")}, []string{neo, "NODE_ENV=production"}},
	}
	var out []*server
	for _, sp := range specs {
		if !o.servers.MatchString(sp.name) {
			continue
		}
		port, err := freePort()
		if err != nil {
			return out, err
		}
		logPath := filepath.Join(o.logDir, fmt.Sprintf("benchpeer-%s-%s.log", size, sp.name))
		f, err := os.Create(logPath)
		if err != nil {
			return out, err
		}
		cmd := exec.Command(sp.argv[0], sp.argv[1:]...)
		cmd.Env = append(cleanEnv(), append(sp.env, "PORT="+strconv.Itoa(port))...)
		cmd.Stdout, cmd.Stderr = f, f
		if err := cmd.Start(); err != nil {
			f.Close()
			return out, fmt.Errorf("starting %s: %w", sp.name, err)
		}
		s := &server{name: sp.name, kind: sp.kind, cmd: cmd, log: f, url: fmt.Sprintf("http://127.0.0.1:%d/graphql", port)}
		if sp.kind == "peer" {
			s.url = fmt.Sprintf("http://127.0.0.1:%d/", port)
		}
		out = append(out, s)
	}
	for _, s := range out {
		if err := waitHTTP(ctx, s.url, 120*time.Second); err != nil {
			return out, fmt.Errorf("%s did not start (log %s): %w", s.name, s.log.Name(), err)
		}
	}
	return out, nil
}

// stopServers stops the servers startServers started (only those, by
// their process).
func stopServers(servers []*server) {
	for _, s := range servers {
		s.cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-done
		}
		s.log.Close()
	}
}

// cleanEnv is this process's environment without the settings the
// servers are given explicitly.
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "NEO4J_URI", "PORT", "ADDR", "SYNTHETIC_SCALE", "LOG_LEVEL":
			continue
		}
		out = append(out, kv)
	}
	return out
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitHTTP waits until url answers a POST with any HTTP status.
func waitHTTP(ctx context.Context, url string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader([]byte(`{"query":"{ __typename }"}`)))
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			return nil
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
}
