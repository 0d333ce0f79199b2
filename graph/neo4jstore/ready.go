package neo4jstore

import (
	"context"
	"errors"
	"fmt"
)

// Whether the database holds a complete dataset: the Dataset node
// (written last, in the loader's one transaction), and the full-text index,
// online.
const (
	loadedCypher     = `MATCH (d:Dataset) RETURN count(d) > 0 AS loaded`
	indexStateCypher = `SHOW INDEXES YIELD name, state WHERE name = $index RETURN state`
)

// ErrNotLoaded says that Neo4j answers but holds no complete dataset yet.
var ErrNotLoaded = errors.New("neo4jstore: the database holds no complete dataset yet")

// Ready returns nil when Neo4j answers and holds a complete dataset; an
// error wrapping model.ErrUnavailable when it does not answer, and one
// wrapping ErrNotLoaded when it answers without the dataset or with the
// search index not online (a load is under way, or none was made).
func (s *Store) Ready(ctx context.Context) error {
	if err := s.Ping(ctx); err != nil {
		return err
	}
	recs, err := s.read(ctx, "ready", loadedCypher, nil)
	if err != nil {
		return err
	}
	if len(recs) != 1 || recs[0].Values[0] != true {
		return fmt.Errorf("%w: no :Dataset node (load it with go run ./seed -neo4j)", ErrNotLoaded)
	}
	recs, err = s.read(ctx, "ready", indexStateCypher, map[string]any{"index": searchIndex})
	if err != nil {
		return err
	}
	if len(recs) != 1 || recs[0].Values[0] != "ONLINE" {
		var state any = "missing"
		if len(recs) == 1 {
			state = recs[0].Values[0]
		}
		return fmt.Errorf("%w: the full-text index %s is %v, not ONLINE", ErrNotLoaded, searchIndex, state)
	}
	return nil
}
