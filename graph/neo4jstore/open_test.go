package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// These tests need no Neo4j.

func TestConfigFromEnv(t *testing.T) {
	env := map[string]string{"NEO4J_URI": "neo4j://db:7687", "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "pw", "NEO4J_DATABASE": "skills"}
	got := ConfigFromEnv(func(k string) string { return env[k] })
	if want := (Config{URI: "neo4j://db:7687", Username: "neo4j", Password: "pw", Database: "skills"}); got != want {
		t.Errorf("ConfigFromEnv = %+v, want %+v", got, want)
	}
	env = map[string]string{"NEO4J_URI": "bolt://x", "NEO4J_USER": "u"}
	if got := ConfigFromEnv(func(k string) string { return env[k] }); got.Username != "u" {
		t.Errorf("ConfigFromEnv with NEO4J_USER = %+v, want Username u", got)
	}
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	for _, uri := range []string{
		"bolt://127.0.0.1:1", "neo4j://127.0.0.1:1", "bolt+s://example.org", "neo4j+s://example.org:7687",
		"bolt+ssc://example.org", "neo4j+ssc://example.org",
	} {
		s, err := Open(ctx, Config{URI: uri, Username: "neo4j", Password: "x"})
		if err != nil {
			t.Errorf("Open(%q) = %v, want a store (Open does not connect)", uri, err)
			continue
		}
		if s.db != DefaultDatabase {
			t.Errorf("Open(%q) uses database %q, want %q", uri, s.db, DefaultDatabase)
		}
		if err := s.Close(ctx); err != nil {
			t.Errorf("Close: %v", err)
		}
	}
	for _, uri := range []string{"", "http://127.0.0.1:7474", "bolt://127.0.0.1:port", "://nothing"} {
		if s, err := Open(ctx, Config{URI: uri}); err == nil {
			s.Close(ctx)
			t.Errorf("Open(%q) = nil error, want one", uri)
		}
	}
}

func TestDownIsUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := Open(ctx, Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", freePort(t))}) // nothing listens there
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	if err := s.Ping(ctx); !errors.Is(err, model.ErrUnavailable) {
		t.Errorf("Ping = %v, want model.ErrUnavailable", err)
	}
	qctx, qcancel := context.WithTimeout(ctx, time.Second)
	defer qcancel()
	start := time.Now()
	if _, err := s.DataVersion(qctx); !errors.Is(err, model.ErrUnavailable) {
		t.Errorf("DataVersion = %v, want model.ErrUnavailable", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("DataVersion took %v with a 1s deadline", took)
	}
}

func TestLuceneQuery(t *testing.T) {
	for _, c := range []struct {
		tokens []string
		want   string
	}{
		{[]string{"nurs"}, "+nurs*"},
		{[]string{"viet", "nam"}, "+viet* +nam*"},
		{[]string{"a:b", "c*"}, `+a\:b* +c\**`},
	} {
		if got := luceneQuery(c.tokens); got != c.want {
			t.Errorf("luceneQuery(%q) = %q, want %q", c.tokens, got, c.want)
		}
	}
}

// The index query is the whole match (searchCypher tests no word again), so
// every search term must fit in it as a clause of its own.
func TestSearchTermsFitOneIndexQuery(t *testing.T) {
	if model.MaxSearchTokens > luceneMaxClauses {
		t.Fatalf("model.MaxSearchTokens = %d: more search terms than a Lucene query has clauses (%d)", model.MaxSearchTokens, luceneMaxClauses)
	}
	words := make([]string, 3*model.MaxSearchTokens)
	for i := range words {
		words[i] = fmt.Sprintf("w%dx", i)
	}
	terms := model.SearchTerms(strings.Join(words, " "))
	if got := strings.Count(luceneQuery(terms), "+"); got != len(terms) || got > model.MaxSearchTokens {
		t.Errorf("a text of %d words gives %d clauses for %d terms, want one per term and at most %d", len(words), got, len(terms), model.MaxSearchTokens)
	}
}

// A record property named like the store's bookkeeping would be read back
// as none (toRecord leaves such properties out): the loader refuses it
// before anything is written, and says why.
func TestLoadRefusesABookkeepingPropertyName(t *testing.T) {
	g := &model.Graph{Meta: model.DataVersion{Version: "t1", Date: "2026-01-01"}, Nodes: []*model.Record{
		{ID: "country:PH", Kind: model.KindCountry, Props: map[string]any{"label": "Philippines", "_rankPhrases": []string{"x"}}}}}
	_, err := planLoad(g)
	if err == nil || !strings.Contains(err.Error(), `property _rankPhrases: a name beginning with "_" is kept for the store's bookkeeping`) {
		t.Errorf("planLoad = %v, want the property refused", err)
	}
}
