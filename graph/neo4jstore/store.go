// Package neo4jstore is the Neo4j implementation of the API's Store: Cypher over
// neo4j-go-driver/v5, one parameterised query per call, run in managed read
// transactions routed to readers. It answers every call exactly as memstore
// does over the same seed (the tests in this package compare the two, and
// storetest holds both to one suite). Load writes the seed.
//
// The graph in Neo4j: every record is a node labelled :Node and with its
// kind (:Country, :Qualification...), its properties as the seed has them
// plus id; every edge is a relationship of its type with its properties; a
// single (:Dataset {version, date, title}) node says which seed is loaded.
package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// tracer makes a span per Cypher query, inside the caller's (the GraphQL
// operation's); it does nothing unless the program set a tracer provider.
var tracer = otel.Tracer("github.com/skillsgraph/skillsgraph/graph/neo4jstore")

// DefaultDatabase is the database used when Config.Database is empty.
const DefaultDatabase = "neo4j"

// Driver timeouts: short enough that a request notices an outage in
// seconds (the API then answers UNAVAILABLE), long enough for a loaded
// server. A request's own ctx deadline wins when it is earlier.
const (
	connectTimeout     = 3 * time.Second  // TCP connect
	acquireTimeout     = 5 * time.Second  // wait for a pooled connection
	maxRetryTime       = 5 * time.Second  // managed transaction retries
	livenessCheckAfter = 30 * time.Second // ping connections idle longer than this
	serverTimeoutSlack = time.Second      // server-side timeout past a request's deadline
)

// Config says where Neo4j is. An empty Username means no authentication.
type Config struct {
	URI, Username, Password, Database string
}

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME (or NEO4J_USER),
// NEO4J_PASSWORD and NEO4J_DATABASE through getenv (os.Getenv in main).
func ConfigFromEnv(getenv func(string) string) Config {
	c := Config{
		URI:      getenv("NEO4J_URI"),
		Username: getenv("NEO4J_USERNAME"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
	if c.Username == "" {
		c.Username = getenv("NEO4J_USER")
	}
	return c
}

// Option configures a Store.
type Option func(*Store)

// DefaultBatchWindow is how long the API's loaders wait for sibling fields
// before calling the store: a few milliseconds, so that a request's
// lookups go as few round trips.
const DefaultBatchWindow = 3 * time.Millisecond

// WithBatchWindow sets the store's BatchWindow.
func WithBatchWindow(d time.Duration) Option {
	return func(s *Store) { s.batchWindow = d }
}

// WithQueryObserver has f called once per Cypher query the store runs
// (one per Store method call, one per statement of Load), with the query
// text, how long it took (retries included) and its error.
func WithQueryObserver(f func(query string, d time.Duration, err error)) Option {
	return func(s *Store) { s.observe = f }
}

// WithMaxQueries has at most n Cypher queries run at once (default
// DefaultMaxQueries); more wait for a slot, within their request's time.
func WithMaxQueries(n int) Option {
	return func(s *Store) { s.slots = make(querySlots, max(1, n)) }
}

// DefaultMaxQueries is below the driver's pool of 100 connections.
const DefaultMaxQueries = 64

// Store is the API's graph store over Neo4j. It is safe for concurrent use.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	observe func(query string, d time.Duration, err error)
	brk     *breaker
	slots   querySlots
	first   firstRuns // see firstrun.go
	written writes    // see bookmarks.go
	// expected is the dataset version reads test each node for (see
	// markVersion), nil until Load or DataVersion says which it is.
	expected atomic.Pointer[string]
	// unlabelled: the database's nodes carry no version label (loaded
	// by an earlier build); reads then take every node as expected.
	unlabelled atomic.Bool
	// ranked: the nodes carry the phrases search ranks by (rank.go), so
	// Neo4j ranks searches; false until Load or DataVersion says so.
	ranked atomic.Bool

	batchWindow time.Duration
}

// Open creates the driver. It does not connect: a Neo4j that is down makes
// queries fail with model.ErrUnavailable, not Open; call Ping to check.
// Open fails only on a configuration the driver refuses (an empty or
// malformed URI, an unknown scheme). bolt://, neo4j:// (routing) and their
// +s / +ssc variants are accepted.
func Open(ctx context.Context, cfg Config, opts ...Option) (*Store, error) {
	if cfg.URI == "" {
		return nil, errors.New("neo4jstore: no URI configured (set NEO4J_URI)")
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = connectTimeout
		c.ConnectionAcquisitionTimeout = acquireTimeout
		c.MaxTransactionRetryTime = maxRetryTime
		c.ConnectionLivenessCheckTimeout = livenessCheckAfter
	})
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: %w", err)
	}
	s := &Store{driver: driver, db: cfg.Database, observe: func(string, time.Duration, error) {}, batchWindow: DefaultBatchWindow,
		brk: &breaker{now: time.Now}, slots: make(querySlots, DefaultMaxQueries)}
	if s.db == "" {
		s.db = DefaultDatabase
	}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Ping checks that Neo4j answers; the error wraps model.ErrUnavailable
// when it does not.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		if ctx.Err() == nil {
			s.brk.trip() // refused, not merely slow
		}
		return fmt.Errorf("neo4jstore: ping: %w", classify(err, false))
	}
	s.brk.done(false, reached)
	return nil
}

// BatchWindow says how long callers should wait to gather lookups into one
// call: each call is a round trip.
func (s *Store) BatchWindow() time.Duration { return s.batchWindow }

// Close closes the driver and its connections.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// read runs one query in a managed read transaction routed to a reader and
// returns all its records.
func (s *Store) read(ctx context.Context, op, query string, params map[string]any) ([]*neo4j.Record, error) {
	if strings.Contains(query, versionSlot) {
		query, params = s.markVersion(ctx, query, params)
	}
	return s.run(ctx, neo4j.AccessModeRead, op, query, params)
}

func (s *Store) run(ctx context.Context, mode neo4j.AccessMode, op, query string, params map[string]any) (recs []*neo4j.Record, err error) {
	ok, probe := s.brk.allow()
	if !ok {
		return nil, s.brk.refused(op)
	}
	release, err := s.acquire(ctx)
	if err != nil {
		s.brk.done(probe, unknown)
		return nil, fmt.Errorf("neo4jstore: %s: waiting for a query slot: %w", op, err)
	}
	defer release()
	start := time.Now()
	ctx, span := tracer.Start(ctx, "neo4j "+op, trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(
		attribute.String("db.system.name", "neo4j"),
		attribute.String("db.namespace", s.db),
		attribute.String("db.query.text", query), // parameterised: never the values
	))
	var connected atomic.Bool // the transaction function ran: a connection was had
	defer func() {
		if err != nil {
			err = fmt.Errorf("neo4jstore: %s: %w", op, classify(err, connected.Load()))
			span.SetStatus(codes.Error, err.Error())
		}
		s.brk.done(probe, outcomeOf(ctx, err))
		span.SetAttributes(attribute.Int("db.response.returned_rows", len(recs)))
		span.End()
		s.observe(query, time.Since(start), err)
	}()
	exec := func(ctx context.Context) ([]*neo4j.Record, error) {
		return s.exec(ctx, mode, query, params, &connected)
	}
	lead, err := s.first.wait(ctx, query)
	switch {
	case err != nil:
		return nil, err
	case lead:
		return s.firstRun(ctx, query, exec)
	}
	return exec(ctx)
}

// exec runs one query in a managed transaction of the mode in a session of
// its own.
func (s *Store) exec(ctx context.Context, mode neo4j.AccessMode, query string, params map[string]any, connected *atomic.Bool) (recs []*neo4j.Record, err error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: s.db,
		AccessMode:   mode,
		Bookmarks:    s.written.since(),
	})
	defer func() {
		if mode == neo4j.AccessModeWrite && err == nil {
			s.written.add(session.LastBookmarks())
		}
		err = errors.Join(err, session.Close(ctx))
	}()
	var txConfig []func(*neo4j.TransactionConfig)
	if deadline, ok := ctx.Deadline(); ok {
		// The server stops the query too, a little after the client gives up.
		// Never below a millisecond: a deadline already past would give a
		// negative timeout, which the server refuses as an error of its own.
		txConfig = append(txConfig, neo4j.WithTxTimeout(max(time.Until(deadline)+serverTimeoutSlack, time.Millisecond)))
	}
	work := func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		connected.Store(true)
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}
	if mode == neo4j.AccessModeWrite {
		return neo4j.ExecuteWrite(ctx, session, work, txConfig...)
	}
	recs, err = neo4j.ExecuteRead(ctx, session, work, txConfig...)
	if _, noted := ctx.Value(notesVersionsKey{}).(bool); err == nil && !noted {
		noteVersions(ctx, recs)
	}
	return recs, err
}

type notesVersionsKey struct{}

// readNoting is read for a query whose reader notes the dataset versions
// of what it returns itself (a projection: they are not nodes, and it
// knows where they are), so that they are not looked for twice.
func (s *Store) readNoting(ctx context.Context, op, query string, params map[string]any) ([]*neo4j.Record, error) {
	return s.read(context.WithValue(ctx, notesVersionsKey{}, true), op, query, params)
}
