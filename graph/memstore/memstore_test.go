package memstore_test

import (
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/storetest"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func TestBehaviour(t *testing.T) {
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	storetest.Run(t, memstore.New(g))
}
