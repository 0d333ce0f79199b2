// Command server serves the skillsgraph GraphQL API: GraphQL at /graphql,
// GraphiQL at /, health at /healthz and /readyz, metrics at /metrics. It
// serves the embedded dataset from memory, or Neo4j when NEO4J_URI is set;
// run it with -h for its configuration.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

// run serves until ctx is done, then shuts down gracefully. Configuration
// comes from getenv and args (flags win); logs go to stdout, usage and flag
// errors to stderr.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) (err error) {
	cfg, err := parseConfig(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	logger := newLogger(cfg, stdout)
	tuneGC(getenv)
	m := newMetrics()
	stopTracing, err := setupTracing(ctx, getenv)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, closeWithin(closeTimeout, stopTracing)) }()

	store, opts, closeStore, err := openStore(ctx, cfg, logger, m)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, closeWithin(closeTimeout, closeStore)) }()

	ln, err := net.Listen("tcp", cfg.listenAddr())
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           newHandler(cfg, store, logger, append(opts, withMetrics(m))...),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       cfg.RequestTimeout,
		WriteTimeout:      cfg.RequestTimeout + 5*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("listening", "addr", ln.Addr().String(), "store", storeKind(cfg), "cors_allowed_origins", cfg.CORSOrigins)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serving: %w", err)
	case <-ctx.Done():
	}

	logger.Info("shutting down", "timeout", cfg.ShutdownTime.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTime)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving: %w", err)
	}
	logger.Info("stopped")
	return nil
}

// closeTimeout bounds how long closing the store or flushing traces may take.
const closeTimeout = 5 * time.Second

// closeWithin calls close with a context that ends after d.
func closeWithin(d time.Duration, close func(context.Context) error) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	return close(ctx)
}

func storeKind(cfg config) string {
	if cfg.Neo4jURI != "" {
		return "neo4j"
	}
	return "memory"
}

// openStore opens the store the configuration names, with the handler
// options that suit it and a function that closes it.
func openStore(ctx context.Context, cfg config, logger *slog.Logger, m *metrics) (graph.Store, []handlerOption, func(context.Context) error, error) {
	if cfg.Neo4jURI != "" {
		return openNeo4j(ctx, cfg, logger, m)
	}
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		return nil, nil, nil, fmt.Errorf("loading the embedded dataset: %w", err)
	}
	if cfg.SyntheticScale > 1 {
		g = dataset.Scale(g, cfg.SyntheticScale)
	}
	noop := func(context.Context) error { return nil }
	return memstore.New(g), nil, noop, nil
}

func newLogger(cfg config, w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: cfg.LogLevel}
	var h slog.Handler = slog.NewJSONHandler(w, opts)
	if cfg.LogFormat == "text" {
		h = slog.NewTextHandler(w, opts)
	}
	return slog.New(requestIDHandler{h})
}
