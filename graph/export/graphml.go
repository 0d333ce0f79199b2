package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// WriteGraphML writes s as GraphML (directed), streamed. Every node has
// its kind and properties as data (label is the name Gephi shows), every
// edge its type and properties; the graph's own data says which dataset it
// is. Integer properties are typed long, booleans boolean, the rest string
// (lists as JSON arrays).
func WriteGraphML(w io.Writer, s *Snapshot) error {
	bw := bufio.NewWriter(w)
	nodeKeys := propKeys(propsOf(s.Nodes)...)
	edgeKeys := propKeys(edgePropsOf(s.Edges)...)
	fmt.Fprintf(bw, "%s<!-- %s -->\n", xml.Header, escapeComment(s.versionLine()))
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	key := func(id, scope, name, typ string) {
		fmt.Fprintf(bw, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, scope, xmlText(name), typ)
	}
	for _, k := range []string{"dataVersion", "dataDate", "dataTitle", "export"} {
		key("g_"+k, "graph", k, "string")
	}
	key("n_kind", "node", "kind", "string")
	for i, k := range nodeKeys {
		key(fmt.Sprintf("n%d", i), "node", k, attrType(k, propsOf(s.Nodes)))
	}
	key("e_type", "edge", "type", "string")
	for i, k := range edgeKeys {
		key(fmt.Sprintf("e%d", i), "edge", k, attrType(k, edgePropsOf(s.Edges)))
	}
	bw.WriteString(`  <graph id="skillsgraph" edgedefault="directed">` + "\n")
	data := func(indent, key, value string) {
		fmt.Fprintf(bw, "%s<data key=\"%s\">%s</data>\n", indent, key, xmlText(value))
	}
	data("    ", "g_dataVersion", s.Version.Version)
	data("    ", "g_dataDate", s.Version.Date)
	data("    ", "g_dataTitle", s.Version.Title)
	data("    ", "g_export", s.Title)
	for _, n := range s.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlText(n.ID))
		data("      ", "n_kind", n.Kind)
		for i, k := range nodeKeys {
			if v, ok := n.Props[k]; ok {
				data("      ", fmt.Sprintf("n%d", i), text(v))
			}
		}
		bw.WriteString("    </node>\n")
	}
	for i, e := range s.Edges {
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlText(e.From), xmlText(e.To))
		data("      ", "e_type", e.Type)
		for j, k := range edgeKeys {
			if v, ok := e.Props[k]; ok {
				data("      ", fmt.Sprintf("e%d", j), text(v))
			}
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// attrType is the GraphML type of property k: long when every value is an
// integer, boolean when every one is a boolean, else string.
func attrType(k string, props []map[string]any) string {
	ints, bools, seen := true, true, false
	for _, m := range props {
		v, ok := m[k]
		if !ok {
			continue
		}
		seen = true
		switch v.(type) {
		case int, int64:
			bools = false
		case bool:
			ints = false
		default:
			ints, bools = false, false
		}
	}
	switch {
	case seen && ints:
		return "long"
	case seen && bools:
		return "boolean"
	}
	return "string"
}

// xmlText escapes s for an attribute value or character data (characters
// XML 1.0 does not allow become U+FFFD).
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// escapeComment keeps s from ending an XML comment.
func escapeComment(s string) string {
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	return s
}
