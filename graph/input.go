package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Limits on the arguments of a query: every string at most MaxArgBytes
// bytes, every list at most MaxArgItems items, a search at most
// MaxSearchWords distinct words. Longer is refused with BAD_USER_INPUT
// before any work is done; no ID, code or search of this API comes near.
const (
	MaxArgBytes    = 256
	MaxArgItems    = 100
	MaxSearchWords = model.MaxSearchTokens
)

// upperASCII trims a code given by a user and upper-cases its ASCII
// letters only: codes are ASCII, and Unicode case mapping would turn the
// long s "ſ" into "S" and the dotless "ı" into "I".
func upperASCII(s string) string {
	s = strings.TrimSpace(s)
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// LimitArguments refuses a root field whose arguments are longer than the
// limits above, before its resolver runs.
func LimitArguments(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	rfc := graphql.GetRootFieldContext(ctx)
	if rfc == nil || len(rfc.Field.Arguments) == 0 {
		return next(ctx)
	}
	args := rfc.Field.ArgumentMap(graphql.GetOperationContext(ctx).Variables)
	for name, v := range args {
		if err := argWithin(name, v); err != nil {
			graphql.AddError(ctx, err)
			return graphql.Null
		}
	}
	return next(ctx)
}

// argWithin checks one argument value, and the values inside it.
func argWithin(path string, v any) error {
	switch x := v.(type) {
	case string:
		if len(x) > MaxArgBytes {
			return BadInput("%s is %d bytes long, more than the limit of %d", path, len(x), MaxArgBytes)
		}
	case []any:
		if len(x) > MaxArgItems {
			return BadInput("%s has %d items, more than the limit of %d", path, len(x), MaxArgItems)
		}
		for i, e := range x {
			if err := argWithin(fmt.Sprintf("%s[%d]", path, i), e); err != nil {
				return err
			}
		}
	case map[string]any:
		for k, e := range x {
			if err := argWithin(path+"."+k, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// distinctWords counts the distinct words of a search text.
func distinctWords(text string) int {
	seen := map[string]bool{}
	for _, t := range model.Tokens(text) {
		seen[t] = true
	}
	return len(seen)
}
