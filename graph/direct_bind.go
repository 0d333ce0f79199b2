package graph

import (
	"reflect"
	"strings"
	"sync"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// bindings says, for each Go type the resolvers return, which GraphQL
// object type it is and how each of its fields is read: from a struct
// field, bound as gqlgen binds it (the json tag, else the name), or by the
// type's resolver. TestDirectBindings holds it to the generated executor.
type bindings struct {
	resolvers reflect.Value // the ResolverRoot
	mu        sync.Mutex
	types     map[reflect.Type]*typeBinding
}

type typeBinding struct {
	name      string
	satisfies []string
	fields    map[string]*binding
}

type binding struct {
	index  []int         // the struct field, when method is not valid
	method reflect.Value // the resolver's method, bound to it
	name   string        // the struct field's or the method's name
}

func newBindings(root ResolverRoot) *bindings {
	return &bindings{resolvers: reflect.ValueOf(root), types: map[reflect.Type]*typeBinding{}}
}

// of returns the binding of the struct type t, nil if no object type of
// the schema has its name.
func (b *bindings) of(t reflect.Type) *typeBinding {
	b.mu.Lock()
	defer b.mu.Unlock()
	if tb, ok := b.types[t]; ok {
		return tb
	}
	tb := b.build(t)
	b.types[t] = tb
	return tb
}

func (b *bindings) build(t reflect.Type) *typeBinding {
	def := parsedSchema.Types[t.Name()]
	if def == nil || def.Kind != ast.Object || t.PkgPath() != reflect.TypeFor[model.Country]().PkgPath() {
		return nil
	}
	tb := &typeBinding{name: def.Name, satisfies: append([]string{def.Name}, def.Interfaces...), fields: map[string]*binding{}}
	var resolver reflect.Value
	if m := b.resolvers.MethodByName(def.Name); m.IsValid() && m.Type().NumIn() == 0 {
		resolver = m.Call(nil)[0]
	}
	for _, f := range def.Fields {
		method := strings.ToUpper(f.Name[:1]) + f.Name[1:]
		if resolver.IsValid() {
			if m := resolver.MethodByName(method); m.IsValid() {
				tb.fields[f.Name] = &binding{method: m, name: method}
				continue
			}
		}
		if idx := structField(t, f.Name); idx != nil {
			tb.fields[f.Name] = &binding{index: idx, name: t.FieldByIndex(idx).Name}
		}
	}
	return tb
}

// structField returns the index of the field of t that the GraphQL field
// name binds to: the one whose json tag names it, else the one so named.
func structField(t reflect.Type, name string) []int {
	var byName []int
	for _, sf := range reflect.VisibleFields(t) {
		if !sf.IsExported() || sf.Anonymous {
			continue
		}
		tag, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if tag == name {
			return sf.Index
		}
		if tag == "" && byName == nil && strings.EqualFold(sf.Name, name) {
			byName = sf.Index
		}
	}
	return byName
}
