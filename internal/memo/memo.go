// Package memo keeps values that are costly to build and the same every
// time for the same key (a query text built for a selection, the
// properties an operation reads), bounded in size: a key space that clients
// choose (their queries) must not grow memory without end.
package memo

import "sync"

// Map remembers up to Max values by key (64 when Max is 0). When it is
// full, the next new value clears it first: the keys in use come back on
// their next request. The zero value is ready to use; it is safe for
// concurrent use. A value is shared by every caller that gets it, so it
// must not be changed.
type Map[K comparable, V any] struct {
	Max int

	mu sync.RWMutex
	m  map[K]V
}

// Get returns the value of k, built by build the first time (and again
// after the map was cleared). Two callers that miss at once may both build
// it; one value is kept.
func (c *Map[K, V]) Get(k K, build func() V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = build()
	c.mu.Lock()
	defer c.mu.Unlock()
	max := c.Max
	if max <= 0 {
		max = 64
	}
	if c.m == nil || len(c.m) >= max {
		c.m = make(map[K]V, max)
	}
	c.m[k] = v
	return v
}

// Len is how many values the map holds.
func (c *Map[K, V]) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.m)
}
