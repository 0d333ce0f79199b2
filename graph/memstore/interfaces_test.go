package memstore_test

import (
	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
)

var _ graph.Store = (*memstore.Store)(nil)
