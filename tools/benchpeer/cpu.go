package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// cpuTime returns the CPU time (user and system) a process has used so
// far, read from /proc; false where it cannot be read. With it each run
// says where the machine's two cores went: the server's share of a
// request and Neo4j's.
func cpuTime(pid int) (time.Duration, bool) {
	if pid <= 0 {
		return 0, false
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')') // the command name may hold spaces
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[i+1:]) // from field 3, the state
	if len(f) < 13 {
		return 0, false
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64) // field 14
	stime, err2 := strconv.ParseInt(f[12], 10, 64) // field 15
	if err1 != nil || err2 != nil {
		return 0, false
	}
	const ticks = 100 // USER_HZ, 100 on Linux
	return time.Duration(utime+stime) * time.Second / ticks, true
}

// cpuMeter measures the CPU two processes use over a span.
type cpuMeter struct {
	pids   [2]int
	before [2]time.Duration
	ok     [2]bool
}

func startCPU(server, neo4j int) *cpuMeter {
	m := &cpuMeter{pids: [2]int{server, neo4j}}
	for i, pid := range m.pids {
		m.before[i], m.ok[i] = cpuTime(pid)
	}
	return m
}

// stop returns the CPU each used since start (-1 where unknown).
func (m *cpuMeter) stop() (server, neo4j time.Duration) {
	out := [2]time.Duration{-1, -1}
	for i, pid := range m.pids {
		if after, ok := cpuTime(pid); ok && m.ok[i] {
			out[i] = after - m.before[i]
		}
	}
	return out[0], out[1]
}

// Before each turn Neo4j is let go quiet: after a turn it goes on working
// for a while (garbage collection of what the last server's queries left),
// and the next server in the rotation would pay for it. The turn starts
// once Neo4j used under quietShare of one core over a quietSpan, or after
// quietMax.
const (
	quietSpan  = 250 * time.Millisecond
	quietShare = 0.05
	quietMax   = 10 * time.Second
)

// waitQuiet waits until the process pid goes quiet, as above, and says
// how long it waited; it returns at once when its CPU time cannot be read.
func waitQuiet(pid int) time.Duration {
	start := time.Now()
	last, ok := cpuTime(pid)
	for ok && time.Since(start) < quietMax {
		time.Sleep(quietSpan)
		now, ok := cpuTime(pid)
		if !ok || float64(now-last) < quietShare*float64(quietSpan) {
			break
		}
		last = now
	}
	return time.Since(start)
}
