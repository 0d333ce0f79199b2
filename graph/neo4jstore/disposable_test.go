package neo4jstore

import (
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The tests wipe only a database that holds nothing but this project's
// graph: a node of anyone else's, or another dataset, makes them refuse.
func TestCheckDisposable(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	if err := CheckDisposable(ctx, s); err != nil {
		t.Fatalf("CheckDisposable on the test database = %v, want nil", err)
	}
	for _, tc := range []struct{ add, undo, want string }{
		{`CREATE (:Customer {name: 'Ada'})`, `MATCH (n:Customer) DETACH DELETE n`, "Customer"},
		{`CREATE (:Node:Invoice {id: 'invoice:1'})`, `MATCH (n:Invoice) DETACH DELETE n`, "Invoice"},
		{`CREATE ({note: 'unlabelled'})`, `MATCH (n) WHERE size(labels(n)) = 0 DELETE n`, "not this project's"},
		{`CREATE (:Dataset {title: 'payroll'})`, `MATCH (d:Dataset {title: 'payroll'}) DELETE d`, "payroll"},
	} {
		if _, err := s.run(ctx, neo4j.AccessModeWrite, "test", tc.add, nil); err != nil {
			t.Fatal(err)
		}
		err := CheckDisposable(ctx, s)
		if _, uerr := s.run(ctx, neo4j.AccessModeWrite, "test", tc.undo, nil); uerr != nil {
			t.Fatal(uerr)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("after %s: CheckDisposable = %v, want a refusal naming %q", tc.add, err, tc.want)
		}
	}
	if err := CheckDisposable(ctx, s); err != nil {
		t.Errorf("CheckDisposable after the undo = %v, want nil", err)
	}
}
