package neo4jstore

import (
	"context"
	"fmt"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// dataVersionCypher reads the node Load writes, and whether the nodes carry
// dataset version labels (a database loaded by an earlier build of the
// loader has none: see markVersion). On a labelled database the first node
// looked at answers it. ranked: the loader stored the phrases searches
// are ranked by (rank.go).
const dataVersionCypher = `
MATCH (d:Dataset)
RETURN d.version AS version, d.date AS date, coalesce(d.title, '') AS title,
  EXISTS { MATCH (n:Node) WHERE any(l IN labels(n) WHERE l STARTS WITH $prefix) } AS labelled,
  coalesce(d.` + rankedProp + ` = $rankVersion, false) AS ranked
LIMIT 1`

// DataVersion says which seed the database holds. A database without one
// (never loaded) is an error: load it with go run ./seed -neo4j.
func (s *Store) DataVersion(ctx context.Context) (model.DataVersion, error) {
	recs, err := s.read(ctx, "data version", dataVersionCypher, map[string]any{"prefix": versionLabelPrefix, "rankVersion": rankVersion})
	if err != nil {
		return model.DataVersion{}, err
	}
	if len(recs) == 0 {
		return model.DataVersion{}, fmt.Errorf("neo4jstore: %w: the database holds no dataset yet (no :Dataset node); load it with go run ./seed -neo4j", model.ErrUnavailable)
	}
	var v model.DataVersion
	if v.Version, err = get[string](recs[0], "version"); err != nil {
		return v, err
	}
	if v.Date, err = get[string](recs[0], "date"); err != nil {
		return v, err
	}
	if v.Title, err = get[string](recs[0], "title"); err != nil {
		return v, err
	}
	labelled, err := get[bool](recs[0], "labelled")
	if err != nil {
		return v, err
	}
	ranked, err := get[bool](recs[0], "ranked")
	if err != nil {
		return v, err
	}
	s.ranked.Store(ranked)
	noteVersion(ctx, v.Version)
	s.expect(v.Version, labelled) // what reads test their nodes for (markVersion)
	return v, nil
}
