package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// selects reports whether the current field's selection asks for the
// field at path (through fragments too); outside a GraphQL operation it
// answers true.
func selects(ctx context.Context, path ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return true
	}
	op := graphql.GetOperationContext(ctx)
	sels := fc.Field.Selections
	for _, name := range path {
		found := false
		for _, f := range graphql.CollectFields(op, sels, nil) {
			if f.Name == name {
				sels, found = f.Selections, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// recognitionPaths checks the arguments of recognitionPaths and answers it.
// The checks' lookup and the question's own reads are independent, so on a
// store whose reads are round trips (Neo4j) they run at once; the answer is
// used only when the checks pass. The sources of every step
// are then fetched in one lookup, when the query asks for them.
func (r *Resolver) recognitionPaths(ctx context.Context, from, to string, qualification, occupation *string, first *int) (*model.RecognitionResult, error) {
	n, err := RoutesFirst.Check("first", first)
	if err != nil {
		return nil, err
	}
	if (qualification == nil) == (occupation == nil) {
		return nil, BadInput("give exactly one of qualification (e.g. \"qualification:ph-tesda-nc2-cookery\") and occupation (e.g. \"occupation:2221\")")
	}
	subject, arg, kind, example := "", "qualification", model.KindQualification, "qualification:ph-tesda-nc2-cookery"
	if qualification != nil {
		subject = *qualification
	} else {
		subject, arg, kind, example = *occupation, "occupation", model.KindOccupation, "occupation:2221"
	}
	fromCode, toCode := upperASCII(from), upperASCII(to)

	type answer struct {
		res *model.RecognitionResult
		err error
	}
	answered := make(chan answer, 1) // buffered: the search never blocks on an abandoned answer
	search := func() {
		res, err := recognition.Paths(ctx, r.Store, recognition.Query{From: fromCode, To: toCode, Subject: subject, First: n})
		answered <- answer{res, err}
	}
	if BatchWindow(r.Store) > 0 {
		go search() // its reads are round trips: overlap them with the checks'
	} else {
		search() // in process, a goroutine would cost more than it saves
	}

	if _, err := r.loaders(ctx).Fetch(ctx, []string{countryID(fromCode), countryID(toCode), subject}); err != nil {
		return nil, err
	}
	if _, err := r.countryCode(ctx, "from", from); err != nil {
		return nil, err
	}
	if _, err := r.countryCode(ctx, "to", to); err != nil {
		return nil, err
	}
	if fromCode == toCode {
		return nil, BadInput("from and to are both %s: recognitionPaths is about moving between two countries", fromCode)
	}
	if _, err := r.nodeOfKind(ctx, arg, subject, kind, example); err != nil {
		return nil, err
	}
	a := <-answered
	if a.err != nil {
		return nil, a.err
	}

	wanted := false
	for _, list := range []string{"paths", "prospects", "channels"} {
		wanted = wanted || selects(ctx, list, "steps", "sources")
	}
	if !wanted {
		return a.res, nil
	}
	if err := r.stepSources(ctx, a.res); err != nil {
		return nil, err
	}
	return a.res, nil
}

// stepSources fetches the sources of every step of an answer (its paths,
// prospects and channels) in one lookup.
func (r *Resolver) stepSources(ctx context.Context, res *model.RecognitionResult) error {
	var steps []*model.RecognitionStep
	for _, p := range append(slices.Clone(res.Paths), res.Prospects...) {
		steps = append(steps, p.Steps...)
	}
	for _, c := range res.Channels {
		steps = append(steps, c.Steps...)
	}
	var ids []string
	for _, st := range steps {
		ids = append(ids, st.SourceIDs...)
	}
	found, err := r.loaders(ctx).Fetch(ctx, ids)
	if err != nil {
		return err
	}
	for _, st := range steps {
		st.Sources = make([]*model.Source, 0, len(st.SourceIDs))
		for _, id := range st.SourceIDs {
			if rec := found[id]; rec != nil {
				src, err := model.As[*model.Source](rec)
				if err != nil {
					return err
				}
				st.Sources = append(st.Sources, src)
			}
		}
	}
	return nil
}

// listCoverage says whether the data holds lists of this kind for the
// country.
func (r *Resolver) listCoverage(ctx context.Context, c *model.Country, kind recognition.ListKind) (*model.ListCoverage, error) {
	rel, dir := model.RelInDemandIn, model.In
	if kind == recognition.RestrictionLists {
		rel, dir = model.RelRestricts, model.Out
	}
	links, err := r.loaders(ctx).Links(ctx, c.ID, rel, dir)
	if err != nil {
		return nil, err
	}
	rec, err := r.loaders(ctx).Node(ctx, c.ID)
	if err != nil {
		return nil, err
	}
	return recognition.Coverage(rec, kind, links), nil
}
