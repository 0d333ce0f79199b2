package neo4jstore

import (
	"context"
	"fmt"
	"log/slog"
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
// A projection (what nearly every read returns) does not return each
// node's version: it tests each node for the label of the version the store
// expects (markVersion), and returns the version where the node has it and
// null where it does not, which the reader notes as a node of another
// dataset. Neo4j keeps a node's labels in the node's own record, so the
// test costs it next to nothing; the version read as a property, a walk
// along the node's property chain, cost a seventh of Neo4j's CPU on the
// nested read of the x100 graph, and returning labels(n) cost the driver a
// list of strings per node.
const versionLabelPrefix = "DatasetVersion_"

// versionSlot stands in a projection's text for the label of the expected
// version; read puts the label there (markVersion). It holds characters no
// label or name of this store's statements has.
const versionSlot = "`<dataset version>`"

// versionParam is the parameter that holds the expected version.
const versionParam = "datasetVersion"

// versionMark is the expression of a projection that says whether node
// variable v is of the expected version: the version, or null.
func versionMark(v string) string {
	return "CASE WHEN " + v + ":" + versionSlot + " THEN $" + versionParam + " END"
}

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

// markVersion writes the label of the expected version into query's
// version tests, and the version into its parameters. The expected
// version is the one this store last loaded or read from the :Dataset
// node; when it knows none yet it reads it first (once). Where it cannot
// (no dataset is loaded), every node tests as of another dataset, and the
// request is refused as the reload it may be.
func (s *Store) markVersion(ctx context.Context, query string, params map[string]any) (string, map[string]any) {
	ver := s.expected.Load()
	if ver == nil {
		_, _ = s.DataVersion(ctx) // sets expected where it can
		ver = s.expected.Load()
	}
	version, label := "", versionLabelPrefix // a label no node has
	if ver != nil {
		// expect stored only a version that makes a label.
		version, label = *ver, versionLabelPrefix+*ver
	}
	if s.unlabelled.Load() {
		// Loaded by an earlier build: no node carries a version label.
		// Every node counts as of the version the :Dataset node names,
		// which answers as before, without telling a reload.
		label = nodeLabel
	}
	out := make(map[string]any, len(params)+1)
	for k, v := range params {
		out[k] = v
	}
	out[versionParam] = version
	return strings.ReplaceAll(query, versionSlot, "`"+label+"`"), out
}

// expect sets the version reads test nodes for, and whether the nodes
// carry version labels at all.
func (s *Store) expect(version string, labelled bool) {
	if _, err := versionLabel(version); err == nil {
		s.expected.Store(&version)
	}
	if labelled {
		s.unlabelled.Store(false)
	} else if !s.unlabelled.Swap(true) {
		slog.Warn("neo4jstore: the database was loaded by an earlier version of the loader: its nodes carry no dataset version label, " +
			"so a request that reads across a reload is not told; load the seed again (go run ./seed -neo4j)")
	}
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

// noteProjected notes the version a projection's versionMark returned:
// the expected version, or null for a node of another.
func noteProjected(ctx context.Context, mark any) {
	if ver, ok := mark.(string); ok {
		noteVersion(ctx, ver)
	} else {
		noteOtherVersion(ctx)
	}
}

// noteOtherVersion notes a node that is not of the version the read
// expected: of an earlier or a later dataset, which one unknown.
func noteOtherVersion(ctx context.Context) {
	if v, _ := ctx.Value(versionsKey{}).(*versionsSeen); v != nil {
		v.mu.Lock()
		v.mixed = true
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
