import { describe, expect, it } from 'vitest';
import { checkAuthorization, DEMO_API_KEY, parseBearerToken } from './auth';

describe('DEMO_API_KEY', () => {
  it('has the shape of a Tianji key', () => {
    expect(DEMO_API_KEY).toMatch(/^sk_[0-9a-f]{64}$/);
  });
});

describe('parseBearerToken', () => {
  it.each([
    [`Bearer ${DEMO_API_KEY}`, DEMO_API_KEY],
    ['bearer abc', 'abc'],
    ['BEARER   abc  ', 'abc'],
  ])('reads %j', (header, token) => {
    expect(parseBearerToken(header)).toBe(token);
  });

  it.each([null, undefined, '', 'Bearer', 'Bearer ', 'Basic abc', 'abc', 'Bearer a b', 'Token abc'])(
    'rejects %j',
    (header) => {
      expect(parseBearerToken(header)).toBeNull();
    },
  );
});

describe('checkAuthorization', () => {
  const keys = [DEMO_API_KEY];

  it('accepts a known key', () => {
    expect(checkAuthorization(`Bearer ${DEMO_API_KEY}`, keys)).toEqual({ ok: true, token: DEMO_API_KEY });
  });

  it('answers 401 without a usable bearer token', () => {
    for (const header of [null, '', 'Basic Zm9vOmJhcg==', 'Bearer ']) {
      expect(checkAuthorization(header, keys)).toEqual({
        ok: false,
        status: 401,
        code: 'UNAUTHORIZED',
        message: 'Authorization not provided',
      });
    }
  });

  it('answers 403 for an unknown token', () => {
    expect(checkAuthorization('Bearer wrong', keys)).toEqual({
      ok: false,
      status: 403,
      code: 'FORBIDDEN',
      message: 'Insufficient access',
    });
  });

  it('knows no key when given none', () => {
    expect(checkAuthorization(`Bearer ${DEMO_API_KEY}`, [])).toMatchObject({ ok: false, status: 403 });
  });
});
