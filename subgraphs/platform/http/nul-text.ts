/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, and the driver fails the whole statement on one. A
 * request carrying one — in a variable, or escaped in a string literal of the document — is refused before it
 * reaches any resolver, with an answer the caller can act on.
 */
export const NUL_TEXT_MESSAGE = 'Text in the request must not contain the NUL character (U+0000): remove it and send again.';

const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;

function holdsNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  for (const [key, item] of Object.entries(value)) if (key.includes('\u0000') || holdsNul(item, depth + 1)) return true;
  return false;
}

/** Whether a GraphQL request body (query, variables, operation name) carries a NUL character anywhere. */
export function carriesNulText(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false;
  const { query } = body as { query?: unknown };
  return (typeof query === 'string' && ESCAPED_NUL.test(query)) || holdsNul(body, 0);
}
