package neo4jstore

import (
	"context"
	"fmt"
)

// The project's tests and benchmarks wipe and reload the Neo4j they use. They
// never take it from NEO4J_URI (which names the database the server serves,
// perhaps one a user cares about), only from these variables, which
// scripts/with-neo4j sets for the private Neo4j it starts; and before they
// write, CheckDisposable refuses a database that holds anything else.
const (
	TestURIEnv      = "SKILLSGRAPH_TEST_NEO4J_URI"
	TestUserEnv     = "SKILLSGRAPH_TEST_NEO4J_USERNAME"
	TestPasswordEnv = "SKILLSGRAPH_TEST_NEO4J_PASSWORD"
	TestDatabaseEnv = "SKILLSGRAPH_TEST_NEO4J_DATABASE"
)

// DisposableConfigFromEnv reads the Neo4j that tests may wipe; URI is empty when
// none is named.
func DisposableConfigFromEnv(getenv func(string) string) Config {
	return Config{
		URI:      getenv(TestURIEnv),
		Username: getenv(TestUserEnv),
		Password: getenv(TestPasswordEnv),
		Database: getenv(TestDatabaseEnv),
	}
}

// foreignNodeCypher finds a node that this project did not write: one with
// a label other than :Node, a kind, a dataset version, or :Dataset, or with
// no label.
const foreignNodeCypher = `
MATCH (n)
WHERE size(labels(n)) = 0 OR any(l IN labels(n) WHERE NOT (l IN $labels OR l STARTS WITH $versionPrefix))
RETURN labels(n) AS labels, keys(n)[0..5] AS keys
LIMIT 1`

// foreignDatasetCypher finds a Dataset node that is not this project's.
const foreignDatasetCypher = `
MATCH (d:Dataset)
WHERE NOT coalesce(d.title, '') STARTS WITH 'skillsgraph'
RETURN coalesce(d.title, '(no title)') AS title
LIMIT 1`

// CheckDisposable returns an error unless the database is empty or holds
// only this project's graph (nodes labelled :Node, a kind and a dataset
// version, and one :Dataset node of skillsgraph): what tests may wipe
// without loss.
func CheckDisposable(ctx context.Context, s *Store) error {
	labels := []string{nodeLabel, "Dataset"}
	for k := range kindLabels {
		labels = append(labels, k)
	}
	recs, err := s.read(ctx, "check disposable", foreignNodeCypher, map[string]any{"labels": labels, "versionPrefix": versionLabelPrefix})
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		ls, _ := recs[0].Get("labels")
		ks, _ := recs[0].Get("keys")
		return fmt.Errorf("neo4jstore: the database holds data that is not this project's (a node labelled %v with properties %v): "+
			"refusing to wipe it; point %s at a disposable Neo4j, or unset it and let scripts/with-neo4j start one", ls, ks, TestURIEnv)
	}
	recs, err = s.read(ctx, "check disposable", foreignDatasetCypher, nil)
	if err != nil {
		return err
	}
	if len(recs) > 0 {
		title, _ := recs[0].Get("title")
		return fmt.Errorf("neo4jstore: the database holds another dataset (%q): refusing to wipe it", title)
	}
	return nil
}
