package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

// The root fields' resolver calls, as the generated executor makes them
// (graph/generated.go, _Query_*): a direct write (direct.go) calls them the
// same way.

// rootCall parses the arguments of the root field name and returns its
// resolver's call, as the generated executor makes them; nil for a field it
// does not answer (introspection).
func rootCall(ctx context.Context, ec *executionContext, name string, raw map[string]any) (map[string]any, graphql.Resolver, error) {
	q := ec.Resolvers.Query()
	var a map[string]any
	var err error
	var call graphql.Resolver
	switch name {
	case "node":
		a, err = ec.field_Query_node_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Node(ctx, a["id"].(string)) }
	case "nodes":
		a, err = ec.field_Query_nodes_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Nodes(ctx, a["ids"].([]string)) }
	case "countries":
		a, err = ec.field_Query_countries_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Countries(ctx, a["aseanOnly"].(*bool)) }
	case "country":
		a, err = ec.field_Query_country_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Country(ctx, a["code"].(string)) }
	case "framework":
		a, err = ec.field_Query_framework_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Framework(ctx, a["code"].(string)) }
	case "frameworks":
		a, err = ec.field_Query_frameworks_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Frameworks(ctx, a["scope"].(*model.FrameworkScope)) }
	case "occupation":
		a, err = ec.field_Query_occupation_args(ctx, raw)
		call = func(ctx context.Context) (any, error) { return q.Occupation(ctx, a["iscoCode"].(string)) }
	default:
		return listCall(ctx, ec, q, name, raw)
	}
	return a, call, err
}

// listCall is rootCall for the lists, searches and questions.
func listCall(ctx context.Context, ec *executionContext, q QueryResolver, name string, raw map[string]any) (map[string]any, graphql.Resolver, error) {
	var a map[string]any
	var err error
	var call graphql.Resolver
	first := func() *int { return a["first"].(*int) }
	after := func() *string { return a["after"].(*string) }
	switch name {
	case "occupations":
		a, err = ec.field_Query_occupations_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Occupations(ctx, a["filter"].(*model.OccupationFilter), first(), after())
		}
	case "qualifications":
		a, err = ec.field_Query_qualifications_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Qualifications(ctx, a["filter"].(*model.QualificationFilter), first(), after())
		}
	case "competencyStandards":
		a, err = ec.field_Query_competencyStandards_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.CompetencyStandards(ctx, a["filter"].(*model.CompetencyStandardFilter), first(), after())
		}
	case "arrangements":
		a, err = ec.field_Query_arrangements_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Arrangements(ctx, a["filter"].(*model.ArrangementFilter), first(), after())
		}
	case "authorities":
		a, err = ec.field_Query_authorities_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Authorities(ctx, a["country"].(*string), first(), after())
		}
	case "search":
		a, err = ec.field_Query_search_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Search(ctx, a["text"].(string), a["kinds"].([]model.NodeKind), first())
		}
	case "searchHits":
		a, err = ec.field_Query_searchHits_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.SearchHits(ctx, a["text"].(string), a["kinds"].([]model.NodeKind), first())
		}
	case "recognitionPaths":
		a, err = ec.field_Query_recognitionPaths_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.RecognitionPaths(ctx, a["from"].(string), a["to"].(string), a["qualification"].(*string), a["occupation"].(*string), first())
		}
	default:
		return questionCall(ctx, ec, q, name, raw)
	}
	return a, call, err
}

// questionCall is rootCall for the questions about levels, standards,
// paths and the data.
func questionCall(ctx context.Context, ec *executionContext, q QueryResolver, name string, raw map[string]any) (map[string]any, graphql.Resolver, error) {
	var a map[string]any
	var err error
	var call graphql.Resolver
	switch name {
	case "levelEquivalents":
		a, err = ec.field_Query_levelEquivalents_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.LevelEquivalents(ctx, a["framework"].(string), a["level"].(int), a["country"].(*string))
		}
	case "levelComparisons":
		a, err = ec.field_Query_levelComparisons_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.LevelComparisons(ctx, a["framework"].(string), a["level"].(int), a["country"].(*string))
		}
	case "compareStandards":
		a, err = ec.field_Query_compareStandards_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.CompareStandards(ctx, a["a"].(string), a["b"].(string))
		}
	case "paths":
		a, err = ec.field_Query_paths_args(ctx, raw)
		call = func(ctx context.Context) (any, error) {
			return q.Paths(ctx, a["from"].(string), a["to"].(string), a["maxHops"].(*int), a["relations"].([]model.RelationType), a["first"].(*int))
		}
	case "coverage":
		a, call = map[string]any{}, func(ctx context.Context) (any, error) { return q.Coverage(ctx) }
	case "dataVersion":
		a, call = map[string]any{}, func(ctx context.Context) (any, error) { return q.DataVersion(ctx) }
	default:
		return nil, nil, nil
	}
	return a, call, err
}
