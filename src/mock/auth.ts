/**
 * API-key auth of the mock, kept pure so the playground can tell the reader up front what the mock will
 * answer, and so tests need no HTTP.
 */

/**
 * The key the mock accepts out of the box. It has the shape of a real Tianji key (`sk_` + 64 lowercase hex
 * digits) so snippets look realistic, but its repeating digits make it obvious that it is a demo value.
 */
export const DEMO_API_KEY = 'sk_' + '0123456789abcdef'.repeat(4);

export type AuthFailureCode = 'UNAUTHORIZED' | 'FORBIDDEN';

export type AuthResult =
  { ok: true; token: string } | { ok: false; status: 401 | 403; code: AuthFailureCode; message: string };

/** Messages mirror the descriptions of the 401/403 responses in the Tianji spec. */
export const AUTH_MESSAGES: Record<AuthFailureCode, string> = {
  UNAUTHORIZED: 'Authorization not provided',
  FORBIDDEN: 'Insufficient access',
};

/**
 * The token of an `Authorization: Bearer <token>` header, or null when the header is absent or has another
 * form. The scheme is case-insensitive (RFC 9110 §11.1); the token must be one non-empty word.
 */
export function parseBearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^\s*bearer[ \t]+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * 401 when no usable bearer token was sent, 403 when the token is not a known key — the same split the real
 * server makes, so readers learn to tell "forgot the header" from "wrong key".
 */
export function checkAuthorization(header: string | null | undefined, knownKeys: readonly string[]): AuthResult {
  const token = parseBearerToken(header);
  if (token === null) {
    return { ok: false, status: 401, code: 'UNAUTHORIZED', message: AUTH_MESSAGES.UNAUTHORIZED };
  }
  if (!knownKeys.includes(token)) {
    return { ok: false, status: 403, code: 'FORBIDDEN', message: AUTH_MESSAGES.FORBIDDEN };
  }
  return { ok: true, token };
}
