package memo

import (
	"sync"
	"testing"
)

func TestGetBuildsOncePerKey(t *testing.T) {
	var c Map[string, int]
	builds := 0
	for range 3 {
		if got := c.Get("a", func() int { builds++; return 7 }); got != 7 {
			t.Fatalf("Get = %d, want 7", got)
		}
	}
	if builds != 1 {
		t.Errorf("built %d times, want once", builds)
	}
}

// A full map starts over rather than grow: clients choose the keys.
func TestGetStaysBounded(t *testing.T) {
	c := Map[int, int]{Max: 4}
	for i := range 10 {
		c.Get(i, func() int { return i })
		if n := c.Len(); n > 4 {
			t.Fatalf("after %d keys the map holds %d, want at most 4", i+1, n)
		}
	}
	builds := 0
	if got := c.Get(9, func() int { builds++; return -1 }); got != 9 || builds != 0 {
		t.Errorf("the last key: Get = %d after %d builds, want 9 kept", got, builds)
	}
	if got := c.Get(0, func() int { builds++; return 0 }); got != 0 || builds != 1 {
		t.Errorf("a cleared key: Get = %d after %d builds, want it built again", got, builds)
	}
}

func TestGetConcurrent(t *testing.T) {
	c := Map[int, int]{Max: 8}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				k := (i + g) % 20
				if got := c.Get(k, func() int { return k * 2 }); got != k*2 {
					t.Errorf("Get(%d) = %d", k, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
