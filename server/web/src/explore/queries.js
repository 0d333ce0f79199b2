// The queries the explorer sends. A field added to the API is shown by
// adding it here and one line in routeDetails (explore.js).

// The name of any node, whatever its type.
export const NODE = `
fragment NodeName on Node {
  id
  __typename
  ... on Country { name }
  ... on Qualification { title }
  ... on Occupation { title iscoCode }
  ... on Arrangement { title }
  ... on CompetencyStandard { title }
  ... on CompetencyUnit { title }
  ... on QualificationFramework { code name }
  ... on FrameworkLevel { level levelTitle: title framework { code } }
  ... on Authority { name }
  ... on Skill { label }
  ... on Source { title }
}`;

export const COUNTRIES = `
query Countries {
  countries { code name aseanMember }
  dataVersion { version date title }
}`;

export const SEARCH = `
query Search($text: String!) {
  search(text: $text, kinds: [QUALIFICATION, OCCUPATION], first: 12) { ...NodeName ... on Qualification { country { code } } }
}
${NODE}`;

export const SUBJECT = `
query Subject($id: ID!) {
  node(id: $id) { ...NodeName ... on Qualification { country { code } } }
}
${NODE}`;

export const ROUTES = `
query Routes($from: String!, $to: String!, $qualification: ID, $occupation: ID) {
  recognitionPaths(from: $from, to: $to, qualification: $qualification, occupation: $occupation) {
    outcome
    strongest
    reason
    paths {
      strength
      summary
      blocked
      conditions
      instrument { id title type status }
      steps {
        relation
        explanation
        confidence
        from { ...NodeName }
        to { ...NodeName }
        sources { title publisher year url }
      }
    }
    channels {
      summary
      blocked
      conditions
      decision
      instrument { id title status }
      occupations { occupation { ...NodeName } blocked }
      steps {
        relation
        explanation
        from { ...NodeName }
        to { ...NodeName }
        sources { title publisher year url }
      }
    }
  }
}
${NODE}`;

// What is held at which level: the qualification itself, or for an
// occupation the origin's qualifications for it.
export const HELD_LEVELS = `
query HeldLevels($id: ID!, $isQualification: Boolean!, $occupation: ID, $from: String!) {
  node(id: $id) @include(if: $isQualification) {
    ... on Qualification { id title level { id level title framework { code } } }
  }
  qualifications(filter: { occupation: $occupation, country: $from }, first: 5) @skip(if: $isQualification) {
    edges { node { id title level { id level title framework { code } } } }
  }
}`;

export const LADDER = `
query Ladder($framework: String!, $level: Int!, $to: String!) {
  levelComparisons(framework: $framework, level: $level, country: $to) {
    level { id level title framework { code } }
    via { id level }
    fromFit
    toFit
    sources { title url }
    confidence
  }
}`;
