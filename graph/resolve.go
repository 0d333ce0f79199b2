package graph

import (
	"context"
	"encoding/base64"
	"fmt"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// This file holds what the resolvers share: mapping records to API types
// through the operation's loaders, input checks, cursors.

// one returns the node with the ID as T, or nil when absent.
func one[T model.Node](ctx context.Context, l *Loaders, id string) (T, error) {
	var zero T
	if id == "" {
		return zero, nil
	}
	rec, err := l.Node(ctx, id)
	if err != nil {
		return zero, err
	}
	return model.As[T](rec)
}

// linked returns the nodes at the other end of the node's rel relationships.
func linked[T model.Node](ctx context.Context, l *Loaders, id, rel string, dir model.Direction) ([]T, error) {
	links, err := l.Links(ctx, id, rel, dir)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(links))
	seen := map[string]bool{}
	for _, lk := range links {
		if seen[lk.Node.ID] {
			continue
		}
		seen[lk.Node.ID] = true
		t, err := model.As[T](lk.Node)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// nodes maps records to API nodes, skipping none.
func nodes(recs []*model.Record) ([]model.Node, error) {
	out := make([]model.Node, 0, len(recs))
	for _, r := range recs {
		n, err := model.FromRecord(r)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// citedBy returns the sources a node cites.
func (r *Resolver) citedBy(ctx context.Context, id string) ([]*model.Source, error) {
	return linked[*model.Source](ctx, r.loaders(ctx), id, model.RelCites, model.Out)
}

// sourcesByID returns the sources with these IDs, in order, skipping any
// that do not exist.
func (r *Resolver) sourcesByID(ctx context.Context, ids []string) ([]*model.Source, error) {
	recs, err := r.loaders(ctx).Nodes(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Source, 0, len(recs))
	for _, rec := range recs {
		if rec == nil {
			continue
		}
		s, err := model.As[*model.Source](rec)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// countryCode checks a country code given by a user and returns it
// upper-cased; an unknown code is BAD_USER_INPUT naming the codes that exist.
func (r *Resolver) countryCode(ctx context.Context, arg, code string) (string, error) {
	c := upperASCII(code)
	found, err := r.loaders(ctx).Fetch(ctx, []string{"country:" + c})
	if err != nil {
		return "", err
	}
	if found["country:"+c] != nil {
		return c, nil
	}
	page, err := r.Store.List(ctx, model.ListQuery{Kind: model.KindCountry, Limit: -1})
	if err != nil {
		return "", err
	}
	codes := make([]string, len(page.Records))
	for i, rec := range page.Records {
		codes[i] = rec.String("code")
	}
	return "", BadInput("%s: unknown country code %q; the codes that exist are %s", arg, code, strings.Join(codes, ", "))
}

// frameworkCode checks a framework code given by a user; an unknown code is
// BAD_USER_INPUT naming the codes that exist.
func (r *Resolver) frameworkCode(ctx context.Context, arg, code string) (*model.QualificationFramework, error) {
	c := upperASCII(code)
	found, err := r.loaders(ctx).Fetch(ctx, []string{"framework:" + c})
	if err != nil {
		return nil, err
	}
	if rec := found["framework:"+c]; rec != nil {
		return model.As[*model.QualificationFramework](rec)
	}
	page, err := r.Store.List(ctx, model.ListQuery{Kind: model.KindFramework, Limit: -1})
	if err != nil {
		return nil, err
	}
	codes := make([]string, len(page.Records))
	for i, rec := range page.Records {
		codes[i] = rec.String("code")
	}
	return nil, BadInput("%s: unknown framework %q; the frameworks that exist are %s", arg, code, strings.Join(codes, ", "))
}

// levelID checks a framework and level given by a user.
func (r *Resolver) levelID(ctx context.Context, framework string, level int) (string, error) {
	f, err := r.frameworkCode(ctx, "framework", framework)
	if err != nil {
		return "", err
	}
	if level < 1 || level > f.LevelCount {
		return "", BadInput("level: %s has levels 1 to %d, not %d", f.Code, f.LevelCount, level)
	}
	return fmt.Sprintf("level:%s:%d", f.Code, level), nil
}

// nodeOfKind checks that a user-given ID names an existing node of the
// kind; otherwise BAD_USER_INPUT saying what was expected.
func (r *Resolver) nodeOfKind(ctx context.Context, arg, id, kind, example string) (*model.Record, error) {
	found, err := r.loaders(ctx).Fetch(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	rec := found[id]
	if rec == nil || rec.Kind != kind {
		return nil, BadInput("%s: %q is not the ID of a %s; IDs look like %q (find them with `search` or the list queries)", arg, id, kind, example)
	}
	return rec, nil
}

// checkID refuses an ID that is not of the form <kind>:<key> with a known
// kind.
func checkID(arg, id string) error {
	if model.KindOf(id) != "" {
		return nil
	}
	prefixes := make([]string, 0, len(model.Kinds))
	for p := range model.Kinds {
		prefixes = append(prefixes, p+":")
	}
	sort.Strings(prefixes)
	return BadInput("%s: %q is not a global ID; IDs are <kind>:<key> with kind one of %s (e.g. country:PH, level:PQF:4)",
		arg, id, strings.Join(prefixes, " "))
}

// pageSize checks a page size argument.
func pageSize(arg string, first *int, def, max int) (int, error) {
	if first == nil {
		return def, nil
	}
	if *first < 1 || *first > max {
		return 0, BadInput("%s must be between 1 and %d, not %d", arg, max, *first)
	}
	return *first, nil
}

const cursorPrefix = "cursor:"

// cursor returns the opaque cursor of a record in a connection.
func cursor(id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + id))
}

// after decodes a cursor given by a user.
func after(c *string) (string, error) {
	if c == nil || *c == "" {
		return "", nil
	}
	b, err := base64.RawURLEncoding.DecodeString(*c)
	if err != nil || !strings.HasPrefix(string(b), cursorPrefix) {
		return "", BadInput("after: %q is not a cursor of this API; pass pageInfo.endCursor of the previous page", *c)
	}
	return strings.TrimPrefix(string(b), cursorPrefix), nil
}

// page runs a list query for a connection.
func (r *Resolver) page(ctx context.Context, kind string, conds []model.Cond, first *int, afterCursor *string) (model.Page, bool, error) {
	n, err := pageSize("first", first, 20, 100)
	if err != nil {
		return model.Page{}, false, err
	}
	a, err := after(afterCursor)
	if err != nil {
		return model.Page{}, false, err
	}
	p, err := r.Store.List(ctx, model.ListQuery{Kind: kind, Conds: conds, After: a, Limit: n + 1})
	if err != nil {
		return model.Page{}, false, err
	}
	more := len(p.Records) > n
	if more {
		p.Records = p.Records[:n]
	}
	return p, more, nil
}

func pageInfo(recs []*model.Record, more bool) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: more}
	if len(recs) > 0 {
		c := cursor(recs[len(recs)-1].ID)
		pi.EndCursor = &c
	}
	return pi
}

// filters turns the common filter arguments into conditions, checking them.
type filters struct {
	r     *Resolver
	conds []model.Cond
	err   error
}

func (f *filters) country(ctx context.Context, arg string, code *string, prop string) {
	if f.err != nil || code == nil {
		return
	}
	c, err := f.r.countryCode(ctx, arg, *code)
	f.err = err
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpHas, Value: c})
}

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
		f.conds = append(f.conds, model.Cond{Prop: "filterLevels", Op: model.OpHas, Value: id})
	case framework != nil:
		fw, err := f.r.frameworkCode(ctx, "filter.framework", *framework)
		f.err = err
		if fw != nil {
			f.conds = append(f.conds, model.Cond{Prop: "filterFrameworks", Op: model.OpHas, Value: fw.Code})
		}
	}
}

func (f *filters) occupation(ctx context.Context, id *string) {
	if f.err != nil || id == nil {
		return
	}
	_, f.err = f.r.nodeOfKind(ctx, "filter.occupation", *id, model.KindOccupation, "occupation:2221")
	f.conds = append(f.conds, model.Cond{Prop: "filterOccupations", Op: model.OpHas, Value: *id})
}

func (f *filters) text(text *string) {
	if f.err != nil || text == nil {
		return
	}
	if len(model.Tokens(*text)) == 0 {
		f.err = BadInput("filter.text %q has no letters or digits to match", *text)
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: "searchTokens", Op: model.OpText, Value: *text})
}

func (f *filters) eq(prop string, v *string) {
	if f.err != nil || v == nil {
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpEq, Value: *v})
}

func (f *filters) has(prop string, v *string) {
	if f.err != nil || v == nil {
		return
	}
	f.conds = append(f.conds, model.Cond{Prop: prop, Op: model.OpHas, Value: *v})
}

// searchRank orders search results: the whole name or code first, then
// names starting with the text, then the rest.
func searchRank(rec *model.Record, folded string) int {
	label := model.Fold(rec.String("label"))
	for _, p := range []string{"code", "iscoCode", "key"} {
		if c := rec.String(p); c != "" && model.Fold(c) == folded {
			return 0
		}
	}
	switch {
	case label == folded:
		return 0
	case strings.HasPrefix(label, folded):
		return 1
	}
	return 2
}

// countryID returns the global ID of a country code, or "" for none.
func countryID(code string) string {
	if code == "" {
		return ""
	}
	return "country:" + code
}

// levelReferences returns a level's REFERENCED_TO relationships one way.
func (r *Resolver) levelReferences(ctx context.Context, id string, dir model.Direction) ([]*model.LevelReference, error) {
	links, err := r.loaders(ctx).Links(ctx, id, model.RelReferencedTo, dir)
	if err != nil {
		return nil, err
	}
	out := make([]*model.LevelReference, 0, len(links))
	for _, l := range links {
		ref, err := model.LevelReferenceFrom(l)
		if err != nil {
			return nil, err
		}
		out = append(out, ref)
	}
	return out, nil
}

// searchCandidates bounds how many matches a store hands back for ranking.
const searchCandidates = 2000

// mapAll maps records to the API type T.
func mapAll[T model.Node](recs []*model.Record) ([]T, error) {
	out := make([]T, 0, len(recs))
	for _, rec := range recs {
		t, err := model.As[T](rec)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

func iscoCode4(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}
