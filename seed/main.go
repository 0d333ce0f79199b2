// Command seed checks the knowledge base and loads it into Neo4j.
//
//	go run ./seed -check          validate the seed; list every problem; exit 1 on any
//	go run ./seed -neo4j          validate, then load into the Neo4j at NEO4J_URI
//	go run ./seed -coverage       print the coverage report (Markdown)
//	go run ./seed -export DIR     write the graph to DIR as CSV (zip), GraphML and JSON-LD
//	go run ./seed -questions      ask every question the API accepts (each
//	                              occupation between every two countries, each
//	                              qualification from its own country, a regional
//	                              one from every ASEAN member, to every other);
//	                              print the share per outcome, of open
//	                              arrangement routes resting on an unverified
//	                              step, and the NOT_COVERED questions by the
//	                              data gap that keeps them open
//
// -dir DIR reads the seed files from DIR instead of the ones built in.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("seed", flag.ContinueOnError)
	fl.SetOutput(stderr)
	check := fl.Bool("check", false, "validate the seed and report every problem")
	toNeo4j := fl.Bool("neo4j", false, "load the seed into Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
	coverage := fl.Bool("coverage", false, "print the coverage report as Markdown")
	exportDir := fl.String("export", "", "write the graph into this folder as CSV (zip), GraphML and JSON-LD, named by dataset version")
	questions := fl.Bool("questions", false, "ask every recognition question the API accepts; print the shares per outcome and what data keeps questions open")
	dir := fl.String("dir", "", "read the seed files from this folder instead of the built-in ones")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if !*check && !*toNeo4j && !*coverage && *exportDir == "" && !*questions {
		fl.Usage()
		return errors.New("say -check, -neo4j, -coverage, -export DIR or -questions")
	}
	var fsys fs.FS = dataset.Embedded()
	if *dir != "" {
		fsys = os.DirFS(*dir)
	}
	g, err := dataset.Load(fsys)
	if err != nil {
		return err
	}
	if *check {
		fmt.Fprintf(stdout, "seed %s (%s) is valid: %d nodes, %d relationships\n", g.Meta.Version, g.Meta.Date, len(g.Nodes), len(g.Edges))
	}
	if *coverage {
		if err := writeCoverage(stdout, g); err != nil {
			return err
		}
	}
	if *exportDir != "" {
		if err := writeExports(ctx, g, *exportDir, stdout); err != nil {
			return err
		}
	}
	if *questions {
		if err := writeQuestions(ctx, stdout, g); err != nil {
			return err
		}
	}
	if *toNeo4j {
		return loadNeo4j(ctx, g, stdout)
	}
	return nil
}
