package model

// NodeKind is the GraphQL enum NodeKind. Its values are the kinds as the
// stores name them (Country, QualificationFramework...); gqlgen.yml maps
// each to its ALL_CAPS GraphQL name (COUNTRY, QUALIFICATION_FRAMEWORK...).
type NodeKind string

// The values of NodeKind, one per kind of node.
const (
	NodeKindCountry                NodeKind = KindCountry
	NodeKindAuthority              NodeKind = KindAuthority
	NodeKindQualificationFramework NodeKind = KindFramework
	NodeKindFrameworkLevel         NodeKind = KindLevel
	NodeKindQualification          NodeKind = KindQualification
	NodeKindCompetencyStandard     NodeKind = KindStandard
	NodeKindCompetencyUnit         NodeKind = KindUnit
	NodeKindSkill                  NodeKind = KindSkill
	NodeKindOccupation             NodeKind = KindOccupation
	NodeKindArrangement            NodeKind = KindArrangement
	NodeKindSource                 NodeKind = KindSource
)
