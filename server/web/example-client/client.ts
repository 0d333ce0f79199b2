// A typed call of the API with the types generated into generated/graphql.ts.
import type { RecognitionQuery, RecognitionQueryVariables } from './generated/graphql';
import { readFileSync } from 'node:fs';

const query = readFileSync(new URL('./recognition.graphql', import.meta.url), 'utf8');

export async function recognition(endpoint: string, variables: RecognitionQueryVariables): Promise<RecognitionQuery> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: RecognitionQuery; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data!;
}

// e.g. const r = await recognition('http://127.0.0.1:8080/graphql', { from: 'PH', to: 'SG', qualification: 'qualification:ph-prc-registered-nurse', occupation: null });
//      r.recognitionPaths.paths[0].strength  // typed: RecognitionStrength ('FORMAL' | 'CONDITIONAL' | 'ALIGNED' | 'COMPARABLE'; 'PROSPECT' only in prospects)
