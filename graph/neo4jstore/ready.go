package neo4jstore

import (
	"context"
	"errors"
	"fmt"
)

// Whether the database holds a complete dataset: the Dataset node
// (written last, in the loader's one transaction), and the full-text
// indexes, online.
const (
	loadedCypher     = `MATCH (d:Dataset) RETURN count(d) > 0 AS loaded`
	indexStateCypher = `SHOW INDEXES YIELD name, state WHERE name IN $indexes RETURN name, state`
)

// ErrNotLoaded says that Neo4j answers but holds no complete dataset yet.
var ErrNotLoaded = errors.New("neo4jstore: the database holds no complete dataset yet")

// Ready returns nil when Neo4j answers and holds a complete dataset; an
// error wrapping model.ErrUnavailable when it does not answer, and one
// wrapping ErrNotLoaded when it answers without the dataset or with the
// search indexes not all online (a load is under way, or none was made).
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
	states, err := s.searchIndexStates(ctx, "ready")
	if err != nil {
		return err
	}
	for _, ix := range searchIndexes() {
		st, ok := states[ix]
		if !ok {
			st = "missing"
		}
		if st != "ONLINE" {
			return fmt.Errorf("%w: the full-text index %s is %v, not ONLINE (load the dataset again with go run ./seed -neo4j)", ErrNotLoaded, ix, st)
		}
	}
	return nil
}

// searchIndexStates reads the state of each search index (searchIndexes)
// the database has, by name; one it lacks is absent.
func (s *Store) searchIndexStates(ctx context.Context, op string) (map[string]any, error) {
	recs, err := s.read(ctx, op, indexStateCypher, map[string]any{"indexes": searchIndexes()})
	if err != nil {
		return nil, err
	}
	states := make(map[string]any, len(recs))
	for _, rec := range recs {
		name, _ := rec.Get("name")
		st, _ := rec.Get("state")
		if n, ok := name.(string); ok {
			states[n] = st
		}
	}
	return states, nil
}
