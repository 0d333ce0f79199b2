package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/skillsgraph/skillsgraph/graph/export"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// writeExports writes g into dir in every export format, each file named
// with the dataset version (skillsgraph-2026.11.2.graphml), as the
// server's /export/graph.* gives it.
func writeExports(ctx context.Context, g *model.Graph, dir string, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	snap, err := export.Load(ctx, memstore.New(g))
	if err != nil {
		return err
	}
	names := make([]string, 0, len(export.Formats))
	for name := range export.Formats {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f := export.Formats[name]
		path := filepath.Join(dir, snap.Filename(f.Ext))
		if err := writeFile(path, func(w io.Writer) error { return f.Write(w, snap) }); err != nil {
			return fmt.Errorf("export %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "wrote %s (%d nodes, %d relationships)\n", path, len(snap.Nodes), len(snap.Edges))
	}
	return nil
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return errors.Join(write(f), f.Close())
}
