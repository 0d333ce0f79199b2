package neo4jstore

import (
	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// The store is the API's Store, batches lookups (its calls are round
// trips), and follows recognition's plans in one call.
var (
	_ graph.Store           = (*Store)(nil)
	_ graph.Batcher         = (*Store)(nil)
	_ recognition.Traverser = (*Store)(nil)
)
