package neo4jstore

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A request may run several queries, each in its own transaction, while
// the seed is reloaded (and Neo4j gives a query no snapshot: one query can
// read some nodes before a load's commit and others after it): it could
// then answer with parts of two datasets. To know, Load labels every node
// with the version of its dataset (versionLabel), every read notes the
// versions of the nodes it returns in the request's tracker
// (TrackVersions), and the server retries a request that saw two, and
// answers with the version the request read.
//
// A label, not a property: Neo4j keeps a node's labels in the node's own
// record, while a property is a walk along the node's property chain. On
// the nested read of the x100 graph the version as a property cost a
// seventh of Neo4j's CPU for the query; as a label, a fifth of that.
const versionLabelPrefix = "DatasetVersion_"

// versionLabel returns the label that marks the nodes of the dataset of
// this version. The version is checked to hold only characters safe
// between backticks, since a label is written into the statement's text.
func versionLabel(version string) (string, error) {
	if !versionName.MatchString(version) {
		return "", fmt.Errorf("neo4jstore: dataset version %q: want letters, digits, '.', '-' or '_' only", version)
	}
	return versionLabelPrefix + version, nil
}

var versionName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)

// versionOfLabels returns the dataset version a node's labels (a list of
// strings, as labels(n) returns them) carry, "" when none does.
func versionOfLabels(labels any) string {
	l, _ := labels.([]any)
	for _, x := range l {
		if s, ok := x.(string); ok && strings.HasPrefix(s, versionLabelPrefix) {
			return s[len(versionLabelPrefix):]
		}
	}
	return ""
}

// kindOfLabels returns a node's kind label among its labels, "" when none.
func kindOfLabels(labels any) string {
	l, _ := labels.([]any)
	for _, x := range l {
		if s, ok := x.(string); ok && kindLabels[s] {
			return s
		}
	}
	return ""
}

type versionsKey struct{}

// versionsSeen are the dataset versions one request's reads returned.
type versionsSeen struct {
	mu    sync.Mutex
	first string
	mixed bool
}

// TrackVersions returns a context whose reads note the dataset versions of
// the nodes they return, for SeenVersion.
func TrackVersions(ctx context.Context) context.Context {
	return context.WithValue(ctx, versionsKey{}, &versionsSeen{})
}

// SeenVersion returns the dataset version the reads under ctx returned
// ("" when none returned a node), and whether they returned nodes of two
// versions.
func SeenVersion(ctx context.Context) (version string, mixed bool) {
	v, _ := ctx.Value(versionsKey{}).(*versionsSeen)
	if v == nil {
		return "", false
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.first, v.mixed
}

// noteVersions notes the versions of the nodes in recs.
func noteVersions(ctx context.Context, recs []*neo4j.Record) {
	v, _ := ctx.Value(versionsKey{}).(*versionsSeen)
	if v == nil {
		return
	}
	found := map[string]bool{}
	for _, r := range recs {
		for _, x := range r.Values {
			versionsIn(x, found)
		}
	}
	v.add(found)
}

// noteVersion notes one version read.
func noteVersion(ctx context.Context, version string) {
	if v, _ := ctx.Value(versionsKey{}).(*versionsSeen); v != nil && version != "" {
		v.mu.Lock()
		v.note(version)
		v.mu.Unlock()
	}
}

func (v *versionsSeen) add(found map[string]bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for ver := range found {
		v.note(ver)
	}
}

// note notes one version read; v.mu is held.
func (v *versionsSeen) note(ver string) {
	if v.first == "" {
		v.first = ver
	} else if ver != v.first {
		v.mixed = true
	}
}

// versionsIn adds the versions of the nodes in x (a value of a record:
// a node, or lists and maps of them) to found.
func versionsIn(x any, found map[string]bool) {
	switch y := x.(type) {
	case neo4j.Node:
		for _, l := range y.Labels {
			if strings.HasPrefix(l, versionLabelPrefix) {
				found[l[len(versionLabelPrefix):]] = true
			}
		}
	case []any:
		for _, e := range y {
			versionsIn(e, found)
		}
	case map[string]any:
		for _, e := range y {
			versionsIn(e, found)
		}
	}
}
