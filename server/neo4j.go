package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/api"
	"github.com/skillsgraph/skillsgraph/graph/neo4jstore"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// The database can be reloaded under a running server: each answer carries
// the version its reads returned (graph/api's consistency.go), and the
// cached version, for answers that read nothing, is asked again every 10 s.
const neo4jVersionTTL = 10 * time.Second

// openNeo4j opens the Neo4j store; it does not fail when Neo4j is down
// (the driver connects lazily, and /readyz says so), only when the
// configuration is unusable.
func openNeo4j(ctx context.Context, cfg config, logger *slog.Logger, m *metrics) (graph.Store, []handlerOption, func(context.Context) error, error) {
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{
		URI:      cfg.Neo4jURI,
		Username: cfg.Neo4jUsername,
		Password: cfg.Neo4jPassword,
		Database: cfg.Neo4jDatabase,
	}, neo4jstore.WithQueryObserver(m.observeQuery), neo4jstore.WithMaxQueries(cfg.Neo4jMaxQuery))
	if err != nil {
		return nil, nil, nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	if err := s.Ping(pctx); err != nil {
		logger.Warn("neo4j does not answer yet; serving, and /readyz says unavailable until it does", "uri", redactURI(cfg.Neo4jURI), "err", err)
	}
	go warmRecognition(ctx, s, logger)
	perRequest := func(ctx context.Context) context.Context { return neo4jstore.LimitQueries(ctx, cfg.Neo4jPerReq) }
	return s, []handlerOption{withAPI(
		api.WithVersionTTL(neo4jVersionTTL),
		api.WithRequestContext(perRequest),
		api.WithVersionTracking(neo4jstore.TrackVersions, neo4jstore.SeenVersion),
	)}, s.Close, nil
}

// redactURI returns uri fit for a log: a password in it is replaced.
func redactURI(uri string) string { return neo4jstore.RedactURI(uri) }

// warmRecognition asks one recognition question about nothing, so that
// Neo4j plans the recognition traversal (seconds of CPU: it is one large
// query) before the first user's question needs the plan.
func warmRecognition(ctx context.Context, s *neo4jstore.Store, logger *slog.Logger) {
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	t0 := time.Now()
	_, err := recognition.Paths(wctx, s, recognition.Query{From: "-", To: "-", Subject: "-"})
	if err != nil && !errors.Is(err, recognition.ErrNotFound) {
		logger.Warn("planning the recognition query at start failed; the first question will plan it", "err", err)
		return
	}
	logger.Info("recognition query planned", "duration", time.Since(t0).Round(time.Millisecond).String())
}
