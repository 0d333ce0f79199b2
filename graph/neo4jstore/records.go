package neo4jstore

// How driver results and errors become the model's records and errors.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// classify marks the errors that mean Neo4j is out of reach with
// model.ErrUnavailable: connectivity errors, exhausted retries of
// transient errors, and a deadline that ran out before any connection was
// had. A transaction the server timed out (the request's deadline) is
// marked context.DeadlineExceeded. Other errors (Cypher, a cancelled
// request) are returned as they are.
func classify(err error, connected bool) error {
	var (
		conn  *neo4j.ConnectivityError
		limit *neo4j.TransactionExecutionLimit
		dbErr *neo4j.Neo4jError
	)
	switch {
	case errors.As(err, &conn), errors.As(err, &limit), neo4j.IsRetryable(err):
		return fmt.Errorf("%w: %w", model.ErrUnavailable, err)
	case !connected && errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w: %w", model.ErrUnavailable, err)
	case errors.As(err, &dbErr) && strings.HasPrefix(dbErr.Code, "Neo.ClientError.Transaction.TransactionTimedOut"):
		return fmt.Errorf("%w: %w", context.DeadlineExceeded, err)
	}
	return err
}

// kindLabels is the whitelist of labels Cypher may name: the node kinds.
var kindLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range model.Kinds {
		m[k] = true
	}
	return m
}()

// nodeLabel is the label every record carries besides its kind.
const nodeLabel = "Node"

// toRecord maps a node to a record: its id property is the ID, its kind
// label the Kind, the other properties the Props (normalised to the forms
// memstore keeps).
func toRecord(v any) (*model.Record, error) {
	n, ok := v.(neo4j.Node)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: expected a node, got %T", v)
	}
	id, ok := n.Props["id"].(string)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: node %s has no string id", n.ElementId)
	}
	r := &model.Record{ID: id, Props: make(map[string]any, len(n.Props))}
	for _, l := range n.Labels {
		if kindLabels[l] {
			r.Kind = l
		}
	}
	if r.Kind == "" {
		return nil, fmt.Errorf("neo4jstore: node %s has no kind label (labels %v)", id, n.Labels)
	}
	for k, v := range n.Props {
		if k != "id" && k != versionProp {
			r.Props[k] = v
		}
	}
	model.NormaliseProps(r.Props)
	return r, nil
}

// toProps maps a property map as returned for properties(r).
func toProps(v any) (map[string]any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: expected a property map, got %T", v)
	}
	out := make(map[string]any, len(m))
	for k, x := range m {
		out[k] = x
	}
	return model.NormaliseProps(out), nil
}

// get returns the value of key in rec as a T.
func get[T neo4j.RecordValue](rec *neo4j.Record, key string) (T, error) {
	v, _, err := neo4j.GetRecordValue[T](rec, key)
	if err != nil {
		return v, fmt.Errorf("neo4jstore: %w", err)
	}
	return v, nil
}

// uniq returns ids without repeats, in first-seen order.
func uniq(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
