/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  /** At least one route was found that no destination rule blocks: an instrument, an alignment, or only comparability (`strongest` says which; comparability is not recognition). */
  | 'ROUTES_FOUND';

/** How strongly a route recognises what a person holds, strongest first. */
export type RecognitionStrength =
  /** The standards are aligned to the same regional benchmark: recognition is by assessment or RPL against the destination standard. */
  | 'ALIGNED'
  /** The levels are comparable through the AQRF: comparability, not recognition. */
  | 'COMPARABLE'
  /** As FORMAL, on conditions (listed on the path). */
  | 'CONDITIONAL'
  /** An arrangement in force to which both countries are party accepts it, with no conditions listed, for what the route `yields`: recognition of a certificate, eligibility to apply for registration, or a route to a licence through the host's own examination (Japan's EPA schemes for nurses and care workers: candidates must still pass Japan's national examination). Never the right to work. */
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
