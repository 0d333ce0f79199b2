package recognition

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

func TestCompareStandards(t *testing.T) {
	s := store(t)
	ids := func(n int, id func(int) string) []string {
		out := []string{}
		for i := 0; i < n; i++ {
			out = append(out, id(i))
		}
		return out
	}
	type want struct {
		shared, onlyA, onlyB, add []string
		coverage                  float64
	}
	check := func(t *testing.T, c *model.StandardComparison, w want) {
		t.Helper()
		gaps := ids(len(c.UnitsToAdd), func(i int) string {
			var ms []string
			for _, m := range c.UnitsToAdd[i].MissingSkills {
				ms = append(ms, strings.TrimPrefix(m.ID, "skill:"))
			}
			return fmt.Sprintf("%s [%s]", c.UnitsToAdd[i].Unit.ID, strings.Join(ms, " "))
		})
		for _, x := range []struct {
			what      string
			got, want []string
		}{
			{"sharedSkills", ids(len(c.SharedSkills), func(i int) string { return c.SharedSkills[i].ID }), w.shared},
			{"onlyInA", ids(len(c.OnlyInA), func(i int) string { return c.OnlyInA[i].ID }), w.onlyA},
			{"onlyInB", ids(len(c.OnlyInB), func(i int) string { return c.OnlyInB[i].ID }), w.onlyB},
			{"unitsToAdd", gaps, w.add},
		} {
			if d := diffLines(x.got, x.want); d != "" {
				t.Errorf("%s: %s", x.what, d)
			}
		}
		if got := cov(c.Coverage); got != w.coverage {
			t.Errorf("coverage = %v, want %v", got, w.coverage)
		}
	}

	t.Run("two standards for cooks", func(t *testing.T) {
		c, err := CompareStandards(context.Background(), s, "standard:ph-tr-cookery-nc2", "standard:my-noss-food-preparation-production-l2")
		if err != nil {
			t.Fatal(err)
		}
		if c.A.ID != "standard:ph-tr-cookery-nc2" || c.B.ID != "standard:my-noss-food-preparation-production-l2" {
			t.Errorf("a, b = %s, %s", c.A.ID, c.B.ID)
		}
		ph := func(codes ...string) []string {
			for i, c := range codes {
				codes[i] = "unit:ph-tr-cookery-nc2:" + c
			}
			return codes
		}
		my := func(codes ...string) []string {
			for i, c := range codes {
				codes[i] = "unit:my-noss-food-preparation-production-l2:" + c
			}
			return codes
		}
		check(t, c, want{
			shared: []string{"skill:appetisers-salads", "skill:desserts", "skill:food-hygiene", "skill:rice-starch-dishes", "skill:stocks-sauces-soups"},
			onlyA: ph("500311105", "500311106", "500311107", "500311108", "TRS311201", "TRS311203", "TRS311204", "TRS311205",
				"TRS512328", "TRS512330", "TRS512333", "TRS512334", "TRS512340", "TRS512383", "TRS512384", "TRS512385"),
			onlyB: my("CU02", "CU04", "CU07", "CU09", "E01", "E02", "E03"),
			add: []string{
				my("CU02")[0] + " [cookery-methods]",
				my("CU04")[0] + " [main-course-dishes]",
				my("CU07")[0] + " [breakfast-dishes]",
				my("CU09")[0] + " [catering-setup]",
			},
			// 5 of the 9 distinct skills of the NOSS's core units: its three
			// electives (E01-E03) are neither units to add nor in the figure.
			coverage: 5.0 / 9.0,
		})
	})

	t.Run("the other way round", func(t *testing.T) {
		c, err := CompareStandards(context.Background(), s, "standard:my-noss-food-preparation-production-l2", "standard:ph-tr-cookery-nc2")
		if err != nil {
			t.Fatal(err)
		}
		// The TR's 22 units assess 20 distinct skills, 5 of them shared.
		if cov(c.Coverage) != 5.0/20.0 || len(c.SharedSkills) != 5 || len(c.OnlyInA) != 7 || len(c.OnlyInB) != 16 || len(c.UnitsToAdd) != 16 {
			t.Errorf("coverage %v, %d shared, %d only in A, %d only in B, %d to add; want 5/20, 5, 7, 16, 16",
				cov(c.Coverage), len(c.SharedSkills), len(c.OnlyInA), len(c.OnlyInB), len(c.UnitsToAdd))
		}
	})

	t.Run("standards whose units record no skills", func(t *testing.T) {
		c, err := CompareStandards(context.Background(), s, "standard:kh-ncs-bricklaying-plastering", "standard:th-dsd-nss-bricklayer")
		if err != nil {
			t.Fatal(err)
		}
		check(t, c, want{shared: []string{}, onlyA: []string{}, onlyB: []string{}, add: []string{}, coverage: -1})
		if c.CoverageNote == nil || !strings.Contains(*c.CoverageNote, "units loaded in our data") {
			t.Errorf("coverageNote = %v, want it to say no units are loaded", c.CoverageNote)
		}
		if c.SharedSkills == nil || c.OnlyInA == nil || c.OnlyInB == nil || c.UnitsToAdd == nil {
			t.Error("nil lists, want empty ones")
		}
	})

	for _, pair := range [][2]string{{"standard:nope", "standard:accstp"}, {"standard:accstp", "skill:food-hygiene"}} {
		if _, err := CompareStandards(context.Background(), s, pair[0], pair[1]); !errors.Is(err, ErrNotFound) {
			t.Errorf("CompareStandards(%s, %s) error = %v, want ErrNotFound", pair[0], pair[1], err)
		}
	}
}

// cov is a coverage figure, -1 when there is none.
func cov(c *float64) float64 {
	if c == nil {
		return -1
	}
	return *c
}
