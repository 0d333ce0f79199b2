package neo4jstore

// How driver results and errors become the model's records and errors.

import (
	"context"
	"errors"
	"fmt"
	"regexp"
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
		if k != "id" && !strings.HasPrefix(k, bookkeepingPrefix) {
			r.Props[k] = v
		}
	}
	model.NormaliseProps(r.Props)
	return r, nil
}

// bookkeepingPrefix begins the name of every node property that is the
// store's own bookkeeping, never a property of the record: the rank phrases
// (rank.go), and _datasetVersion, which held a node's dataset version
// before the version became a label (a database loaded then keeps it until
// its next load). The loader refuses record properties named so
// (storable).
const bookkeepingPrefix = "_"

// projection is the Cypher expression for some properties of the node v,
// as one list (lists cost the driver less than maps: no keys to decode):
// its ID, whether it is of the expected dataset version (versionMark: the
// version or null), its labels unless the caller knows its kind, then the
// values of the properties props, in order (null where absent). The
// property names are written into the text (a static property read costs
// Neo4j less than a lookup by a name in a parameter), so each must be a
// plain identifier: anything else is an error. Read it with fromProjection.
func projection(v, kind string, props []string) (string, error) {
	parts := []string{v + ".id", versionMark(v)}
	if kind == "" {
		parts = append(parts, "labels("+v+")")
	}
	for _, p := range props {
		if !propertyName.MatchString(p) {
			return "", fmt.Errorf("neo4jstore: %q is not a property name", p)
		}
		parts = append(parts, v+"."+p)
	}
	return "[" + strings.Join(parts, ", ") + "]", nil
}

var propertyName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// fromProjection reads a projection of the properties props (of nodes of
// the kind, or of any kind when "") as a record holding those of them the
// node has, and notes its dataset version.
func fromProjection(ctx context.Context, v any, kind string, props []string) (*model.Record, error) {
	head := model.ProjectedProps
	if kind == "" {
		head++
	}
	l, ok := v.([]any)
	if !ok || len(l) != head+len(props) {
		return nil, fmt.Errorf("neo4jstore: expected a projected node of %d values, got %T", head+len(props), v)
	}
	id, ok := l[0].(string)
	if !ok {
		return nil, fmt.Errorf("neo4jstore: projected node has no string id")
	}
	if kind == "" {
		kind = kindOfLabels(l[model.ProjectedProps])
	}
	if !kindLabels[kind] {
		return nil, fmt.Errorf("neo4jstore: node %s has no kind label", id)
	}
	r := &model.Record{ID: id, Kind: kind, Props: make(map[string]any, len(props))}
	for i, p := range props {
		if x := l[head+i]; x != nil {
			r.Props[p] = x
		}
	}
	model.NormaliseProps(r.Props)
	noteProjected(ctx, l[model.ProjectedVersion])
	return r, nil
}

// toProps maps a property map as returned for properties(r); nil (not
// read) is no properties.
func toProps(v any) (map[string]any, error) {
	if v == nil {
		return map[string]any{}, nil
	}
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
