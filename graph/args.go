package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// This file checks what users give as arguments: counts, codes, IDs.

// Limit is the default and the most of a count argument (first, maxHops).
type Limit struct{ Default, Max int }

// The count arguments' limits, in one place: the resolvers refuse a count
// out of range, and the cost limit (graph/api) counts lists by them.
var (
	ListFirst   = Limit{Default: 20, Max: 100} // occupations, qualifications, competencyStandards, arrangements, authorities, search
	RoutesFirst = Limit{Default: 20, Max: 50}  // recognitionPaths
	PathsFirst  = Limit{Default: 10, Max: 50}  // paths
	PathsHops   = Limit{Default: 4, Max: 6}    // paths' maxHops
)

// MaxNodes is the most IDs nodes(ids:) takes at a time.
const MaxNodes = 100

// Check returns *n, or the default when n is nil; a count out of range is
// BAD_USER_INPUT naming arg.
func (l Limit) Check(arg string, n *int) (int, error) {
	if n == nil {
		return l.Default, nil
	}
	if *n < 1 || *n > l.Max {
		return 0, BadInput("%s must be between 1 and %d, not %d", arg, l.Max, *n)
	}
	return *n, nil
}

// Bound returns *n held to 1..Max, or the default when n is nil: what a
// list is costed at (a count out of range is refused by Check, which says
// more than TOO_COMPLEX).
func (l Limit) Bound(n *int) int {
	if n == nil {
		return l.Default
	}
	return max(1, min(*n, l.Max))
}

// codeOf checks a code given by a user for a node of kind whose ID is
// prefix:CODE, and returns its record; an unknown code is BAD_USER_INPUT
// naming the codes that exist (what: "country code", those: "codes").
func (r *Resolver) codeOf(ctx context.Context, arg, code, prefix, kind, what, those string) (*model.Record, error) {
	id := prefix + ":" + upperASCII(code)
	found, err := r.loaders(ctx).Fetch(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if rec := found[id]; rec != nil {
		return rec, nil
	}
	page, err := r.Store.List(ctx, model.ListQuery{Kind: kind, Limit: -1})
	if err != nil {
		return nil, err
	}
	codes := make([]string, len(page.Records))
	for i, rec := range page.Records {
		codes[i] = rec.String("code")
	}
	return nil, BadInput("%s: unknown %s %q; the %s that exist are %s", arg, what, code, those, strings.Join(codes, ", "))
}

// countryCode checks a country code given by a user and returns it
// upper-cased.
func (r *Resolver) countryCode(ctx context.Context, arg, code string) (string, error) {
	rec, err := r.codeOf(ctx, arg, code, "country", model.KindCountry, "country code", "codes")
	if err != nil {
		return "", err
	}
	return rec.String("code"), nil
}

// frameworkCode checks a framework code given by a user.
func (r *Resolver) frameworkCode(ctx context.Context, arg, code string) (*model.QualificationFramework, error) {
	rec, err := r.codeOf(ctx, arg, code, "framework", model.KindFramework, "framework", "frameworks")
	if err != nil {
		return nil, err
	}
	return model.As[*model.QualificationFramework](rec)
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
	switch {
	case rec == nil:
		return nil, BadInput("%s: no %s has the ID %q; IDs look like %q (find them with `search` or the list queries)", arg, kind, id, example)
	case rec.Kind != kind:
		return nil, BadInput("%s: %q is %s %s (%q), not %s %s; IDs of %s look like %q (find them with `search` or the list queries)",
			arg, id, Article(rec.Kind), rec.Kind, rec.String(model.PropLabel), Article(kind), kind, kind, example)
	}
	return rec, nil
}

// Article is "an" before a kind that starts with a vowel, else "a".
func Article(kind string) string {
	if kind != "" && strings.ContainsRune("AEIOU", rune(kind[0])) {
		return "an"
	}
	return "a"
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

// countryID returns the global ID of a country code, or "" for none.
func countryID(code string) string {
	if code == "" {
		return ""
	}
	return "country:" + code
}

func iscoCode4(s string) bool {
	return len(s) == 4 && strings.Trim(s, "0123456789") == ""
}
