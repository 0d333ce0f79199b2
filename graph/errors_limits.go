package graph

// Error codes added for the server's limits. They belong in the one table
// of codes with those in errors.go; they are kept here, together, until
// that table is rebuilt.
const (
	// CodeDeadlineExceeded: the request's time limit ran out before the
	// answer was ready (a timeout, not an outage: UNAVAILABLE says that).
	CodeDeadlineExceeded = "DEADLINE_EXCEEDED"
	// CodeRateLimited: the client, or the server as a whole, is at its limit
	// of concurrent work or of cost per time window; HTTP 429 with
	// Retry-After says when to come back.
	CodeRateLimited = "RATE_LIMITED"
)
