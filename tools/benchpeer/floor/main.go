// Command floor is the floor of the side-by-side benchmark (scripts/bench-peer):
// a tiny HTTP server that answers each benchmark question with ONE
// hand-written, parameterised Cypher query (tools/benchpeer/queries) in a
// managed read transaction through the Go driver, and returns the same JSON
// as the GraphQL server. It parses no GraphQL: it recognises the request by
// its query text. What it costs is about the least any server can cost for
// the same answer over the same Neo4j.
//
//	NEO4J_URI=bolt://127.0.0.1:7687 PORT=8090 go run ./tools/benchpeer/floor
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/tools/benchpeer/queries"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx); err != nil {
		log.Fatal("floor: ", err)
	}
}

func run(ctx context.Context) error {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		return errors.New("NEO4J_URI is not set")
	}
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_USERNAME"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
	}
	driver, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	db := os.Getenv("NEO4J_DATABASE")
	if db == "" {
		db = "neo4j"
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "8090"
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler{driver, db}, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	fmt.Println("listening", ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

type handler struct {
	driver neo4j.DriverWithContext
	db     string
}

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Query     string         `json:"query"`
		Variables map[string]any `json:"variables"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&body); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	q, ok := queries.ByOurs(body.Query)
	if !ok || q.Cypher == "" {
		http.Error(w, "not a question the floor knows", http.StatusBadRequest)
		return
	}
	params := map[string]any{}
	if q.Params != nil {
		params = q.Params(body.Variables)
	}
	data, err := h.answer(r.Context(), q, params)
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": err.Error()}}})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{q.Key: data}})
}

// answer runs the question's one query in a managed read transaction and
// returns its v column: a list, or one value (nil when none) if q.One.
func (h handler) answer(ctx context.Context, q queries.Query, params map[string]any) (out any, err error) {
	session := h.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: h.db, AccessMode: neo4j.AccessModeRead})
	defer func() { err = errors.Join(err, session.Close(ctx)) }()
	vs, err := neo4j.ExecuteRead(ctx, session, func(tx neo4j.ManagedTransaction) ([]any, error) {
		res, err := tx.Run(ctx, q.Cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		vs := make([]any, len(recs))
		for i, rec := range recs {
			vs[i] = rec.Values[0]
		}
		return vs, nil
	})
	if err != nil {
		return nil, err
	}
	if q.One {
		if len(vs) == 0 {
			return nil, nil
		}
		return vs[0], nil
	}
	return vs, nil
}
