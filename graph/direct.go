package graph

import (
	"bytes"
	"context"
	"reflect"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A direct write answers a query without gqlgen's executor: it resolves the
// root fields with the same resolvers, after the same prefetch, and writes
// the JSON of the selection itself (direct_write.go), walking the values the
// resolvers return. The executor costs a field context, a path, a marshaler
// and, per list element, a goroutine for every value it writes; the direct
// write costs a buffer. It answers only when everything went right: at the
// first error, null where the schema says non-null, value it cannot write,
// introspection, @defer or anything it does not know, it gives way and the
// executor answers the whole operation as it always did, from the loaders
// the direct write already filled (so the answer never depends on which of
// the two wrote it; TestDirectSameAsExecutor holds every query of the
// behaviour suite to that, byte for byte).

// NewDirectSchema returns the executable schema of cfg whose queries are
// written directly where they can be. prefetch is the field middleware the
// handler runs around fields (PrefetchMiddleware): the direct write runs it
// around each root field as the executor would.
func NewDirectSchema(cfg Config, prefetch graphql.FieldMiddleware) graphql.ExecutableSchema {
	es := NewExecutableSchema(cfg).(*executableSchema)
	d := &directSchema{executableSchema: es, prefetch: prefetch, bind: newBindings(cfg.Resolvers)}
	if r, ok := cfg.Resolvers.(*Resolver); ok {
		d.store = r.Store
	}
	return d
}

type directSchema struct {
	*executableSchema
	prefetch graphql.FieldMiddleware
	bind     *bindings
	store    Store // answers projections, where it can (project.go)
}

// Exec answers a query directly if it can, else as the executor does.
func (d *directSchema) Exec(ctx context.Context) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	if op == nil || op.Operation == nil || op.Operation.Operation != ast.Query || hasDirectives(op.Operation.Directives) {
		return d.executableSchema.Exec(ctx)
	}
	var executor graphql.ResponseHandler
	direct := true
	return func(rctx context.Context) *graphql.Response {
		if direct {
			direct = false
			if data, projected, ok := d.write(rctx, op); ok {
				if mark, ok := rctx.Value(directMarkKey{}).(*Written); ok {
					*mark = Written{Direct: true, Projected: projected}
				}
				return &graphql.Response{Data: data}
			}
			executor = d.executableSchema.Exec(ctx)
		}
		if executor == nil {
			return nil
		}
		return executor(rctx)
	}
}

type directMarkKey struct{}

// Written says how an operation's answer was written.
type Written struct {
	// Direct: written directly, not by gqlgen's executor.
	Direct bool
	// Projected counts the root fields written from a projection
	// (project.go).
	Projected int
}

// MarkDirect returns a context under which a response handler records how
// the answer was written, and the function that tells.
func MarkDirect(ctx context.Context) (context.Context, func() Written) {
	mark := new(Written)
	return context.WithValue(ctx, directMarkKey{}, mark), func() Written { return *mark }
}

// hasDirectives reports whether an operation carries directives the
// executor interprets (@defer and the like): those it answers itself.
func hasDirectives(ds ast.DirectiveList) bool { return len(ds) > 0 }

// write answers op's root fields in order, or reports that it cannot. A
// resolver that panics is the executor's to recover and report.
func (d *directSchema) write(ctx context.Context, op *graphql.OperationContext) (data []byte, projected int, ok bool) {
	defer func() {
		if recover() != nil {
			data, projected, ok = nil, 0, false
		}
	}()
	ec := newExecutionContext(op, d.executableSchema, nil)
	w := &writer{ctx: context.WithValue(ctx, primedOnlyKey{}, true), op: op, bind: d.bind, fields: map[fieldsKey][]boundField{}}
	w.ctxV = reflect.ValueOf(w.ctx)
	fields := graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"})
	vals, rps, ok := d.roots(w.ctx, ec, fields)
	if !ok {
		return nil, 0, false
	}
	w.buf.Grow(4096)
	w.buf.WriteByte('{')
	for i, f := range fields {
		w.key(i, f.Alias)
		if f.Name == "__typename" {
			writeString(&w.buf, "Query")
			continue
		}
		w.rp = rps[i]
		if rps[i] != nil {
			projected++
		}
		if !w.value(f.Definition.Type, f.Selections, vals[i]) {
			return nil, 0, false
		}
	}
	w.buf.WriteByte('}')
	return w.buf.Bytes(), projected, true
}

// roots resolves the root fields at once, as the executor does (each may
// be a round trip of its own), and reports whether all resolved.
func (d *directSchema) roots(ctx context.Context, ec *executionContext, fields []graphql.CollectedField) ([]any, []*rootProjection, bool) {
	vals := make([]any, len(fields))
	rps := make([]*rootProjection, len(fields))
	oks := make([]bool, len(fields))
	one := func(i int) {
		defer func() {
			if recover() != nil {
				oks[i] = false
			}
		}()
		if fields[i].Name == "__typename" {
			oks[i] = true
			return
		}
		vals[i], rps[i], oks[i] = d.root(ctx, ec, fields[i])
	}
	if len(fields) == 1 {
		one(0)
	} else {
		var wg sync.WaitGroup
		for i := range fields {
			wg.Go(func() { one(i) })
		}
		wg.Wait()
	}
	for _, ok := range oks {
		if !ok {
			return nil, nil, false
		}
	}
	return vals, rps, true
}

// root resolves the root field f as the executor does: its arguments
// parsed and checked (LimitArguments), the projection or the prefetch
// around the resolver.
func (d *directSchema) root(ctx context.Context, ec *executionContext, f graphql.CollectedField) (any, *rootProjection, bool) {
	if f.Definition == nil || directivesBeyondSkip(f) {
		return nil, nil, false
	}
	raw := f.ArgumentMap(ec.Variables)
	for name, v := range raw {
		if argWithin(name, v) != nil {
			return nil, nil, false
		}
	}
	args, call, err := rootCall(ctx, ec, f.Name, raw)
	if err != nil || call == nil {
		return nil, nil, false
	}
	fc := &graphql.FieldContext{Object: "Query", Field: f, Args: args, IsMethod: true, IsResolver: true}
	ctx = graphql.WithFieldContext(ctx, fc)
	if v, rp, used, ok := d.projected(ctx, f, args, call); used {
		return v, rp, ok
	}
	v, err := d.prefetch(ctx, call)
	return v, nil, err == nil
}

// directivesBeyondSkip reports whether a field carries a directive other
// than @skip and @include (which CollectFields has applied).
func directivesBeyondSkip(f graphql.CollectedField) bool {
	for _, dir := range f.Directives {
		if dir.Name != "skip" && dir.Name != "include" {
			return true
		}
	}
	return false
}

// writeString writes s as gqlgen's executor writes a string.
func writeString(buf *bytes.Buffer, s string) {
	const hex = "0123456789ABCDEF"
	buf.WriteByte('"')
	start := 0
	// Byte by byte: every byte that needs escaping is ASCII, and the bytes
	// of a multi-byte character are copied as they are.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !jsonEscaped[c] {
			continue
		}
		buf.WriteString(s[start:i])
		switch c {
		case '\t':
			buf.WriteString(`\t`)
		case '\r':
			buf.WriteString(`\r`)
		case '\n':
			buf.WriteString(`\n`)
		case '\\':
			buf.WriteString(`\\`)
		case '"':
			buf.WriteString(`\"`)
		default:
			buf.WriteString(`\u00`)
			buf.WriteByte(hex[c>>4])
			buf.WriteByte(hex[c&0xf])
		}
		start = i + 1
	}
	buf.WriteString(s[start:])
	buf.WriteByte('"')
}

// jsonEscaped holds the bytes a JSON string escapes: control characters,
// the quote and the backslash.
var jsonEscaped = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()
