package graph

import (
	"bytes"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestDirectBindings holds the direct write's reading of every field to
// the generated executor's: for each field of each object type the
// executor resolves, the direct write calls the same resolver method or
// reads the same struct field.
func TestDirectBindings(t *testing.T) {
	src, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	field := regexp.MustCompile(`(?s)func \(ec \*executionContext\) _(\w+)_(\w+)\(ctx context\.Context, field graphql\.CollectedField, obj \*model\.(\w+)\) \(ret graphql\.Marshaler\) \{.*?func\(ctx context\.Context\) \(any, error\) \{\s*return (ec\.Resolvers\.\w+\(\)\.(\w+)\(ctx, obj\)|obj\.(\w+), nil)`)
	types := reachable()
	if len(parsedSchema.PossibleTypes["Node"]) < 11 {
		t.Fatalf("the schema's Node has %d types, want the 11 kinds", len(parsedSchema.PossibleTypes["Node"]))
	}
	for _, def := range parsedSchema.PossibleTypes["Node"] { // behind an interface: reached too?
		if _, ok := types[def.Name]; !ok {
			t.Errorf("model.%s (a Node) is not reachable from the Query resolvers", def.Name)
		}
	}
	b := newBindings(&Resolver{})
	n := 0
	for _, m := range field.FindAllStringSubmatch(string(src), -1) {
		typeName, fieldName, goType, method, structField := m[1], m[2], m[3], m[5], m[6]
		rt, ok := types[goType]
		if !ok {
			t.Errorf("%s.%s: model.%s is not reachable from the Query resolvers", typeName, fieldName, goType)
			continue
		}
		tb := b.of(rt)
		if tb == nil || tb.name != typeName {
			t.Errorf("model.%s: bound to %v, want the object type %s", goType, tb, typeName)
			continue
		}
		got := tb.fields[fieldName]
		switch {
		case got == nil:
			t.Errorf("%s.%s: not bound", typeName, fieldName)
		case method != "" && (!got.method.IsValid() || got.name != method):
			t.Errorf("%s.%s: bound to %q, want the resolver method %s", typeName, fieldName, got.name, method)
		case structField != "" && (got.method.IsValid() || got.name != structField):
			t.Errorf("%s.%s: bound to %q, want the struct field %s", typeName, fieldName, got.name, structField)
		}
		n++
	}
	if n < 200 {
		t.Fatalf("only %d fields found in generated.go: has its layout changed?", n)
	}
	t.Logf("%d fields bound as the executor binds them", n)
}

// reachable returns the model types the Query resolvers return and those
// their fields and resolvers lead to, by name.
func reachable() map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || !strings.HasSuffix(t.PkgPath(), "graph/model") || out[t.Name()] != nil {
			return
		}
		out[t.Name()] = t
		for _, f := range reflect.VisibleFields(t) {
			visit(f.Type)
		}
		if m, ok := reflect.TypeFor[ResolverRoot]().MethodByName(t.Name()); ok {
			iface := m.Type.Out(0)
			for i := range iface.NumMethod() {
				visit(iface.Method(i).Type.Out(0))
			}
		}
	}
	q := reflect.TypeFor[QueryResolver]()
	for i := range q.NumMethod() {
		visit(q.Method(i).Type.Out(0))
	}
	return out
}

// TestWriteStringAsExecutor holds the direct write's strings to the
// generated executor's: the same bytes for control characters, quotes,
// backslashes, characters beyond ASCII and bytes that are not UTF-8.
func TestWriteStringAsExecutor(t *testing.T) {
	for _, s := range []string{
		"", "plain", `say "hi"`, `C:\path`, "tab\there\r\nnew", "\x00\x01\x1f\x7f",
		"Kỹ năng nghề quốc gia", "ทักษะ", "line\u2028sep", "bad \xff\xfe utf-8", "\xe2\x82", "end\\",
	} {
		var want, got bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		writeString(&got, s)
		if got.String() != want.String() {
			t.Errorf("%q: wrote %s, the executor %s", s, got.String(), want.String())
		}
	}
}
