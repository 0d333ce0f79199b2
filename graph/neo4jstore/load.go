package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Schema statements. Community Edition has uniqueness constraints only;
// each one is backed by a range index on (label, id), which is what every
// lookup by ID uses. The list queries filter on kind label and on
// properties named by parameter (n[$p]), which no property index serves, so
// no other index is made. The full-text indexes serve Search (see
// searchIndex for why their analyzer is "keyword", searchIndexOf for why
// there is one per kind).
const (
	constraintCypher = `CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE`
	// With the index's name and label: searchIndex over :Node, and each
	// kind's index (searchIndexOf) over its label.
	searchIndexCypher = "CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.searchTokens] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}"
	awaitIndexesCypher = `CALL db.awaitIndexes(300)`
)

// Writes, all in one transaction. Labels and relationship types come from
// the whitelists (model.Kinds, model.Relations); values are parameters.
const (
	mergeNodesCypher = `
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n.id = row.id, n:%s:` + "`%s`" + `
RETURN count(n) AS written`

	// The dataset version labels on nodes (see versionLabel): those of
	// an earlier load are taken off once every node has its new one.
	versionLabelsCypher = `
MATCH (n:Node)
UNWIND labels(n) AS label
WITH DISTINCT label
WHERE label STARTS WITH $prefix
RETURN collect(label) AS labels`
	removeLabelCypher = "MATCH (n:`%s`) REMOVE n:`%s` RETURN count(n) AS removed"

	mergeRelsCypher = `
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:%s]->(b)
SET r = row.props
WITH DISTINCT row
RETURN count(row) AS written`

	// Nodes whose ID the seed no longer has.
	deleteNodesCypher = `
MATCH (n:Node)
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS deleted`

	// Relationships the seed does not have, and repeats of those it has:
	// $keep maps "TYPE fromID" (a type has no space) to the IDs the seed
	// links it to.
	deleteRelsCypher = `
MATCH (a:Node)-[r]->(b:Node)
WITH a, b, type(r) AS type, collect(r) AS rs
WITH CASE WHEN b.id IN coalesce($keep[type + ' ' + a.id], []) THEN rs[1..] ELSE rs END AS stale
UNWIND stale AS r
DELETE r
RETURN count(*) AS deleted`

	datasetCypher = `
MERGE (d:Dataset)
SET d = $meta
RETURN count(d) AS written`
)

// batchSize bounds the rows of one UNWIND statement.
const batchSize = 5000

// Stats says what Load wrote.
type Stats struct {
	Nodes        map[string]int // by kind
	Rels         map[string]int // by relationship type
	NodesCreated int
	RelsCreated  int
	NodesDeleted int // nodes with an ID the seed does not have
	RelsDeleted  int // relationships the seed does not have
	Elapsed      time.Duration
}

// Load brings the database in line with g: it makes the constraints and the
// full-text index and waits for them, then, in one write transaction,
// merges every node and relationship, deletes the nodes and relationships
// that g does not have, and writes the (:Dataset) node. Running it again
// with the same g changes nothing. g must be one dataset.Load accepted.
// A graph with two relationships of one type between the same nodes is
// refused: the loader keys relationships by (type, from, to).
func Load(ctx context.Context, s *Store, g *model.Graph) (Stats, error) {
	start := time.Now()
	st := Stats{Nodes: map[string]int{}, Rels: map[string]int{}}
	plan, err := planLoad(g)
	if err != nil {
		return st, err
	}
	if err := s.applySchema(ctx); err != nil {
		return st, err
	}
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: s.db,
		AccessMode:   neo4j.AccessModeWrite,
		Bookmarks:    s.written.since(),
	})
	written, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (Stats, error) {
		return s.write(ctx, tx, plan) // idempotent: retried as a whole
	})
	if err == nil {
		s.written.add(session.LastBookmarks())
		s.expect(g.Meta.Version, true)
		s.ranked.Store(true)
	}
	if err = errors.Join(err, session.Close(ctx)); err != nil {
		return st, fmt.Errorf("neo4jstore: load: %w", classify(err, true))
	}
	written.Elapsed = time.Since(start)
	return written, nil
}

// loadPlan is the graph as statement parameters.
type loadPlan struct {
	nodes map[string][]any // kind -> rows {id, props}
	rels  map[string][]any // type -> rows {from, to, props}
	ids   []string
	keep  map[string]any // "TYPE from" -> []string of to
	meta  map[string]any
	// versionLabel marks every node of this dataset (consistency.go).
	versionLabel string
}

func planLoad(g *model.Graph) (*loadPlan, error) {
	p := &loadPlan{nodes: map[string][]any{}, rels: map[string][]any{}, keep: map[string]any{}}
	for _, r := range g.Nodes {
		if !kindLabels[r.Kind] {
			return nil, fmt.Errorf("neo4jstore: node %s has kind %q, not one of model.Kinds", r.ID, r.Kind)
		}
		props, err := storable(r.Props)
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: node %s: %w", r.ID, err)
		}
		addRankPhrases(props, r)
		p.nodes[r.Kind] = append(p.nodes[r.Kind], map[string]any{"id": r.ID, "props": props})
		p.ids = append(p.ids, r.ID)
	}
	seen := map[[3]string]bool{}
	keep := map[string][]string{}
	for _, e := range g.Edges {
		if !model.IsRelation(e.Type) {
			return nil, fmt.Errorf("neo4jstore: relationship %s -> %s has type %q, not one of model.Relations", e.From, e.To, e.Type)
		}
		k := [3]string{e.Type, e.From, e.To}
		if seen[k] {
			return nil, fmt.Errorf("neo4jstore: two %s relationships from %s to %s; the loader keys relationships by type and ends", e.Type, e.From, e.To)
		}
		seen[k] = true
		props, err := storable(e.Props)
		if err != nil {
			return nil, fmt.Errorf("neo4jstore: %s %s -> %s: %w", e.Type, e.From, e.To, err)
		}
		p.rels[e.Type] = append(p.rels[e.Type], map[string]any{"from": e.From, "to": e.To, "props": props})
		keep[e.Type+" "+e.From] = append(keep[e.Type+" "+e.From], e.To)
	}
	for k, v := range keep {
		p.keep[k] = v
	}
	p.meta = map[string]any{"version": g.Meta.Version, "date": g.Meta.Date, "title": g.Meta.Title, rankedProp: rankVersion}
	var err error
	if p.versionLabel, err = versionLabel(g.Meta.Version); err != nil {
		return nil, err
	}
	return p, nil
}

// storable checks that every property value is one that Neo4j stores and
// gives back as memstore holds it (strings, int64, float64, bool, non-nil
// []string; Neo4j has no maps or nulls as property values) and returns a
// copy. Anything else is refused rather than read back different.
func storable(props map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(props))
	for k, v := range props {
		if strings.HasPrefix(k, bookkeepingPrefix) {
			return nil, fmt.Errorf("property %s: a name beginning with %q is kept for the store's bookkeeping", k, bookkeepingPrefix)
		}
		switch x := v.(type) {
		case string, bool, int64, float64:
		case []string:
			if x == nil {
				return nil, fmt.Errorf("property %s: a nil list cannot be stored in Neo4j (use an empty one)", k)
			}
		default:
			return nil, fmt.Errorf("property %s: a %T cannot be stored in Neo4j and read back alike", k, v)
		}
		if k == "id" {
			return nil, fmt.Errorf("property id is reserved for the record's ID")
		}
		out[k] = v
	}
	return out, nil
}

func (s *Store) applySchema(ctx context.Context) error {
	stmts := []string{fmt.Sprintf(constraintCypher, "node_id", nodeLabel), fmt.Sprintf(searchIndexCypher, searchIndex, nodeLabel)}
	for _, kind := range slices.Sorted(maps.Keys(kindLabels)) {
		stmts = append(stmts, fmt.Sprintf(constraintCypher, constraintName(kind), kind),
			fmt.Sprintf(searchIndexCypher, searchIndexOf(kind), kind))
	}
	stmts = append(stmts, awaitIndexesCypher)
	for _, q := range stmts {
		// Schema changes cannot share a transaction with data writes, so
		// each runs in its own.
		if _, err := s.run(ctx, neo4j.AccessModeWrite, "schema", q, nil); err != nil {
			return err
		}
	}
	// CREATE ... IF NOT EXISTS makes nothing when an index of the same
	// definition exists under another name, and searches name theirs.
	states, err := s.searchIndexStates(ctx, "schema")
	if err != nil {
		return err
	}
	for _, ix := range searchIndexes() {
		if _, made := states[ix]; !made {
			return fmt.Errorf("neo4jstore: the full-text index %s was not made: the database has an index of the same definition under another name (see SHOW INDEXES); drop that one and load again", ix)
		}
	}
	return nil
}

func constraintName(kind string) string { return "node_id_" + kind }

func (s *Store) write(ctx context.Context, tx neo4j.ManagedTransaction, p *loadPlan) (Stats, error) {
	st := Stats{Nodes: map[string]int{}, Rels: map[string]int{}}
	exec := func(query string, params map[string]any) (int, neo4j.Counters, error) {
		return s.execObserved(ctx, tx, query, params)
	}
	for _, kind := range slices.Sorted(maps.Keys(p.nodes)) {
		query := fmt.Sprintf(mergeNodesCypher, kind, p.versionLabel)
		rows := p.nodes[kind]
		for i := 0; i < len(rows); i += batchSize {
			n, c, err := exec(query, map[string]any{"rows": rows[i:min(i+batchSize, len(rows))]})
			if err != nil {
				return st, fmt.Errorf("writing %s nodes: %w", kind, err)
			}
			st.Nodes[kind] += n
			st.NodesCreated += c.NodesCreated()
		}
	}
	for _, typ := range slices.Sorted(maps.Keys(p.rels)) {
		query := fmt.Sprintf(mergeRelsCypher, typ)
		rows := p.rels[typ]
		for i := 0; i < len(rows); i += batchSize {
			batch := rows[i:min(i+batchSize, len(rows))]
			n, c, err := exec(query, map[string]any{"rows": batch})
			if err != nil {
				return st, fmt.Errorf("writing %s relationships: %w", typ, err)
			}
			if n != len(batch) {
				return st, fmt.Errorf("writing %s relationships: %d of %d written (an end node is missing)", typ, n, len(batch))
			}
			st.Rels[typ] += n
			st.RelsCreated += c.RelationshipsCreated()
		}
	}
	n, _, err := exec(deleteRelsCypher, map[string]any{"keep": p.keep})
	if err != nil {
		return st, fmt.Errorf("deleting relationships not in the seed: %w", err)
	}
	st.RelsDeleted = n
	n, c, err := exec(deleteNodesCypher, map[string]any{"ids": p.ids})
	if err != nil {
		return st, fmt.Errorf("deleting nodes not in the seed: %w", err)
	}
	st.NodesDeleted = n
	st.RelsDeleted += c.RelationshipsDeleted()
	if err := s.removeOldVersionLabels(ctx, tx, p.versionLabel); err != nil {
		return st, err
	}
	if _, _, err := exec(datasetCypher, map[string]any{"meta": p.meta}); err != nil {
		return st, fmt.Errorf("writing the dataset node: %w", err)
	}
	return st, nil
}

// removeOldVersionLabels takes the version labels of earlier loads off
// the nodes, keeping current. Each label read back must be a version
// label as versionLabel makes them, since it is written into a statement.
func (s *Store) removeOldVersionLabels(ctx context.Context, tx neo4j.ManagedTransaction, current string) error {
	res, err := tx.Run(ctx, versionLabelsCypher, map[string]any{"prefix": versionLabelPrefix})
	if err != nil {
		return fmt.Errorf("reading the dataset version labels: %w", err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return fmt.Errorf("reading the dataset version labels: %w", err)
	}
	labels, err := get[[]any](rec, "labels")
	if err != nil {
		return err
	}
	for _, x := range labels {
		l, _ := x.(string)
		if l == current {
			continue
		}
		if _, err := versionLabel(strings.TrimPrefix(l, versionLabelPrefix)); err != nil {
			return fmt.Errorf("removing the dataset version label %q: %w", l, err)
		}
		if _, _, err := s.execObserved(ctx, tx, fmt.Sprintf(removeLabelCypher, l, l), nil); err != nil {
			return fmt.Errorf("removing the dataset version label %q: %w", l, err)
		}
	}
	return nil
}

// execObserved is execCount, its time and outcome told to the store's
// observer.
func (s *Store) execObserved(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (int, neo4j.Counters, error) {
	start := time.Now()
	n, c, err := execCount(ctx, tx, query, params)
	s.observe(query, time.Since(start), err)
	return n, c, err
}

// execCount runs a statement that returns one count and returns it with
// the statement's counters.
func execCount(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (int, neo4j.Counters, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return 0, nil, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, nil, err
	}
	n, _ := rec.Values[0].(int64)
	return int(n), sum.Counters(), nil
}
