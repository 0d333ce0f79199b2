package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
)

// loadNeo4j writes g (already validated) into the Neo4j that NEO4J_URI and
// friends name, and prints what it wrote per kind and relationship type.
func loadNeo4j(ctx context.Context, g *model.Graph, out io.Writer) (err error) {
	cfg := neo4jstore.ConfigFromEnv(os.Getenv)
	if cfg.URI == "" {
		return errors.New("NEO4J_URI is not set (e.g. NEO4J_URI=bolt://127.0.0.1:7687; scripts/neo4j start prints it)")
	}
	store, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, store.Close(context.WithoutCancel(ctx))) }()
	if err := store.Ping(ctx); err != nil {
		return fmt.Errorf("%s: %w", neo4jstore.RedactURI(cfg.URI), err)
	}
	st, err := neo4jstore.Load(ctx, store, g)
	if err != nil {
		return err
	}
	return printStats(out, g, neo4jstore.RedactURI(cfg.URI), st)
}

func printStats(out io.Writer, g *model.Graph, uri string, st neo4jstore.Stats) error {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(out, "loaded seed %s (%s) into %s\n", g.Meta.Version, g.Meta.Date, uri)
	nodes, rels := 0, 0
	for _, k := range slices.Sorted(maps.Keys(st.Nodes)) {
		fmt.Fprintf(w, "  %s\t%d\n", k, st.Nodes[k])
		nodes += st.Nodes[k]
	}
	fmt.Fprintf(w, "nodes\t%d\n", nodes)
	for _, k := range slices.Sorted(maps.Keys(st.Rels)) {
		fmt.Fprintf(w, "  %s\t%d\n", k, st.Rels[k])
		rels += st.Rels[k]
	}
	fmt.Fprintf(w, "relationships\t%d\n", rels)
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(out, "created %d nodes and %d relationships; deleted %d nodes and %d relationships not in the seed; %s\n",
		st.NodesCreated, st.RelsCreated, st.NodesDeleted, st.RelsDeleted, st.Elapsed.Round(1e6))
	return err
}
