package graph

import (
	"context"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Store is what the resolvers need of persistence: a small, graph-shaped
// interface that the embedded store (memstore) and Neo4j (neo4jstore) both
// implement, and that storetest holds to one behaviour.
type Store interface {
	// Nodes returns the records with these IDs, aligned with ids; nil where
	// no record has the ID.
	Nodes(ctx context.Context, ids []string) ([]*model.Record, error)
	// Links returns, for each ID, its relationships of type rel in
	// direction dir with the node at the other end, in model.SortLinks order.
	Links(ctx context.Context, ids []string, rel string, dir model.Direction) ([][]model.Link, error)
	// List returns one page of the records that meet the query, and the
	// total that meet it.
	List(ctx context.Context, q model.ListQuery) (model.Page, error)
	// Search returns up to limit records of the kinds (any kind when none)
	// whose words match every word of text (model.TokensMatch), in ID order.
	Search(ctx context.Context, text string, kinds []string, limit int) ([]*model.Record, error)
	// ShortestPaths returns the shortest undirected paths between two nodes
	// (model.SortPaths order).
	ShortestPaths(ctx context.Context, q model.PathQuery) ([]model.Path, error)
	// DataVersion says which dataset the store holds.
	DataVersion(ctx context.Context) (model.DataVersion, error)
}

// Batcher is offered by a store whose every call costs a round trip
// (Neo4j): BatchWindow is how long loaders wait to gather the lookups of
// sibling fields into one call. On such a store resolvers also overlap
// independent reads; on one without it (in process) a goroutine would cost
// more than it saves.
type Batcher interface {
	BatchWindow() time.Duration
}

// BatchWindow returns the store's batch window, 0 when it offers none.
func BatchWindow(s Store) time.Duration {
	if b, ok := s.(Batcher); ok {
		return b.BatchWindow()
	}
	return 0
}
