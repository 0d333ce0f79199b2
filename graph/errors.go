package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Error codes, sent as extensions.code.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeTooComplex   = "TOO_COMPLEX"
	CodeUnavailable  = "UNAVAILABLE"
	CodeInternal     = "INTERNAL"
	CodeParseFailed  = "GRAPHQL_PARSE_FAILED"
	CodeValidation   = "GRAPHQL_VALIDATION_FAILED"
)

// Error is the application's one error type: a code and a message a person
// can act on. Resolvers return it for the caller's mistakes; everything else
// is internal and never shown.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// BadInput returns a BAD_USER_INPUT error.
func BadInput(format string, args ...any) error {
	return &Error{Code: CodeBadUserInput, Message: fmt.Sprintf(format, args...)}
}

// NotFound returns a NOT_FOUND error.
func NotFound(format string, args ...any) error {
	return &Error{Code: CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

// ErrUnavailable marks store errors caused by the database being out of
// reach; stores wrap it with %w.
var ErrUnavailable = errors.New("the graph database is unavailable")

// PresentError translates any resolver error once: application errors keep
// their code and message; unavailability becomes UNAVAILABLE; anything else
// is logged and shown as INTERNAL without detail.
func PresentError(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		var appErr *Error
		switch {
		case errors.As(err, &appErr):
			gerr.Message = appErr.Message
			setCode(gerr, appErr.Code)
		case errors.Is(ctx.Err(), context.DeadlineExceeded),
			errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, ErrUnavailable):
			// The request's time ran out, whatever it was waiting for.
			gerr.Message = "the query took longer than the server's time limit and was stopped: ask for less, or split it"
			setCode(gerr, CodeDeadlineExceeded)
		case errors.Is(err, ErrUnavailable):
			gerr.Message = "the graph database is unavailable; try again shortly"
			setCode(gerr, CodeUnavailable)
		case errors.Is(err, context.Canceled):
			gerr.Message = "the request was cancelled"
			setCode(gerr, CodeUnavailable)
		default:
			if code, ok := gerr.Extensions["code"].(string); ok && code != "" {
				return gerr // parse and validation errors from gqlgen itself
			}
			logger.ErrorContext(ctx, "internal error", "err", err, "path", gerr.Path.String())
			gerr.Message = "internal error"
			setCode(gerr, CodeInternal)
		}
		return gerr
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// Recover turns a panic in a resolver into an INTERNAL error, logged with
// its value, never shown.
func Recover(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		logger.ErrorContext(ctx, "panic in resolver", "panic", v)
		return &Error{Code: CodeInternal, Message: "internal error"}
	}
}
