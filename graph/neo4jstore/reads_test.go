package neo4jstore

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

func allIDs() []string {
	ids := make([]string, len(seed.Nodes))
	for i, n := range seed.Nodes {
		ids[i] = n.ID
	}
	return ids
}

func TestNodes(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	all := allIDs()
	calls := map[string][]string{
		"every ID":                     all,
		"none":                         {},
		"missing, empty and repeated":  {"country:XX", "", all[0], "nokind", all[0], all[len(all)-1]},
		"one":                          {"country:PH"},
		"every ID in reverse, and one": append(reverse(all), "occupation:0000"),
	}
	for name, ids := range calls {
		want, err := ref.Nodes(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Nodes(ctx, ids)
		if err != nil {
			t.Fatalf("Nodes(%s): %v", name, err)
		}
		same(t, "Nodes("+name+")", want, got)
	}
}

func reverse(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}

func TestLinks(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	ids := append(allIDs(), "country:XX", "country:PH") // a missing one and a repeat
	for _, rel := range append(model.Relations, "NOT_A_TYPE") {
		for _, dir := range []model.Direction{model.Out, model.In} {
			call := fmt.Sprintf("Links(every ID, %s, %s)", rel, dir)
			want, err := ref.Links(ctx, ids, rel, dir)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Links(ctx, ids, rel, dir)
			if err != nil {
				t.Fatalf("%s: %v", call, err)
			}
			same(t, call, want, got)
		}
	}
}

// listQueries builds, for every kind, conditions of every op over the
// properties its records have, with values taken from the records (and
// values that match nothing, or everything).
func listQueries() []model.ListQuery {
	byKind := map[string][]*model.Record{}
	for _, n := range seed.Nodes {
		byKind[n.Kind] = append(byKind[n.Kind], n)
	}
	var qs []model.ListQuery
	add := func(kind string, conds ...model.Cond) {
		qs = append(qs, model.ListQuery{Kind: kind, Conds: conds, Limit: -1})
		qs = append(qs, model.ListQuery{Kind: kind, Conds: conds, Limit: 2})
	}
	for _, kind := range slices.Sorted(maps.Keys(byKind)) {
		recs := byKind[kind]
		// Paging over the whole kind.
		mid := recs[len(recs)/2].ID
		for _, q := range []model.ListQuery{
			{Kind: kind, Limit: -1},
			{Kind: kind, Limit: 0},
			{Kind: kind, Limit: 5},
			{Kind: kind, After: mid, Limit: 3},
			{Kind: kind, After: mid, Limit: -1},
			{Kind: kind, After: mid + "~", Limit: 3}, // not an ID
			{Kind: kind, After: "zzzz", Limit: 3},
			{Kind: kind, After: recs[len(recs)-1].ID, Limit: 3},
		} {
			qs = append(qs, q)
		}
		props := map[string]any{}
		for _, r := range recs {
			for p, v := range r.Props {
				if _, ok := props[p]; !ok {
					props[p] = v
				}
			}
		}
		for _, p := range slices.Sorted(maps.Keys(props)) {
			add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: ""})
			add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: ""})
			add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: ""})
			switch v := props[p].(type) {
			case string:
				add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: v})
				add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: firstRunes(v, 2)})
				add(kind, model.Cond{Prop: p, Op: model.OpPrefix, Value: strings.ToUpper(firstRunes(v, 3))})
				add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: v})
			case []string:
				if len(v) > 0 {
					add(kind, model.Cond{Prop: p, Op: model.OpHas, Value: v[len(v)-1]})
					add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: v[0]})
				}
			case int64:
				add(kind, model.Cond{Prop: p, Op: model.OpEq, Value: fmt.Sprint(v)})
			}
		}
		add(kind, model.Cond{Prop: "noSuchProp", Op: model.OpEq, Value: ""})
		add(kind, model.Cond{Prop: "noSuchProp", Op: model.OpHas, Value: "x"})
		add(kind, model.Cond{Prop: "label", Op: model.Op(99), Value: "x"})
		label := recs[0].String(model.PropLabel)
		for _, text := range []string{label, firstRunes(label, 3), strings.ToUpper(label), "", "!!", "zzqx", "a", "in the"} {
			add(kind, model.Cond{Prop: model.PropSearchTokens, Op: model.OpText, Value: text})
		}
		// Two conditions at once.
		if c := recs[0].String("country"); c != "" {
			add(kind, model.Cond{Prop: "country", Op: model.OpEq, Value: c},
				model.Cond{Prop: model.PropLabel, Op: model.OpPrefix, Value: firstRunes(label, 1)})
		}
	}
	for _, c := range []struct{ prop, val string }{
		{model.PropCountries, "PH"}, {model.PropCountries, "TH"}, {model.PropFrameworks, "PQF"},
		{model.PropLevels, "level:PQF:4"}, {model.PropOccupations, "occupation:2221"},
	} {
		for _, kind := range []string{model.KindQualification, model.KindStandard, model.KindOccupation, model.KindArrangement} {
			add(kind, model.Cond{Prop: c.prop, Op: model.OpHas, Value: c.val})
			add(kind, model.Cond{Prop: c.prop, Op: model.OpHas, Value: c.val},
				model.Cond{Prop: model.PropSearchTokens, Op: model.OpText, Value: "nurse"})
		}
	}
	// Levels referenced to an AQRF level (the qualifications filter by AQRF level).
	for _, kind := range []string{model.KindQualification, model.KindOccupation} {
		for _, vals := range [][]string{{"level:AQRF:2", "level:PQF:2", "level:MSCS:2", "level:ZZ:1"}, {}, nil} {
			add(kind, model.Cond{Prop: model.PropLevels, Op: model.OpHasAny, Values: vals})
		}
		add(kind, model.Cond{Prop: model.PropLabel, Op: model.OpHasAny, Values: []string{"Cooks"}})
	}
	qs = append(qs, model.ListQuery{Kind: "NotAKind", Limit: -1}, model.ListQuery{Kind: "Node", Limit: -1})
	return qs
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func TestList(t *testing.T) {
	s := neo4jStore(t)
	qs := listQueries()
	nonEmpty := 0
	for _, q := range qs {
		call := fmt.Sprintf("List(%+v)", q)
		want, err := ref.List(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), queryBudget)
		got, err := s.List(ctx, q)
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", call, err)
		}
		same(t, call, want, got)
		if want.Total > 0 {
			nonEmpty++
		}
	}
	t.Logf("%d list queries compared, %d with matches", len(qs), nonEmpty)
}

func TestSearch(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	texts := []string{
		"nurse", "Nursing", "NURS", "VIỆN", "viet nam", "Việt Nam", "tesda", "pqf 4", "level 4",
		"mra", "ASEAN qualifications reference", "the", "in", "a", "of the",
		"công nghệ", "trình độ", "ประกาศ", "กระทรวงแรงงาน", "Cambodia–Thailand", "d1.hcc",
		"", "   ", "!!!", "zzzqqq", "food hygiene", "2015", "g2g", "framework:AQRF",
	}
	kindSets := [][]string{nil, {model.KindFramework}, {model.KindQualification, model.KindSource}, {"NoSuchKind"}}
	for _, text := range texts {
		for _, limit := range []int{0, 1, 5, 1000} {
			for _, kinds := range kindSets {
				call := fmt.Sprintf("Search(%q, %v, %d)", text, kinds, limit)
				want, err := ref.Search(ctx, text, kinds, limit)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Search(ctx, text, kinds, limit)
				if err != nil {
					t.Fatalf("%s: %v", call, err)
				}
				same(t, call, want, got)
			}
		}
	}
	if got, _ := s.Search(ctx, "nurse", nil, 1000); len(got) < 2 {
		t.Errorf("Search(nurse) found %d records; the comparison is weak", len(got))
	}
	// Only the kinds asked for, before the bound: one source among many
	// matches of other kinds.
	got, err := s.Search(ctx, "qualifications framework", []string{model.KindFramework}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("Search(qualifications framework, frameworks, 3) = %d records, want 3", len(got))
	}
	for _, r := range got {
		if r.Kind != model.KindFramework {
			t.Errorf("Search(qualifications framework, frameworks) gave a %s (%s)", r.Kind, r.ID)
		}
	}
}

func TestDataVersion(t *testing.T) {
	s := neo4jStore(t)
	ctx := ctxT(t)
	want, _ := ref.DataVersion(ctx)
	got, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	same(t, "DataVersion()", want, got)
}
