package neo4jstore

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// The stall of recognitionPaths at 16 connections: concurrent first runs
// of one query text must not all go to Neo4j (each would plan it); one
// leads, the others wait for it, and run at once when it ran well.
func TestFirstRunsOneLeaderPerText(t *testing.T) {
	var f firstRuns
	ctx := context.Background()
	lead, err := f.wait(ctx, "q")
	if !lead || err != nil {
		t.Fatalf("first wait = %v, %v; want lead", lead, err)
	}
	const n = 16
	got := make(chan bool, n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := f.wait(ctx, "q")
			if err != nil {
				t.Error(err)
			}
			got <- l
		}()
	}
	if l, _ := f.wait(ctx, "other"); !l {
		t.Fatal("another text waits for the first text's run")
	}
	select {
	case <-got:
		t.Fatal("a second run of q went ahead before the first ended")
	case <-time.After(50 * time.Millisecond):
	}
	f.finish("q", true)
	wg.Wait()
	close(got)
	for l := range got {
		if l {
			t.Error("after a first run that ended well, a waiter was made to lead again")
		}
	}
	if l, err := f.wait(ctx, "q"); l || err != nil {
		t.Errorf("wait after the first run = %v, %v; want to run at once", l, err)
	}
}

func TestFirstRunsFailedRunHandsOver(t *testing.T) {
	var f firstRuns
	ctx := context.Background()
	if l, _ := f.wait(ctx, "q"); !l {
		t.Fatal("no lead")
	}
	next := make(chan bool)
	go func() {
		l, _ := f.wait(ctx, "q")
		next <- l
	}()
	time.Sleep(10 * time.Millisecond)
	f.finish("q", false) // Neo4j out of reach: nothing was planned
	if !<-next {
		t.Fatal("after a failed first run the waiter did not lead the next one")
	}
}

func TestFirstRunsWaiterGivesUp(t *testing.T) {
	var f firstRuns
	if l, _ := f.wait(context.Background(), "q"); !l {
		t.Fatal("no lead")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := f.wait(ctx, "q"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("waiter past its deadline: %v, want DeadlineExceeded", err)
	}
}
