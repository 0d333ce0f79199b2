package graph

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// How a projection's nodes are written (project.go): each field from its
// node's value, exactly as the executor writes what FromRecord and the
// resolvers make of the same properties and links. At anything else (a
// required property missing, an enum value the schema lacks, a value of an
// unexpected type) the write gives way, and the executor answers.

// projectedRoot writes the root node p (a pointer to an API node, of the
// type tb binds) from its projected value, if the root field has a
// projection and the node has a value; written is false where it has none
// (the caller writes it as before).
func (w *writer) projectedRoot(tb *typeBinding, p reflect.Value) (written, ok bool) {
	b := tb.fields["id"]
	if b == nil || b.method.IsValid() {
		return false, false
	}
	id := p.Elem().FieldByIndex(b.index)
	if id.Kind() != reflect.String {
		return false, false
	}
	v, found := w.rp.values[id.String()]
	if !found {
		return false, false
	}
	return true, w.projected(w.rp.node, v)
}

// projected writes the node value v as n says.
func (w *writer) projected(n *projNode, v []any) bool {
	w.buf.WriteByte('{')
	for i := range n.fields {
		f := &n.fields[i]
		w.key(i, f.alias)
		switch {
		case f.typename:
			writeString(&w.buf, n.typeName)
		case f.child != nil:
			if !w.projectedList(f.child, v[f.at]) {
				return false
			}
		default:
			if !w.projectedScalar(f, v[f.at]) {
				return false
			}
		}
	}
	w.buf.WriteByte('}')
	return true
}

// projectedList writes the node values of a link; a link ordered by level
// must have one, rising (as the resolver's sort would leave them).
func (w *writer) projectedList(n *projNode, x any) bool {
	nodes, ok := x.([]any)
	if !ok {
		return false
	}
	width := model.ProjectedProps + len(n.props) + len(n.links)
	last := 0
	w.buf.WriteByte('[')
	for i, e := range nodes {
		v, ok := e.([]any)
		if !ok || len(v) != width {
			return false
		}
		if n.levelAt >= 0 {
			lv, ok := intOf(v[n.levelAt])
			if !ok || i > 0 && lv <= last {
				return false
			}
			last = lv
		}
		if i > 0 {
			w.buf.WriteByte(',')
		}
		if !w.projected(n, v) {
			return false
		}
	}
	w.buf.WriteByte(']')
	return true
}

// projectedScalar writes one field read from a property, as FromRecord
// maps it and the executor marshals it.
func (w *writer) projectedScalar(f *projField, x any) bool {
	switch f.enc {
	case encID, encString:
		s, _ := x.(string)
		if s == "" {
			return false // FromRecord's error: the executor reports it
		}
		writeString(&w.buf, s)
	case encOptString:
		s, _ := x.(string)
		if s == "" {
			return w.projectedNull(f)
		}
		writeString(&w.buf, s)
	case encBool:
		b, _ := x.(bool)
		w.buf.WriteString(strconv.FormatBool(b))
	case encInt, encOptInt:
		n, ok := intOf(x)
		if !ok && f.enc == encOptInt {
			return w.projectedNull(f)
		}
		w.buf.Write(strconv.AppendInt(w.buf.AvailableBuffer(), int64(n), 10))
	case encConfidence:
		s, _ := x.(string)
		name, ok := confidenceNames[s]
		if !ok {
			return false
		}
		writeString(&w.buf, name)
	case encEnum:
		s, _ := x.(string)
		if !enumNames[f.enumType][s] {
			return false
		}
		writeString(&w.buf, s)
	case encStrings, encEnums:
		return w.projectedStrings(f, x)
	default:
		return false
	}
	return true
}

func (w *writer) projectedNull(f *projField) bool {
	if f.nonNull {
		return false
	}
	w.buf.WriteString("null")
	return true
}

// projectedStrings writes the strings of a list property (a store's
// []string, or a driver's []any, whose other values FromRecord drops);
// for a list of enum values, each must name one.
func (w *writer) projectedStrings(f *projField, x any) bool {
	var ss []string
	switch l := x.(type) {
	case []string:
		ss = l
	case []any:
		ss = make([]string, 0, len(l))
		for _, e := range l {
			if s, ok := e.(string); ok {
				ss = append(ss, s)
			}
		}
	}
	w.buf.WriteByte('[')
	for i, s := range ss {
		if f.enc == encEnums && !enumNames[f.enumType][s] {
			return false
		}
		if i > 0 {
			w.buf.WriteByte(',')
		}
		writeString(&w.buf, s)
	}
	w.buf.WriteByte(']')
	return true
}

// intOf reads an integer property as FromRecord does.
func intOf(x any) (int, bool) {
	switch n := x.(type) {
	case int64:
		return int(n), true
	case int:
		return n, true
	case float64:
		return int(n), true
	}
	return 0, false
}

// confidenceNames maps a stored confidence to the Confidence it is
// (model.FromRecord upper-cases it): each value's name, in upper and
// lower case.
var confidenceNames = func() map[string]string {
	out := map[string]string{}
	for name := range enumNames["Confidence"] {
		out[name], out[strings.ToLower(name)] = name, name
	}
	return out
}()
