package graph

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// TestProjectedLinksAreLinked holds the projection's table of linked
// fields to the resolvers: each listed field's resolver returns the nodes
// `linked` (or `citedBy`) gives for the relationship the plan's table
// names, and nothing else, except that levels are then sorted by level.
func TestProjectedLinksAreLinked(t *testing.T) {
	src, err := os.ReadFile("schema.resolvers.go")
	if err != nil {
		t.Fatal(err)
	}
	consts := modelConsts(t)
	n := 0
	for typ, fields := range projectedLinks {
		recv := string(unicode.ToLower(rune(typ[0]))) + typ[1:] + "Resolver"
		for field, byLevel := range fields {
			n++
			h, ok := hops[typ][field]
			if !ok {
				t.Errorf("%s.%s: no relationship in the plan's table", typ, field)
				continue
			}
			method := strings.ToUpper(field[:1]) + field[1:]
			body := regexp.MustCompile(`(?s)func \(r \*` + recv + `\) ` + method + `\(ctx context\.Context, obj \*model\.` + typ + `\) \(\[\]\*model\.(\w+), error\) \{\n(.*?)\n\}\n`).FindStringSubmatch(string(src))
			if body == nil {
				t.Errorf("%s.%s: no resolver returning a list of API nodes", typ, field)
				continue
			}
			target := body[1]
			if target != LinkTarget(typ, field) {
				t.Errorf("%s.%s: the resolver returns %s, the schema %s", typ, field, target, LinkTarget(typ, field))
			}
			dir := "Out"
			if h.Dir == model.In {
				dir = "In"
			}
			linked := "linked[*model." + target + "](ctx, r.loaders(ctx), obj.ID, model." + consts[h.Rel] + ", model." + dir + ")"
			want := []string{"return " + linked}
			if h.Rel == "CITES" && field == "sources" {
				want = append(want, "return r.citedBy(ctx, obj.ID)")
			}
			got := strings.TrimSpace(body[2])
			switch {
			case byLevel:
				if !strings.HasPrefix(got, "levels, err := "+linked) || !strings.Contains(got, "sort.Slice(levels, func(i, j int) bool { return levels[i].Level < levels[j].Level })") ||
					strings.Count(got, "\n") != 5 {
					t.Errorf("%s.%s: the resolver does more than list the linked levels by level:\n%s", typ, field, got)
				}
			case got != want[0] && (len(want) == 1 || got != want[1]):
				t.Errorf("%s.%s: the resolver is\n\t%s\nwant\n\t%s", typ, field, got, strings.Join(want, "\n\tor "))
			}
		}
	}
	if n < 30 {
		t.Errorf("%d linked fields in the table, want the 30 or more the schema has", n)
	}
}

// modelConsts maps the relationship types to the names of their constants.
func modelConsts(t *testing.T) map[string]string {
	files, err := filepath.Glob("model/*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	re := regexp.MustCompile(`(?m)^\s*(Rel\w+)\s*=\s*"(\w+)"`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			out[m[2]] = m[1]
		}
	}
	return out
}

// A projection follows at most as many links as a plan has steps; a wider
// selection is read as before (by the plan, capped, and the loaders).
func TestProjectionBounded(t *testing.T) {
	projection := func(query string) *rootProjection {
		doc, errs := gqlparser.LoadQuery(parsedSchema, query)
		if errs != nil {
			t.Fatalf("%s: %v", query, errs)
		}
		op := &graphql.OperationContext{Doc: doc, Operation: doc.Operations[0]}
		return projectionOf(op, graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"})[0])
	}
	var aliases []string
	for i := range MaxPlanSteps + 1 {
		aliases = append(aliases, fmt.Sprintf("s%d: sources { id }", i))
	}
	if rp := projection(`{ countries { code ` + strings.Join(aliases[:MaxPlanSteps], " ") + ` } }`); rp == nil || len(rp.node.links) != MaxPlanSteps {
		t.Errorf("%d links: not projected", MaxPlanSteps)
	}
	if rp := projection(`{ countries { code ` + strings.Join(aliases, " ") + ` } }`); rp != nil {
		t.Errorf("%d links: projected, want the cap of %d", len(rp.node.links), MaxPlanSteps)
	}
}
