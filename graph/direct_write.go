package graph

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// writer writes one operation's data as gqlgen's executor would, walking
// the values the resolvers return; each method reports false where it
// cannot, and the operation then goes to the executor (direct.go).
type writer struct {
	ctx    context.Context
	op     *graphql.OperationContext
	bind   *bindings
	buf    bytes.Buffer
	fields map[fieldsKey][]boundField // the fields of each selection on each type, collected once
	ctxV   reflect.Value
	rp     *rootProjection // the projection of the root field being written, if any
}

type fieldsKey struct {
	sel *ast.Selection // the selection set's first element: its identity
	typ string
}

// boundField is one field to write of an object: the key it is written
// under, its GraphQL type and selection, and how its value is read.
type boundField struct {
	alias, name string
	typ         *ast.Type
	sels        ast.SelectionSet
	b           *binding
}

func (w *writer) value(t *ast.Type, sels ast.SelectionSet, v any) bool {
	return w.rvalue(t, sels, reflect.ValueOf(v))
}

func (w *writer) rvalue(t *ast.Type, sels ast.SelectionSet, v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Invalid:
		return w.null(t)
	case reflect.Interface:
		if v.IsNil() {
			return w.null(t)
		}
		return w.rvalue(t, sels, v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return w.null(t)
		}
		if v.Elem().Kind() == reflect.Struct {
			return t.Elem == nil && w.object(sels, v)
		}
		return w.rvalue(t, sels, v.Elem())
	case reflect.Slice:
		if t.Elem == nil {
			return false
		}
		if v.IsNil() && !t.NonNull {
			w.buf.WriteString("null")
			return true
		}
		w.buf.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				w.buf.WriteByte(',')
			}
			if !w.rvalue(t.Elem, sels, v.Index(i)) {
				return false
			}
		}
		w.buf.WriteByte(']')
		return true
	case reflect.Struct:
		if t.Elem != nil {
			return false
		}
		p := reflect.New(v.Type())
		p.Elem().Set(v)
		return w.object(sels, p)
	}
	return t.Elem == nil && w.scalar(t.NamedType, v)
}

// null writes null where the schema allows it; a null where it does not
// is the executor's to report.
func (w *writer) null(t *ast.Type) bool {
	if t.NonNull {
		return false
	}
	w.buf.WriteString("null")
	return true
}

// scalar writes a value of a scalar or enum type as gqlgen's marshalers do.
func (w *writer) scalar(typeName string, v reflect.Value) bool {
	switch typeName {
	case "String", "ID":
		if v.Kind() != reflect.String {
			return false
		}
		writeString(&w.buf, v.String())
	case "Int":
		if !v.CanInt() {
			return false
		}
		w.buf.Write(strconv.AppendInt(w.buf.AvailableBuffer(), v.Int(), 10))
	case "Float":
		if !v.CanFloat() {
			return false
		}
		fmt.Fprintf(&w.buf, "%g", v.Float())
	case "Boolean":
		if v.Kind() != reflect.Bool {
			return false
		}
		w.buf.WriteString(strconv.FormatBool(v.Bool()))
	default:
		return w.enum(typeName, v)
	}
	return true
}

// enum writes an enum value: its name where the Go value is the name (the
// generated enums, whose marshalers quote it), NodeKind through the
// executor's own table, any other through its marshaler.
func (w *writer) enum(typeName string, v reflect.Value) bool {
	names := enumNames[typeName]
	if names == nil || v.Kind() != reflect.String {
		return false
	}
	if v.Type() == reflect.TypeFor[model.NodeKind]() {
		name, ok := marshalNNodeKind2githubᚗcomᚋskillsgraphᚋskillsgraphᚋgraphᚋmodelᚐNodeKind[model.NodeKind(v.String())]
		if !ok {
			return false
		}
		writeString(&w.buf, name)
		return true
	}
	if names[v.String()] {
		writeString(&w.buf, v.String())
		return true
	}
	m, ok := v.Interface().(graphql.Marshaler)
	if !ok {
		return false
	}
	m.MarshalGQL(&w.buf)
	return true
}

// enumNames holds the value names of each enum type of the schema.
var enumNames = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for name, def := range parsedSchema.Types {
		if def.Kind != ast.Enum {
			continue
		}
		out[name] = map[string]bool{}
		for _, v := range def.EnumValues {
			out[name][v.Name] = true
		}
	}
	return out
}()

// key writes the key of an object's i-th field, after a comma unless it is
// the first.
func (w *writer) key(i int, alias string) {
	if i > 0 {
		w.buf.WriteByte(',')
	}
	writeString(&w.buf, alias)
	w.buf.WriteByte(':')
}

// object writes the selection sels of the struct p points to.
func (w *writer) object(sels ast.SelectionSet, p reflect.Value) bool {
	tb := w.bind.of(p.Type().Elem())
	if tb == nil || len(sels) == 0 {
		return false
	}
	if w.rp != nil && &sels[0] == w.rp.sel0 {
		if written, ok := w.projectedRoot(tb, p); written {
			return ok
		}
	}
	fields, ok := w.collect(sels, tb)
	if !ok {
		return false
	}
	w.buf.WriteByte('{')
	for i, f := range fields {
		w.key(i, f.alias)
		if f.name == "__typename" {
			writeString(&w.buf, tb.name)
			continue
		}
		var v reflect.Value
		if f.b.method.IsValid() {
			out := f.b.method.Call([]reflect.Value{w.ctxV, p})
			if !out[1].IsNil() {
				return false
			}
			v = out[0]
		} else {
			v = p.Elem().FieldByIndex(f.b.index)
		}
		if !w.rvalue(f.typ, f.sels, v) {
			return false
		}
	}
	w.buf.WriteByte('}')
	return true
}

// collect returns the fields of sels to write on an object of tb's type,
// as the executor collects them (fragments, @skip, @include, aliases).
func (w *writer) collect(sels ast.SelectionSet, tb *typeBinding) ([]boundField, bool) {
	k := fieldsKey{&sels[0], tb.name}
	if fs, ok := w.fields[k]; ok {
		return fs, fs != nil
	}
	var fs []boundField
	for _, f := range graphql.CollectFields(w.op, sels, tb.satisfies) {
		bf := boundField{alias: f.Alias, name: f.Name}
		if f.Name != "__typename" {
			bf.b = tb.fields[f.Name]
			if bf.b == nil || f.Definition == nil || directivesBeyondSkip(f) {
				w.fields[k] = nil
				return nil, false
			}
			bf.typ, bf.sels = f.Definition.Type, f.Selections
		}
		fs = append(fs, bf)
	}
	if fs == nil {
		fs = []boundField{}
	}
	w.fields[k] = fs
	return fs, true
}
