package recognition

import (
	"fmt"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// name is how explanations and summaries name a node.
func name(r *model.Record) string {
	if r == nil {
		return ""
	}
	label := r.String(model.PropLabel)
	switch r.Kind {
	case model.KindOccupation:
		return fmt.Sprintf("%s (ISCO-08 %s)", r.String("title"), r.String("iscoCode"))
	case model.KindLevel:
		label = levelName(r)
	case model.KindAuthority:
		if a := r.String("acronym"); a != "" {
			label = fmt.Sprintf("%s (%s)", r.String("name"), a)
		}
	}
	if label == "" {
		for _, p := range []string{"title", "name", "code"} {
			if label = r.String(p); label != "" {
				break
			}
		}
	}
	if label == "" {
		return r.ID
	}
	return label
}

func levelName(r *model.Record) string {
	n, _ := r.Int("level")
	s := fmt.Sprintf("%s level %d", r.String("framework"), n)
	if t := r.String("title"); t != "" {
		s += " (" + t + ")"
	}
	return s
}

// fitText says how a REFERENCED_TO edge fits: "exact fit, 2019".
func fitText(e model.Edge) string {
	var s string
	switch fit := e.String("fit"); fit {
	case "":
		s = "fit not recorded"
	case "best-fit":
		s = "best fit"
	default:
		s = fit + " fit"
	}
	if y, ok := e.Int("year"); ok {
		s += fmt.Sprintf(", %d", y)
	}
	return s
}

// fitNotRecorded is the fit of a reference that records none.
const fitNotRecorded = "not recorded"

// fitWord is a REFERENCED_TO edge's fit, or fitNotRecorded.
func fitWord(e model.Edge) string {
	if f := e.String("fit"); f != "" {
		return f
	}
	return fitNotRecorded
}

// list joins names as "a", "a and b", "a, b and c".
func list(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// verbs picks the singular or plural form.
func verbs(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// frameworkList names a country's frameworks: "Myanmar's MNQF and NSSA".
func frameworkList(c *model.Record, fws map[string]*model.Record) string {
	var codes []string
	for _, f := range orderedFrameworks(fws) {
		codes = append(codes, f.String("code"))
	}
	if len(codes) == 0 {
		return name(c) + "'s frameworks"
	}
	return name(c) + "'s " + list(codes)
}

// orderedFrameworks returns a country's frameworks, national first, by code.
func orderedFrameworks(fws map[string]*model.Record) []*model.Record {
	out := make([]*model.Record, 0, len(fws))
	for _, code := range sortedKeys(fws) {
		out = append(out, fws[code])
	}
	sort.SliceStable(out, func(i, j int) bool {
		ni, nj := out[i].String("scope") == string(model.FrameworkScopeNational), out[j].String("scope") == string(model.FrameworkScopeNational)
		return ni && !nj
	})
	return out
}
