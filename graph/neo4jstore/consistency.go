package neo4jstore

import (
	"context"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A request may run several queries, each in its own transaction, while
// the seed is reloaded: it could then answer with parts of two datasets.
// To know, Load stamps every node with the version of its dataset
// (versionProp), every read notes the versions of the nodes it returns in
// the request's tracker (TrackVersions), and the server retries a request
// that saw two, and answers with the version the request read.
const versionProp = "_datasetVersion"

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
		if ver, ok := y.Props[versionProp].(string); ok {
			found[ver] = true
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
