package neo4jstore

import (
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// writes holds the bookmarks of this store's last write (a load, the
// schema), so that every later read sees it, on a cluster too, without the
// driver's shared bookmark manager: that one is updated by every read as
// well, under one lock, and every transaction would carry what it holds.
// Reads here only need to follow the writes, which are rare.
type writes struct {
	last atomic.Pointer[neo4j.Bookmarks]
}

// since is the bookmarks a new session waits for: those of the last write
// (none before the first).
func (w *writes) since() neo4j.Bookmarks {
	if b := w.last.Load(); b != nil {
		return *b
	}
	return nil
}

// add records the bookmarks a write session ended with.
func (w *writes) add(b neo4j.Bookmarks) {
	if len(b) > 0 {
		w.last.Store(&b)
	}
}
