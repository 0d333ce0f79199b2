package graph

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// Temporary until graph/recognition lands.
var errPending = &Error{Code: CodeInternal, Message: "not available yet"}

func pendingLevelComparisons(ctx context.Context, s Store, id, c string) ([]*model.LevelEquivalence, error) {
	return nil, errPending
}
func pendingPaths(ctx context.Context, s Store, from, to, subject string, n int) (*model.RecognitionResult, error) {
	return nil, errPending
}
func pendingCompare(ctx context.Context, s Store, a, b string) (*model.StandardComparison, error) {
	return nil, errPending
}
