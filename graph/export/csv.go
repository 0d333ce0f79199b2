package export

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"time"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// WriteCSV writes s as a zip of CSV files, streamed:
//
//	dataset.csv                  version, date, title, what, nodes, relationships
//	nodes/<Kind>.csv             id, kind, then every property of that kind's nodes
//	relationships/<TYPE>.csv     from, to, type, then every property of that type's relationships
//
// Lists are JSON arrays; a property a record lacks is empty. The entries
// are dated with the dataset's date, so that one dataset always gives the
// same bytes.
func WriteCSV(w io.Writer, s *Snapshot) error {
	zw := zip.NewWriter(w)
	if err := zw.SetComment(s.versionLine()); err != nil {
		return err
	}
	modified, err := time.Parse("2006-01-02", s.Version.Date)
	if err != nil {
		modified = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	file := func(name string, rows func(*csv.Writer) error) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		cw := csv.NewWriter(f)
		if err := rows(cw); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}
	err = file("dataset.csv", func(cw *csv.Writer) error {
		_ = cw.Write([]string{"version", "date", "title", "export", "nodes", "relationships"})
		return cw.Write([]string{s.Version.Version, s.Version.Date, s.Version.Title, s.Title, fmt.Sprint(len(s.Nodes)), fmt.Sprint(len(s.Edges))})
	})
	if err != nil {
		return err
	}
	for _, g := range nodeGroups(s.Nodes) {
		err := file("nodes/"+g.kind+".csv", func(cw *csv.Writer) error {
			keys := propKeys(propsOf(g.nodes)...)
			if err := cw.Write(append([]string{"id", "kind"}, keys...)); err != nil {
				return err
			}
			for _, n := range g.nodes {
				row := []string{n.ID, n.Kind}
				for _, k := range keys {
					row = append(row, text(n.Props[k]))
				}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	for _, g := range edgeGroups(s.Edges) {
		err := file("relationships/"+g.typ+".csv", func(cw *csv.Writer) error {
			keys := propKeys(edgePropsOf(g.edges)...)
			if err := cw.Write(append([]string{"from", "to", "type"}, keys...)); err != nil {
				return err
			}
			for _, e := range g.edges {
				row := []string{e.From, e.To, e.Type}
				for _, k := range keys {
					row = append(row, text(e.Props[k]))
				}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

type nodeGroup struct {
	kind  string
	nodes []*model.Record
}

type edgeGroup struct {
	typ   string
	edges []model.Edge
}

// nodeGroups groups nodes by kind, kinds in order of first appearance
// (nodes are sorted by ID, so by kind prefix).
func nodeGroups(nodes []*model.Record) []nodeGroup {
	var out []nodeGroup
	at := map[string]int{}
	for _, n := range nodes {
		i, ok := at[n.Kind]
		if !ok {
			i = len(out)
			at[n.Kind] = i
			out = append(out, nodeGroup{kind: n.Kind})
		}
		out[i].nodes = append(out[i].nodes, n)
	}
	return out
}

// edgeGroups groups relationships by type (they are sorted by type).
func edgeGroups(edges []model.Edge) []edgeGroup {
	var out []edgeGroup
	for _, e := range edges {
		if len(out) == 0 || out[len(out)-1].typ != e.Type {
			out = append(out, edgeGroup{typ: e.Type})
		}
		out[len(out)-1].edges = append(out[len(out)-1].edges, e)
	}
	return out
}

func propsOf(nodes []*model.Record) []map[string]any {
	out := make([]map[string]any, len(nodes))
	for i, n := range nodes {
		out[i] = n.Props
	}
	return out
}

func edgePropsOf(edges []model.Edge) []map[string]any {
	out := make([]map[string]any, len(edges))
	for i, e := range edges {
		out[i] = e.Props
	}
	return out
}
