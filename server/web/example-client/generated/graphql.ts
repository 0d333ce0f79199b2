/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Filters for `arrangements`; all given filters must hold. */
export type ArrangementFilter = {
  /** A recognition approach it uses. */
  approach: InputMaybe<RecognitionApproach>;
  /** ID of an occupation the arrangement covers, e.g. `occupation:2221`. */
  occupation: InputMaybe<Scalars['ID']['input']>;
  /** ISO code of a party country, e.g. `TH`. */
  party: InputMaybe<Scalars['String']['input']>;
  /** Words of the title, case- and accent-insensitive. */
  text: InputMaybe<Scalars['String']['input']>;
  /** The kind of arrangement. */
  type: InputMaybe<ArrangementType>;
};

/** Where an arrangement stands in its life. */
export type ArrangementLifecycle =
  /** Expired or terminated (`endedOn`): it gives no route. */
  | 'ENDED'
  /** In force: the only state in which an instrument grants recognition. */
  | 'IN_FORCE'
  /** A pilot or benchmarking exercise: a prospect, not recognition. */
  | 'PILOT'
  /** Signed, but our sources do not show it in force: not recognition. */
  | 'SIGNED'
  /** Replaced by another instrument (`supersededBy`): it gives no route of its own. */
  | 'SUPERSEDED'
  /** A technical discussion or preparatory work: no instrument, a prospect at most. */
  | 'UNDER_DISCUSSION';

/** The kind of a recognition arrangement. */
export type ArrangementType =
  /** A bilateral labour migration agreement. */
  | 'BLMA'
  /** A licensing process for a registered occupation. */
  | 'LICENSING'
  /** A memorandum of understanding between governments. */
  | 'MOU'
  /** An ASEAN Mutual Recognition Arrangement for professionals. */
  | 'MRA'
  /** A mutual recognition of skills arrangement or pilot for technical and vocational occupations. */
  | 'MRS'
  /** The referencing of a national framework to the AQRF. */
  | 'REFERENCING'
  /** A regional certificate or register (e.g. the ASEAN Chartered Professional Engineer register). */
  | 'REGIONAL_CERTIFICATE'
  /** A skills mobility partnership. */
  | 'SMP';

/** Filters for `competencyStandards`; all given filters must hold. */
export type CompetencyStandardFilter = {
  /** ISO code of the standard's country, e.g. `TH`. */
  country: InputMaybe<Scalars['String']['input']>;
  /** The kind of standard. */
  kind: InputMaybe<StandardKind>;
  /** ID of an occupation the standard is for, e.g. `occupation:7112`. */
  occupation: InputMaybe<Scalars['ID']['input']>;
  /** Words of the title, case- and accent-insensitive. */
  text: InputMaybe<Scalars['String']['input']>;
};

/** Whether a record was checked against the source it cites. */
export type Confidence =
  /** Kept visible but not checked against an official source: treat with care and read `note`. */
  | 'UNVERIFIED'
  /** Checked against the cited source. */
  | 'VERIFIED';

/** Where a framework is used: region-wide, a whole country, or one sector or system of a country. */
export type FrameworkScope =
  /** A country's comprehensive national qualifications framework. */
  | 'NATIONAL'
  /** A reference framework for a region (the AQRF). */
  | 'REGIONAL'
  /** A framework or credentialing system for one sector of a country (e.g. Singapore's WSQ, Malaysia's skills certificates). */
  | 'SECTORAL';

/**
 * Kinds of node, for restricting `search`: each value names the GraphQL type of its nodes
 * (`QUALIFICATION_FRAMEWORK`: `QualificationFramework`).
 */
export type NodeKind =
  /** A recognition arrangement (MRA, MOU, BLMA...). */
  | 'ARRANGEMENT'
  /** An authority: a regulator, awarding or standards body. */
  | 'AUTHORITY'
  /** A competency standard. */
  | 'COMPETENCY_STANDARD'
  /** A unit of a competency standard. */
  | 'COMPETENCY_UNIT'
  /** A country (`country:<ISO code>`). */
  | 'COUNTRY'
  /** A level of a framework. */
  | 'FRAMEWORK_LEVEL'
  /** An occupation (ISCO-08 unit group). */
  | 'OCCUPATION'
  /** A qualification. */
  | 'QUALIFICATION'
  /** A qualifications framework, regional or national. */
  | 'QUALIFICATION_FRAMEWORK'
  /** A skill that units assess and occupations require. */
  | 'SKILL'
  /** A source document. */
  | 'SOURCE';

/** Filters for `occupations`; all given filters must hold. */
export type OccupationFilter = {
  /** ISO code of a country that has a qualification or standard for the occupation, e.g. `PH`. */
  country: InputMaybe<Scalars['String']['input']>;
  /** Code of a framework that has a qualification for the occupation, e.g. `PQF`. */
  framework: InputMaybe<Scalars['String']['input']>;
  /** An ISCO-08 code or its prefix: `2221` (one unit group), `22` (health professionals). */
  iscoCode: InputMaybe<Scalars['String']['input']>;
  /** With `framework`: the level of that qualification (for the AQRF: or a level referenced to it, as in `qualifications`). */
  level: InputMaybe<Scalars['Int']['input']>;
  /** Words of the title or code, case- and accent-insensitive, each matching the start of a word. */
  text: InputMaybe<Scalars['String']['input']>;
};

/** Filters for `qualifications`; all given filters must hold. */
export type QualificationFilter = {
  /** ISO code of the awarding country, e.g. `PH`. */
  country: InputMaybe<Scalars['String']['input']>;
  /** Code of the framework of the qualification's level, e.g. `PQF`. */
  framework: InputMaybe<Scalars['String']['input']>;
  /**
   * With `framework`: the level number. For a reference framework (the AQRF), the qualifications at the
   * national and sectoral levels referenced to that level, directly or through another level, match too,
   * and each edge's `via` says through which references: `{framework: "AQRF", level: 2, country: "PH"}`
   * gives the Philippine qualifications at PQF level 2.
   */
  level: InputMaybe<Scalars['Int']['input']>;
  /** ID of an occupation the qualification qualifies for, e.g. `occupation:5120`. */
  occupation: InputMaybe<Scalars['ID']['input']>;
  /** Words of the title, case- and accent-insensitive. */
  text: InputMaybe<Scalars['String']['input']>;
};

/** The seven approaches to skills recognition of the Vientiane Declaration (2024), point 2 a-g. */
export type RecognitionApproach =
  /** (a) Qualifications through the AQRF and the ASEAN Guiding Principles (AGP). */
  | 'AQRF_AGP'
  /** (c) Skills assessment and certification against standards, including recognition of prior learning. */
  | 'ASSESSMENT_RPL'
  /** (b) Bilateral mutual recognition of skills arrangements between origin and destination. */
  | 'BILATERAL_MUTUAL_RECOGNITION'
  /** (d) Industry-based recognition. */
  | 'INDUSTRY_BASED'
  /** (g) Specified process and licensing for registered occupations. */
  | 'LICENSING'
  /** (e) ASEAN Mutual Recognition Arrangements. */
  | 'MRA'
  /** (f) Regional skills certificates. */
  | 'REGIONAL_CERTIFICATE';

/** Whether routes were found, and if not, whether that is an answer or a gap in our data. */
export type RecognitionOutcome =
  /** Routes were found, but a verified destination rule (e.g. an occupation reserved for nationals) blocks every one: no route opens the job. Rules whose record is UNVERIFIED never make this outcome: their routes are found, and `reason` says they may be closed. */
  | 'ALL_BLOCKED'
  /** Our data does not cover enough to answer (e.g. the destination's framework is not referenced, or nothing is loaded for the subject there): unknown, not none. */
  | 'NOT_COVERED'
  /** Our data covers both countries and the subject, and the data says there is no route: every kind of route was judged and none found, or none was found and a verified destination rule reserves every job the subject leads into for its nationals (`reason` cites it). */
  | 'NO_ROUTE'
  /** At least one route was found that no destination rule blocks. */
  | 'ROUTES_FOUND';

/** How strongly a route recognises what a person holds, strongest first. */
export type RecognitionStrength =
  /** The standards are aligned to the same regional benchmark: recognition is by assessment or RPL against the destination standard. */
  | 'ALIGNED'
  /** The levels are comparable through the AQRF: comparability, not recognition. */
  | 'COMPARABLE'
  /** An arrangement both countries are party to recognises it, on conditions (listed on the path). */
  | 'CONDITIONAL'
  /** An arrangement both countries are party to recognises it, with no conditions listed. */
  | 'FORMAL'
  /** An instrument that is not in force (signed only, a pilot, a discussion) concerns it: a prospect, not recognition. Prospects are listed apart, in `RecognitionResult.prospects`, never in `paths`. */
  | 'PROSPECT';

/** How far a framework's referencing to the AQRF has gone. */
export type ReferencingStatus =
  /** The referencing report was endorsed by the AQRF Committee. */
  | 'COMPLETED'
  /** Referencing has started but no report has been endorsed. */
  | 'IN_PROGRESS'
  /** No referencing activity is recorded. */
  | 'NOT_STARTED'
  /** Our sources do not say, or disagree: see the note. */
  | 'UNKNOWN';

/** Relationship types a `paths` query may be restricted to. */
export type RelationType =
  /** An arrangement to an authority that administers it. */
  | 'ADMINISTERED_BY'
  /** A competency standard to the standard (e.g. a regional benchmark) it is aligned to. */
  | 'ALIGNED_TO'
  /** A competency unit to a skill it assesses. */
  | 'ASSESSES'
  /** A qualification to its framework level. */
  | 'AT_LEVEL'
  /** A qualification to the authority that awards it. */
  | 'AWARDED_BY'
  /** A qualification to a competency standard it certifies. */
  | 'CERTIFIES'
  /** Any record to a source it cites. */
  | 'CITES'
  /** An arrangement to an occupation it covers. */
  | 'COVERS'
  /** A competency standard to the occupation it is for. */
  | 'FOR_OCCUPATION'
  /** A framework to one of its levels. */
  | 'HAS_LEVEL'
  /** A competency standard to one of its units. */
  | 'HAS_UNIT'
  /** An authority to its country. */
  | 'IN_COUNTRY'
  /** An occupation to a country whose shortage list names it. */
  | 'IN_DEMAND_IN'
  /** A competency standard to the authority that issues it. */
  | 'ISSUED_BY'
  /** A national framework to its country. */
  | 'OF_COUNTRY'
  /** An arrangement to a country party to it. */
  | 'PARTY'
  /** A qualification to an occupation it qualifies for. */
  | 'QUALIFIES_FOR'
  /** An arrangement to a qualification, standard or framework it recognises. */
  | 'RECOGNISES'
  /** A national level to the AQRF level (or national level) it is referenced to. */
  | 'REFERENCED_TO'
  /** An occupation to a skill it requires. */
  | 'REQUIRES'
  /** A country to an occupation it restricts for foreigners. */
  | 'RESTRICTS'
  /** A programme or register to the authority that runs it. */
  | 'RUN_BY'
  /** An arrangement to the arrangement that replaced it. */
  | 'SUPERSEDED_BY';

/** How a country restricts an occupation for foreigners. */
export type RestrictionRule =
  /** Open to foreigners only under an agreement (e.g. an ASEAN MRA). */
  | 'AGREEMENT_ONLY'
  /** Open to foreigners only with an employer. */
  | 'EMPLOYER_REQUIRED'
  /**
   * Open to foreigners who hold the country's own registration or licence to practise, from its
   * regulator (e.g. Singapore's Professional Engineers Board). Recognition of a qualification, even
   * under an MRA, makes a person eligible to apply for it at most: it is not the licence.
   */
  | 'LICENCE_REQUIRED'
  /** Open only to workers recruited under a bilateral MOU. */
  | 'MOU_WORKERS_ONLY'
  /** Reserved for nationals: no arrangement opens it. */
  | 'RESERVED_FOR_NATIONALS';

/** What a route (or an instrument) gives a person in the destination. None of them is the right to work: that is decided by the destination's own authorities. */
export type RouteYield =
  /** Recognition of the person's certificate as evidence of competence. */
  | 'CERTIFICATE_RECOGNITION'
  /** Comparability only: no decision in the destination follows from it. */
  | 'COMPARABILITY'
  /** A lawful recruitment channel, with no recognition of skills. */
  | 'EMPLOYMENT_CHANNEL'
  /** A route to a licence, through the host's own examination or process. */
  | 'LICENCE'
  /** Nothing to an individual (e.g. a framework for later agreements). */
  | 'NONE'
  /** Eligibility to apply to the host regulator for registration (the ASEAN MRAs for professionals): the regulator decides. */
  | 'REGISTRATION_ELIGIBILITY'
  /** A skills certificate of the destination, by assessment against its standard (or recognition of prior learning). */
  | 'SKILLS_CERTIFICATE';

/** How a search result matched the text, strongest first: the order of `search`. */
export type SearchMatch =
  /** The text is one of the node's alternative labels (`altLabels`), as a whole. */
  | 'ALT_LABEL'
  /** The text is the node's name or title, or its code (ISO, ISCO-08, framework code, acronym, key), as a whole. */
  | 'NAME'
  /** Every word of the text is the beginning of one of those words (`nurs` finds *nursing*). */
  | 'PREFIX'
  /** Found only through word stems (`nurse` finds *nursing*, `guide` finds *guides*). */
  | 'STEM'
  /** Every word of the text is a whole word of the node's name, codes or alternative labels. */
  | 'WORDS';

/** What a competency standard is. */
export type StandardKind =
  /** An ASEAN common standard (e.g. the ASEAN Common Competency Standards for Tourism Professionals). */
  | 'ASEAN_COMMON'
  /** A standard set by an industry body. */
  | 'INDUSTRY'
  /** A national competency standard (e.g. TESDA Training Regulations, Malaysia's NOSS, Indonesia's SKKNI). */
  | 'NATIONAL'
  /** An ILO Regional Model Competency Standard: a regional benchmark for national standards. */
  | 'REGIONAL_MODEL';

/** Which way a route walks a relationship. */
export type StepDirection =
  /** From `to` to `from`: against the relationship's direction (e.g. from an occupation to the arrangement that covers it). */
  | 'BACKWARD'
  /** From `from` to `to`, as the relationship is stored. */
  | 'FORWARD';

/** Whether a record was checked against the source it cites. */
export type Confidence =
  /** Kept visible but not checked against an official source: treat with care and read `note`. */
  | 'UNVERIFIED'
  /** Checked against the cited source. */
  | 'VERIFIED';

/** Whether routes were found, and if not, whether that is an answer or a gap in our data. */
export type RecognitionOutcome =
  /** Routes were found, but a verified destination rule (e.g. an occupation reserved for nationals) blocks every one: no route opens the job. Rules whose record is UNVERIFIED never make this outcome: their routes are found, and `reason` says they may be closed. */
  | 'ALL_BLOCKED'
  /** Our data does not cover enough to answer (e.g. the destination's framework is not referenced, or nothing is loaded for the subject there): unknown, not none. */
  | 'NOT_COVERED'
  /** Our data covers both countries and the subject, and the data says there is no route: every kind of route was judged and none found, or none was found and a verified destination rule reserves every job the subject leads into for its nationals (`reason` cites it). */
  | 'NO_ROUTE'
  /** At least one route was found that no destination rule blocks. */
  | 'ROUTES_FOUND';

/** How strongly a route recognises what a person holds, strongest first. */
export type RecognitionStrength =
  /** The standards are aligned to the same regional benchmark: recognition is by assessment or RPL against the destination standard. */
  | 'ALIGNED'
  /** The levels are comparable through the AQRF: comparability, not recognition. */
  | 'COMPARABLE'
  /** An arrangement both countries are party to recognises it, on conditions (listed on the path). */
  | 'CONDITIONAL'
  /** An arrangement both countries are party to recognises it, with no conditions listed. */
  | 'FORMAL'
  /** An instrument that is not in force (signed only, a pilot, a discussion) concerns it: a prospect, not recognition. Prospects are listed apart, in `RecognitionResult.prospects`, never in `paths`. */
  | 'PROSPECT';

export type RecognitionQueryVariables = Exact<{
  from: string;
  to: string;
  qualification: string | number | null | undefined;
  occupation: string | number | null | undefined;
}>;


export type RecognitionQuery = { recognitionPaths: { outcome: RecognitionOutcome, reason: string | null, paths: Array<{ strength: RecognitionStrength, summary: string, blocked: boolean, conditions: Array<string>, instrument: { id: string, title: string } | null, steps: Array<{ relation: string, explanation: string, confidence: Confidence, from:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , sources: Array<{ title: string, url: string | null }> }> }> }, dataVersion: { version: string, date: string } };
