package graph

import "fmt"

// Error codes, sent as extensions.code. graph/api's error table says which
// failure gets which code and message.
const (
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeNotFound     = "NOT_FOUND"
	CodeTooComplex   = "TOO_COMPLEX"
	CodeUnavailable  = "UNAVAILABLE"
	CodeInternal     = "INTERNAL"
	CodeParseFailed  = "GRAPHQL_PARSE_FAILED"
	CodeValidation   = "GRAPHQL_VALIDATION_FAILED"
	// CodeDeadlineExceeded: the request's time limit ran out before the
	// answer was ready (a timeout, not an outage: UNAVAILABLE says that).
	CodeDeadlineExceeded = "DEADLINE_EXCEEDED"
	// CodeRateLimited: the client, or the server as a whole, is at its limit
	// of concurrent work or of cost per time window; HTTP 429 with
	// Retry-After says when to come back.
	CodeRateLimited = "RATE_LIMITED"
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
