package graph_test

import (
	"os/exec"
	"strings"
	"testing"
)

const (
	module   = "github.com/skillsgraph/skillsgraph"
	executor = "github.com/99designs/gqlgen/graphql/executor"
)

// TestDependenciesPointDown holds the layering: the stores and the domain
// packages below the API import nothing above them, and the seed tools do
// not link the GraphQL executor.
func TestDependenciesPointDown(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	above := []string{module + "/graph", module + "/seed/", module + "/server"}
	for _, c := range []struct {
		pkg       string
		forbidden []string // exact packages, or every package under a prefix ending in "/"
	}{
		{"./memstore", above},
		{"./neo4jstore", above},
		{"./model", above},
		{"./recognition", above},
		{"./coverage", above},
		{"./export", above},
		{"../seed", []string{module + "/graph", module + "/server", executor, "github.com/99designs/gqlgen/"}},
	} {
		for _, dep := range deps(t, c.pkg) {
			for _, f := range c.forbidden {
				if dep == f || strings.HasSuffix(f, "/") && strings.HasPrefix(dep, f) {
					t.Errorf("%s depends on %s", c.pkg, dep)
				}
			}
		}
	}
}

// The executor is named as go list names it: the API's handler links it.
func TestExecutorNamed(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, dep := range deps(t, "./api") {
		if dep == executor {
			return
		}
	}
	t.Errorf("go list -deps ./api does not list %s: the layering test would not see it", executor)
}

func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}
