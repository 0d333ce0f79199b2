package main

import (
	"context"
	"errors"
	"io"

	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func loadNeo4j(ctx context.Context, g *dataset.Graph, out io.Writer) error {
	return errors.New("not yet")
}

func writeCoverage(w io.Writer, g *dataset.Graph) error { return errors.New("not yet") }
