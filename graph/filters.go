package graph

import (
	"context"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// filters turns the filter arguments of the list queries into conditions,
// checking them; the first error stops the rest.
type filters struct {
	r     *Resolver
	conds []model.Cond
	err   error
	// via is set when the filter asked for a level of a reference
	// framework: by level ID, the references up to it (referencedLevels).
	via map[string][]model.Link
}

// country filters on a country code given by a user.
func (f *filters) country(ctx context.Context, arg string, code *string, prop string) {
	if f.err != nil || code == nil {
		return
	}
	c, err := f.r.countryCode(ctx, arg, *code)
	f.err = err
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpHas, Value: c})
}

// frameworkLevel filters on a framework, or one of its levels.
func (f *filters) frameworkLevel(ctx context.Context, framework *string, level *int) {
	if f.err != nil {
		return
	}
	switch {
	case framework == nil && level != nil:
		f.err = BadInput("filter.level needs filter.framework: level %d of which framework?", *level)
	case framework != nil && level != nil:
		id, err := f.r.levelID(ctx, *framework, *level)
		f.err = err
		if err == nil {
			f.referencedLevels(ctx, *framework, id)
		}
	case framework != nil:
		fw, err := f.r.frameworkCode(ctx, "filter.framework", *framework)
		f.err = err
		if fw != nil {
			f.conds = append(f.conds, model.Cond{Prop: model.PropFrameworks, Op: model.OpHas, Value: fw.Code})
		}
	}
}

// occupation filters on an occupation's ID.
func (f *filters) occupation(ctx context.Context, id *string) {
	if f.err != nil || id == nil {
		return
	}
	_, f.err = f.r.nodeOfKind(ctx, "filter.occupation", *id, model.KindOccupation, "occupation:2221")
	f.conds = append(f.conds, model.Cond{Prop: model.PropOccupations, Op: model.OpHas, Value: *id})
}

// iscoPrefix filters occupations on the start of their ISCO-08 code.
func (f *filters) iscoPrefix(code *string) {
	if f.err != nil || code == nil {
		return
	}
	c := strings.TrimSpace(*code)
	if c == "" || len(c) > 4 || strings.Trim(c, "0123456789") != "" {
		f.err = BadInput("filter.iscoCode: %q is not an ISCO-08 code or prefix (1 to 4 digits)", *code)
	}
	f.conds = append(f.conds, model.Cond{Prop: "iscoCode", Op: model.OpPrefix, Value: c})
}

// text filters on words of the names and codes.
func (f *filters) text(text *string) {
	if f.err != nil || text == nil || strings.TrimSpace(*text) == "" { // "": a cleared search box, no filter
		return
	}
	if len(model.Tokens(*text)) == 0 {
		f.err = BadInput("filter.text %q has no letters or digits to match", *text)
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: model.PropSearchTokens, Op: model.OpText, Value: *text})
}

// eq filters on a property's value (an enum of the schema).
func (f *filters) eq(prop string, v *string) {
	if f.err != nil || v == nil {
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpEq, Value: *v})
}

// has filters on a value of a list property.
func (f *filters) has(prop string, v *string) {
	if f.err != nil || v == nil {
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpHas, Value: *v})
}

// enum returns an enum argument as a string, nil when absent.
func enum[E ~string](v *E) *string {
	if v == nil {
		return nil
	}
	s := string(*v)
	return &s
}
