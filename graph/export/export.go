// Package export writes the graph for researchers' own tools: a CSV bundle
// (one file of nodes per kind and of relationships per type, in a zip),
// GraphML (Gephi, networkx, yEd) and JSON-LD (with a context mapping our
// types to SKOS, schema.org and CTDL terms). Every file names the dataset
// version it was written from. The writers take a Snapshot: the whole graph
// from a Source (both stores are one), or the subgraph of one
// recognitionPaths answer (Recognition).
package export

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Source is what an export needs of a store: the whole graph and which
// dataset it is.
type Source interface {
	// Dump returns every node and every relationship.
	Dump(ctx context.Context) ([]*model.Record, []model.Edge, error)
	// DataVersion says which dataset the store holds.
	DataVersion(ctx context.Context) (model.DataVersion, error)
}

// Snapshot is a graph to write: nodes by ID, relationships by type, from,
// to, and the dataset they come from.
type Snapshot struct {
	Version model.DataVersion
	Title   string // what the export is, e.g. "the whole graph"
	Name    string // what the file name adds to the version; "" for the whole graph
	Nodes   []*model.Record
	Edges   []model.Edge
}

// Load reads the whole graph from src. It reads the dataset version before
// and after the graph, and fails when the dataset changed in between, so
// that an export never mixes two versions under one name.
func Load(ctx context.Context, src Source) (*Snapshot, error) {
	before, err := src.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	nodes, edges, err := src.Dump(ctx)
	if err != nil {
		return nil, err
	}
	after, err := src.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	if before != after {
		return nil, fmt.Errorf("export: the dataset changed from %s to %s while it was read; try again", before.Version, after.Version)
	}
	s := &Snapshot{Version: before, Title: "the whole graph", Nodes: nodes, Edges: edges}
	s.sort()
	return s, nil
}

func (s *Snapshot) sort() {
	sort.SliceStable(s.Nodes, func(i, j int) bool { return s.Nodes[i].ID < s.Nodes[j].ID })
	key := func(e model.Edge) string {
		return e.Type + "\x00" + e.From + "\x00" + e.To + "\x00" + fmt.Sprint(e.Props)
	}
	sort.SliceStable(s.Edges, func(i, j int) bool { return key(s.Edges[i]) < key(s.Edges[j]) })
}

// Filename is the name a download of this snapshot gets, with its
// dataset version and, for a subgraph, its Name: the whole graph is
// skillsgraph-2026.12.02.61.graphml, the routes of one question
// skillsgraph-2026.12.02.61-recognition-PH-SG-qualification_ph-prc-registered-nurse.graphml.
func (s *Snapshot) Filename(ext string) string {
	name := "skillsgraph-" + safeName(s.Version.Version)
	if s.Name != "" {
		name += "-" + safeName(s.Name)
	}
	return name + ext
}

func safeName(v string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, v)
}

// internal reports whether a property is the stores' own bookkeeping (the
// folded search words, the filter indexes), not data: exports leave it out.
func internal(prop string) bool {
	switch prop {
	case model.PropSearchTokens, model.PropCountries, model.PropFrameworks, model.PropLevels, model.PropOccupations:
		return true
	}
	return false
}

// propKeys returns the exported property names of the maps, sorted.
func propKeys(props ...map[string]any) []string {
	seen := map[string]bool{}
	for _, m := range props {
		for k := range m {
			if !internal(k) {
				seen[k] = true
			}
		}
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// text writes a property value as text: lists as JSON arrays, so that a
// value holding a comma or a bar stays one item.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// versionLine says where a file comes from, for its header.
func (s *Snapshot) versionLine() string {
	line := fmt.Sprintf("skillsgraph dataset %s (%s)", s.Version.Version, s.Version.Date)
	if s.Title != "" {
		line += ": " + s.Title
	}
	return line
}
