package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The error table: every failure an answer can report is given its code and
// message here, and nowhere else. PresentError applies it to every error
// gqlgen reports; writeError answers the requests refused before gqlgen
// sees them; ensureCodes is the last guard that no error leaves without a
// code.
//
//	failure                                           code               message
//	a resolver's graph.Error                          its own            its own
//	the store out of reach (model.ErrUnavailable)     UNAVAILABLE        storeErrors
//	the request's deadline, or the client gone        UNAVAILABLE        storeErrors
//	a query that does not parse / validate            gqlgen's           gqlgen's
//	refused before execution (bad APQ, bad body)      BAD_USER_INPUT     gqlgen's, without the echoed body
//	introspection turned off                          BAD_USER_INPUT     introspectionOff
//	too costly, too deep (limits.go)                  TOO_COMPLEX        the cost or depth and the limit
//	a bad HTTP request (endpoint.go)                  BAD_USER_INPUT     what to send instead
//	anything else, a panic included                   INTERNAL           "internal error", logged
//
// NOT_FOUND is in no row: the resolvers check every ID and code before
// recognition runs (BAD_USER_INPUT), so recognition.ErrNotFound can come
// only from data that breaks its own ontology, which is INTERNAL.
var storeErrors = []struct {
	err     error
	message string
}{
	{model.ErrUnavailable, "the graph database is unavailable; try again shortly"},
	{context.DeadlineExceeded, "the query took too long and was stopped"},
	{context.Canceled, "the request was cancelled"},
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
			switch {
			case gerr.Err == nil && errorCode(gerr) == "" && graphql.GetFieldContext(ctx) == nil:
				// Raised by gqlgen before execution (bad APQ data, an undecodable
				// body): the request is at fault, not the server.
				if i := strings.Index(gerr.Message, " body:"); i >= 0 {
					gerr.Message = gerr.Message[:i] // gqlgen echoes the whole body
				}
				setCode(gerr, graph.CodeBadUserInput)
				return gerr
			case gerr.Err != nil && gerr.Err.Error() == "introspection disabled":
				gerr.Message = introspectionOff
				setCode(gerr, graph.CodeBadUserInput)
				return gerr
			}
		}
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if appErr, ok := errors.AsType[*graph.Error](err); ok {
			gerr.Message = appErr.Message
			setCode(gerr, appErr.Code)
			return gerr
		}
		for _, s := range storeErrors {
			if errors.Is(err, s.err) {
				gerr.Message = s.message
				setCode(gerr, graph.CodeUnavailable)
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
