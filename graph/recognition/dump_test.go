package recognition

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	s := memstore.New(g)
	for _, q := range strings.Split(os.Getenv("DUMP"), ";") {
		f := strings.Split(q, ",")
		res, err := Paths(context.Background(), s, Query{From: f[0], To: f[1], Subject: f[2], First: 50})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s → %s: %s  outcome %s\n", f[0], f[1], f[2], res.Outcome)
		if res.Reason != nil {
			fmt.Printf("REASON: %s\n", *res.Reason)
		}
		for i, p := range res.Paths {
			inst := ""
			if p.Instrument != nil {
				inst = p.Instrument.ID
			}
			fmt.Printf("--- %d %s blocked=%v inst=%s\n  SUMMARY: %s\n", i, p.Strength, p.Blocked, inst, p.Summary)
			for _, c := range p.Conditions {
				fmt.Printf("  COND: %s\n", c)
			}
			for _, st := range p.Steps {
				fmt.Printf("  %s %s -> %s %v\n     %s\n", st.Relation, model.NodeID(st.From), model.NodeID(st.To), st.SourceIDs, st.Explanation)
			}
		}
	}
}

func TestDumpLevels(t *testing.T) {
	if os.Getenv("DUMPL") == "" {
		t.Skip()
	}
	g, _ := dataset.Load(dataset.Embedded())
	s := memstore.New(g)
	for _, q := range strings.Split(os.Getenv("DUMPL"), ";") {
		f := strings.Split(q, ",")
		c := ""
		if len(f) > 1 {
			c = f[1]
		}
		res, err := LevelComparisons(context.Background(), s, f[0], c)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("=== %s %s\n", f[0], c)
		for _, e := range res {
			via := "nil"
			if e.Via != nil {
				via = e.Via.ID
			}
			str := func(p *string) string {
				if p == nil {
					return "nil"
				}
				return *p
			}
			fmt.Printf("  %s via=%s from=%s to=%s %v\n", e.Level.ID, via, str(e.FromFit), str(e.ToFit), e.SourceIDs)
		}
	}
}

func TestDumpCompare(t *testing.T) {
	if os.Getenv("DUMPC") == "" {
		t.Skip()
	}
	g, _ := dataset.Load(dataset.Embedded())
	s := memstore.New(g)
	f := strings.Split(os.Getenv("DUMPC"), ",")
	c, err := CompareStandards(context.Background(), s, f[0], f[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range c.SharedSkills {
		fmt.Println("shared", x.ID)
	}
	for _, x := range c.OnlyInA {
		fmt.Println("onlyA", x.ID)
	}
	for _, x := range c.OnlyInB {
		fmt.Println("onlyB", x.ID)
	}
	fmt.Println("coverage", c.Coverage)
	for _, x := range c.UnitsToAdd {
		var ms []string
		for _, m := range x.MissingSkills {
			ms = append(ms, m.ID)
		}
		fmt.Println("add", x.Unit.ID, ms)
	}
}
