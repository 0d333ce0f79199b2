package main

import (
	"runtime/debug"
	"testing"
)

// The server collects garbage less often by default, and the standard
// variables override it.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

	if p, l := tuneGC(env(nil)); p != defaultGCPercent || l != defaultMemoryLimit {
		t.Errorf("defaults: GC percent %d, memory limit %d", p, l)
	}
	if got := debug.SetGCPercent(100); got != defaultGCPercent {
		t.Errorf("GC percent in force %d, want %d", got, defaultGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != defaultMemoryLimit {
		t.Errorf("memory limit in force %d, want %d", got, defaultMemoryLimit)
	}
	debug.SetMemoryLimit(1 << 40)
	if p, l := tuneGC(env(map[string]string{"GOGC": "150", "GOMEMLIMIT": "1GiB"})); p != -2 || l != -1 {
		t.Errorf("with GOGC and GOMEMLIMIT set: %d, %d, want them left alone", p, l)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC set: GC percent changed to %d", got)
	}
}
