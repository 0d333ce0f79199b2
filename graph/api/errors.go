package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// The error table: every failure an answer can report is given its code and
// message here, and nowhere else. PresentError applies it to every error
// gqlgen reports; writeError answers the requests refused before gqlgen
// sees them; ensureCodes is the last guard that no error leaves without a
// code.
//
//	failure                                           code               message
//	a resolver's graph.Error                          its own            its own
//	a question recognition refuses: a qualification   BAD_USER_INPUT     its own (names the
//	  asked from a country that does not award it       country to ask from)
//	  (recognition.ErrOrigin)
//	the request's deadline passed, whatever it        DEADLINE_EXCEEDED  storeErrors
//	  waited for (the store, a connection, a slot)
//	the store out of reach (model.ErrUnavailable)     UNAVAILABLE        storeErrors
//	the client gone                                   UNAVAILABLE        storeErrors
//	a read that saw two datasets, after retries       UNAVAILABLE        mixedMessage (consistency.go)
//	a query that does not parse / validate            gqlgen's           gqlgen's, at most 20 of them
//	refused before execution (bad APQ, bad body)      BAD_USER_INPUT     gqlgen's, without the echoed body
//	introspection turned off                          BAD_USER_INPUT     introspectionOff
//	too costly, too deep, too many fragments,         TOO_COMPLEX        the cost or depth and the limit
//	  directives or same-named fields (limits.go,
//	  complexity.go, doclimits.go)
//	over the admission limits (admission.go)          RATE_LIMITED       which limit; HTTP 429, Retry-After
//	a bad HTTP request (graphql.go)                   BAD_USER_INPUT     what to send instead
//	anything else, a panic included                   INTERNAL           "internal error", logged
//
// Every message is cut to maxMessageBytes (it may quote an argument), and
// an answer carries at most maxResponseErrors errors (doclimits.go).
//
// NOT_FOUND is in no row: the resolvers check every ID and code before
// recognition runs (BAD_USER_INPUT), so recognition.ErrNotFound can come
// only from data that breaks its own ontology, which is INTERNAL.
var storeErrors = []struct {
	matches func(ctx context.Context, err error) bool
	code    string
	message string
}{
	{timedOut, graph.CodeDeadlineExceeded, "the query took longer than the server's time limit and was stopped: ask for less, or split it"},
	{is(model.ErrUnavailable), graph.CodeUnavailable, "the graph database is unavailable; try again shortly"},
	{is(context.Canceled), graph.CodeUnavailable, "the request was cancelled"},
}

// timedOut: the request's time ran out, whatever it was waiting for; a
// deadline inside the store's driver that is not the request's is an
// outage, not a timeout.
func timedOut(ctx context.Context, err error) bool {
	return errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, model.ErrUnavailable)
}

func is(target error) func(context.Context, error) bool {
	return func(_ context.Context, err error) bool { return errors.Is(err, target) }
}

const (
	internalMessage  = "internal error"
	introspectionOff = "schema introspection is turned off on this server"
)

// PresentError translates any error gqlgen reports, once, by the table
// above; what is internal is logged and shown without detail.
func PresentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		if gerr, ok := errors.AsType[*gqlerror.Error](err); ok {
			gerr.Message = plainVariableMessage(gerr.Path, plainRequestMessage(gerr.Message))
			switch {
			case gerr.Err == nil && errorCode(gerr) == "" && graphql.GetFieldContext(ctx) == nil:
				// Raised by gqlgen before execution (bad APQ data, an undecodable
				// body): the request is at fault, not the server.
				if i := strings.Index(gerr.Message, " body:"); i >= 0 {
					gerr.Message = gerr.Message[:i] // gqlgen echoes the whole body
				}
				setCode(gerr, graph.CodeBadUserInput)
				gerr.Message = clip(gerr.Message, maxMessageBytes)
				return gerr
			case gerr.Err != nil && gerr.Err.Error() == "introspection disabled":
				gerr.Message = introspectionOff
				setCode(gerr, graph.CodeBadUserInput)
				return gerr
			}
		}
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		gerr.Message = clip(gerr.Message, maxMessageBytes)
		if appErr, ok := errors.AsType[*graph.Error](err); ok {
			gerr.Message = clip(appErr.Message, maxMessageBytes)
			setCode(gerr, appErr.Code)
			return gerr
		}
		if errors.Is(err, recognition.ErrOrigin) {
			setCode(gerr, graph.CodeBadUserInput)
			return gerr
		}
		for _, s := range storeErrors {
			if s.matches(ctx, err) {
				gerr.Message = s.message
				setCode(gerr, s.code)
				return gerr
			}
		}
		switch errorCode(gerr) {
		case "COMPLEXITY_LIMIT_EXCEEDED":
			setCode(gerr, graph.CodeTooComplex)
			if graphql.HasOperationContext(ctx) {
				if s := extension.GetComplexityStats(ctx); s != nil {
					gerr.Message = fmt.Sprintf("the query costs %d, more than the limit of %d: ask for fewer items (a smaller `first` or `maxHops`) or fewer nested fields, or split it into several queries", s.Complexity, s.ComplexityLimit)
					gerr.Extensions["cost"], gerr.Extensions["maxCost"] = s.Complexity, s.ComplexityLimit
				}
			}
		case "":
			logger.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
			gerr.Message = internalMessage
			setCode(gerr, graph.CodeInternal)
		}
		return gerr // parse and validation errors keep gqlgen's code
	}
}

// Recover turns a panic in a resolver into an INTERNAL error, logged with
// its value, never shown.
func Recover(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		logger.ErrorContext(ctx, "panic in resolver", "panic", v)
		return &graph.Error{Code: graph.CodeInternal, Message: internalMessage}
	}
}

// ensureCodes gives every error of a response a code: one refused before
// execution is the caller's (BAD_USER_INPUT), one after is ours (INTERNAL).
// It returns the codes, in order.
func ensureCodes(resp *graphql.Response, rejected bool) []string {
	codes := make([]string, 0, len(resp.Errors))
	for _, e := range resp.Errors {
		if errorCode(e) == "" {
			if rejected {
				setCode(e, graph.CodeBadUserInput)
			} else {
				setCode(e, graph.CodeInternal)
			}
		}
		codes = append(codes, errorCode(e))
	}
	return codes
}

// WriteError answers with one GraphQL error of the given code, and the
// response extensions ext (nil for none).
func WriteError(w http.ResponseWriter, status int, code, msg string, ext map[string]any) {
	body, _ := json.Marshal(&graphql.Response{
		Errors:     gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}},
		Extensions: ext,
	})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// WriteInternal answers an unexpected failure outside the resolvers (a
// panic in the HTTP layers) as INTERNAL.
func WriteInternal(w http.ResponseWriter) {
	WriteError(w, http.StatusInternalServerError, graph.CodeInternal, internalMessage, nil)
}

func errorCode(e *gqlerror.Error) string {
	code, _ := e.Extensions["code"].(string)
	return code
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

var (
	undecodableBody  = regexp.MustCompile(`^json request body could not be decoded: json: cannot unmarshal (\w+) into Go value of type `)
	undecodableField = regexp.MustCompile(`^json request body could not be decoded: json: cannot unmarshal (\w+) into Go struct field \w+\.(\w+) `)
	operationMissing = regexp.MustCompile(`^operation (.*) not found$`)
)

// The GraphQL library's words for a variable that does not fit its
// declared type, at the path ["variable", name, ...].
var (
	cannotUse = regexp.MustCompile(`^cannot use (?:value )?(\S+) as (\w+)$`)
	mustBeA   = regexp.MustCompile(`^must be a (\w+), not a (\w+)$`)
)

// plainVariableMessage says in JSON's and the schema's terms what the
// GraphQL library says of a variable in Go's ("cannot use map as
// String"), naming the variable; any other message is returned as it is.
func plainVariableMessage(path ast.Path, msg string) string {
	if len(path) < 2 || path[0] != ast.PathName("variable") {
		return msg
	}
	name := "$" + strings.TrimPrefix(path[1:].String(), ".")
	switch msg {
	case "must be defined":
		return fmt.Sprintf("variable %s: required, and not given", name)
	case "cannot be null":
		return fmt.Sprintf("variable %s: required, and null was given", name)
	case "unknown field":
		if f, ok := path[len(path)-1].(ast.PathName); ok {
			parent := "$" + strings.TrimPrefix(path[1:len(path)-1].String(), ".")
			return fmt.Sprintf("variable %s: no input field %q in its type (see the schema for the fields it has)", parent, string(f))
		}
	}
	if sm := cannotUse.FindStringSubmatch(msg); sm != nil {
		typ := sm[2]
		if typ == "Int" {
			return fmt.Sprintf("variable %s: expected an Int, a whole number (at most 2^31-1 in size)", name)
		}
		return fmt.Sprintf("variable %s: expected %s %s, got %s", name, graph.Article(typ), typ, jsonKind(sm[1]))
	}
	if sm := mustBeA.FindStringSubmatch(msg); sm != nil {
		return fmt.Sprintf("variable %s: expected %s %s (a JSON object), got %s", name, graph.Article(sm[1]), sm[1], jsonKind(sm[2]))
	}
	return msg
}

// jsonKind names in JSON's terms the Go kind a JSON value decoded into.
func jsonKind(goKind string) string {
	switch goKind {
	case "map":
		return "a JSON object"
	case "slice":
		return "a JSON list"
	case "string":
		return "a JSON string"
	case "bool":
		return "a JSON boolean"
	case "float64", "float32", "int", "int64", "int32":
		return "a JSON number"
	}
	return "a value of another type"
}

// plainRequestMessage says in the request's terms what gqlgen says in its
// own: a body that decodes into no request (the decoder names Go types),
// an operation it cannot pick. Any other message is returned as it is.
func plainRequestMessage(msg string) string {
	if m := undecodableBody.FindStringSubmatch(msg); m != nil {
		if m[1] == "array" {
			return "the body is a JSON array: batched operations are not supported; send one operation per request"
		}
		return fmt.Sprintf("the body is a JSON %s: send a JSON object with query (and operationName, variables, extensions)", m[1])
	}
	if m := undecodableField.FindStringSubmatch(msg); m != nil {
		switch m[2] {
		case "variables", "extensions":
			return fmt.Sprintf("%s must be a JSON object, not a JSON %s", m[2], m[1])
		default:
			return fmt.Sprintf("%s must be a string, not a JSON %s", m[2], m[1])
		}
	}
	if m := operationMissing.FindStringSubmatch(msg); m != nil {
		if m[1] == "" {
			return "the document holds more than one operation: give operationName to say which to run"
		}
		return fmt.Sprintf("no operation named %q in the document", clip(m[1], 100))
	}
	return msg
}
