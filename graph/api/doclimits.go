package api

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/skillsgraph/skillsgraph/graph"
)

// Limits on a document's shape, checked before gqlgen validates it, so
// that validation's own work stays small: a query may define at most
// maxFragments fragments and put at most maxDirectives directives on one
// field or spread; validation reports at most maxValidationErrors errors.
const (
	maxFragments        = 50
	maxDirectives       = 4
	maxValidationErrors = 20
	maxSameName         = 20
)

// shapeLimit parses a query that is not yet in the query cache and refuses
// it (TOO_COMPLEX) when it has too many fragments or directives; what does
// not parse is left to gqlgen to report.
type shapeLimit struct {
	cache      graphql.Cache[*ast.QueryDocument]
	tokenLimit int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if params.Query == "" {
		return nil
	}
	if _, ok := l.cache.Get(ctx, params.Query); ok {
		return nil // validated before
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: params.Query}, l.tokenLimit)
	if err != nil {
		return nil // gqlgen reports it, with its code
	}
	if n := len(doc.Fragments); n > maxFragments {
		return tooComplex(fmt.Sprintf("the query defines %d fragments, more than the limit of %d: use fewer, larger fragments", n, maxFragments))
	}
	names := &sameNames{doc: doc, memo: map[string]map[string]int{}}
	check := func(ss ast.SelectionSet) *gqlerror.Error {
		if err := directivesWithin(ss); err != nil {
			return err
		}
		return names.within(ss)
	}
	for _, op := range doc.Operations {
		if err := check(op.SelectionSet); err != nil {
			return err
		}
	}
	for _, f := range doc.Fragments {
		if err := check(f.SelectionSet); err != nil {
			return err
		}
	}
	return nil
}

// directivesWithin refuses a selection with more than maxDirectives
// directives on one field, spread or inline fragment.
func directivesWithin(ss ast.SelectionSet) *gqlerror.Error {
	for _, sel := range ss {
		var dirs ast.DirectiveList
		var sub ast.SelectionSet
		switch s := sel.(type) {
		case *ast.Field:
			dirs, sub = s.Directives, s.SelectionSet
		case *ast.InlineFragment:
			dirs, sub = s.Directives, s.SelectionSet
		case *ast.FragmentSpread:
			dirs = s.Directives
		}
		if len(dirs) > maxDirectives {
			return tooComplex(fmt.Sprintf("a field carries %d directives, more than the limit of %d", len(dirs), maxDirectives))
		}
		if err := directivesWithin(sub); err != nil {
			return err
		}
	}
	return nil
}

// sameNames refuses a selection in which more than maxSameName fields
// answer under one name (through fragments too): validation compares every
// pair of them, so that 1,500 of them cost seconds.
type sameNames struct {
	doc  *ast.QueryDocument
	memo map[string]map[string]int // fragment -> response name -> fields
}

func (n *sameNames) within(ss ast.SelectionSet) *gqlerror.Error {
	for name, count := range n.count(ss) {
		if count > maxSameName {
			return tooComplex(fmt.Sprintf("%d fields answer under the name %q in one selection, more than the limit of %d: give them distinct aliases", count, clip(name, 64), maxSameName))
		}
	}
	for _, sel := range ss {
		var sub ast.SelectionSet
		switch s := sel.(type) {
		case *ast.Field:
			sub = s.SelectionSet
		case *ast.InlineFragment:
			sub = s.SelectionSet
		}
		if err := n.within(sub); err != nil {
			return err
		}
	}
	return nil
}

// count returns how many fields answer under each name in ss, following
// spreads and inline fragments.
func (n *sameNames) count(ss ast.SelectionSet) map[string]int {
	out := map[string]int{}
	for _, sel := range ss {
		switch s := sel.(type) {
		case *ast.Field:
			key := s.Alias
			if key == "" {
				key = s.Name
			}
			out[key] = addCost(out[key], 1)
		case *ast.InlineFragment:
			for k, c := range n.count(s.SelectionSet) {
				out[k] = addCost(out[k], c)
			}
		case *ast.FragmentSpread:
			for k, c := range n.fragment(s.Name) {
				out[k] = addCost(out[k], c)
			}
		}
	}
	return out
}

func (n *sameNames) fragment(name string) map[string]int {
	if m, ok := n.memo[name]; ok {
		return m
	}
	n.memo[name] = nil // a cycle (refused by validation) adds nothing
	f := n.doc.Fragments.ForName(name)
	if f == nil {
		return nil
	}
	m := n.count(f.SelectionSet)
	n.memo[name] = m
	return m
}

func tooComplex(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": graph.CodeTooComplex}}
}

// cappedRules returns gqlparser's validation rules with the errors of one
// validation capped at max: past it, one error says that more were found,
// and the rest are dropped as they are raised, so that a query built to
// conflict with itself costs no more memory than a short answer.
func cappedRules(max int) func() *rules.Rules {
	return func() *rules.Rules {
		n := 0 // errors raised in this validation (the rules are built per validation)
		var capped []core.Rule
		for name, rule := range rules.NewDefaultRules().GetInner() {
			capped = append(capped, core.Rule{Name: name, RuleFunc: func(obs *core.Events, addError core.AddErrFunc) {
				rule(obs, func(opts ...core.ErrorOption) {
					n++
					switch {
					case n <= max:
						addError(opts...)
					case n == max+1:
						addError(core.Message("more than %d validation errors; only the first %d are shown", max, max))
					}
				})
			}})
		}
		return rules.NewRules(capped...)
	}
}

// Bounds on what an answer repeats of its question: an error message (which
// may quote an argument) is cut to maxMessageBytes, and an answer carries at
// most maxResponseErrors errors.
const (
	maxMessageBytes   = 1000
	maxResponseErrors = 50
)

// clip cuts s to at most n bytes, on a character boundary, marking the cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// capErrors keeps the first maxResponseErrors errors of a response, the
// last of them saying how many were dropped.
func capErrors(errs gqlerror.List) gqlerror.List {
	if len(errs) <= maxResponseErrors {
		return errs
	}
	dropped := len(errs) - maxResponseErrors + 1
	kept := errs[: maxResponseErrors-1 : maxResponseErrors-1]
	code := errorCode(errs[maxResponseErrors-1])
	return append(kept, &gqlerror.Error{
		Message:    fmt.Sprintf("%d more errors are not shown", dropped),
		Extensions: map[string]any{"code": code},
	})
}

// MaxOperationName is the longest operation name the handler reports (to
// its Observer, in traces): names come from clients, and longer ones are
// cut.
const MaxOperationName = 64
