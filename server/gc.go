package main

import "runtime/debug"

// Garbage collection defaults for a server whose requests allocate much
// and keep little (a GraphQL answer is built and thrown away): collecting
// when the heap has grown by 400 % of what is live, not 100 %, spends a
// third to a half less CPU on collection per request (BenchmarkAPI, nested
// read on the embedded store), bounded by a soft memory limit of 2 GiB so
// the heap cannot grow without end. The standard GOGC and GOMEMLIMIT
// variables, when set, win.
const (
	defaultGCPercent   = 400
	defaultMemoryLimit = 2 << 30
)

// tuneGC applies the defaults that getenv leaves unset.
func tuneGC(getenv func(string) string) (gcPercent int, memoryLimit int64) {
	gcPercent, memoryLimit = -2, -1 // -2, -1: left as the runtime has them
	if getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
		gcPercent = defaultGCPercent
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
		memoryLimit = defaultMemoryLimit
	}
	return gcPercent, memoryLimit
}
