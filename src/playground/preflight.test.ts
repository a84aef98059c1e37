import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isDestructive,
  isWarning,
  parseBody,
  preflight,
  problemNow,
  type PreflightInput,
  type PreflightProblem,
} from './preflight';
import { initialValues } from './initial-values';

const op: PreflightInput['operation'] = {
  id: 'website-updateInfo',
  method: 'PUT',
  path: '/workspace/{workspaceId}/website/{websiteId}',
  secured: true,
  parameters: [
    {
      name: 'workspaceId',
      in: 'path',
      required: true,
      schema: { type: 'string', example: 'clnzoxcy10001vy2ohi4obbi0' },
    },
    { name: 'websiteId', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } },
  ],
  requestBody: { required: true, mediaType: 'application/json', schema: {}, example: { name: 'Blog' } },
};

const site = { origin: 'https://docs.example.com', baseUrl: '/', apiPrefix: '/open' };

function input(
  patch: { path?: Record<string, string>; body?: string; settings?: PreflightInput['settings']; hasKey?: boolean } = {},
) {
  const values = initialValues(op);
  values.path = { workspaceId: 'w1', websiteId: 's1', ...patch.path };
  if (patch.body !== undefined) values.body = patch.body;
  const settings = patch.settings ?? { target: 'mock', instanceUrl: '' };
  return { operation: op, values, settings, site, hasKey: patch.hasKey ?? true } as const;
}

const instance = { target: 'instance', instanceUrl: 'https://tianji.example.com' } as const;

afterEach(() => vi.restoreAllMocks());

describe('preflight', () => {
  it('resolves the mock on the site itself', () => {
    expect(preflight(input())).toEqual({ ok: true, baseUrl: 'https://docs.example.com/mock-api/open' });
    expect(preflight({ ...input(), site: { ...site, baseUrl: '/docs-site/' } })).toEqual({
      ok: true,
      baseUrl: 'https://docs.example.com/docs-site/mock-api/open',
    });
  });

  it('resolves the instance the reader typed, with the API prefix', () => {
    const settings = { target: 'instance', instanceUrl: 'https://tianji.example.com/' } as const;
    expect(preflight(input({ settings }))).toEqual({ ok: true, baseUrl: 'https://tianji.example.com/open' });
  });

  it('names the required parameters left empty, in page order', () => {
    expect(preflight(input({ path: { workspaceId: ' ', websiteId: '' } }))).toEqual({
      ok: false,
      problems: [{ kind: 'missing-required', names: ['workspaceId', 'websiteId'] }],
    });
  });

  it('names path values that would point to another path', () => {
    expect(preflight(input({ path: { websiteId: '..' } }))).toEqual({
      ok: false,
      problems: [{ kind: 'dot-segment', names: ['websiteId'] }],
    });
  });

  it('refuses a body that is not JSON, but not an empty one', () => {
    expect(preflight(input({ body: '{"name": ' }))).toEqual({ ok: false, problems: [{ kind: 'invalid-json' }] });
    expect(preflight(input({ body: '  \n' })).ok).toBe(true);
  });

  it('ignores the body of an operation that takes none', () => {
    const values = { ...input({ body: 'not json' }).values };
    expect(preflight({ ...input(), operation: { ...op, requestBody: undefined }, values }).ok).toBe(true);
  });

  it('passes on the problem of the instance URL', () => {
    for (const [instanceUrl, problem] of [
      ['', 'empty'],
      ['tianji.example.com', 'not-a-url'],
      ['https://user:pw@tianji.example.com', 'credentials'],
    ] as const) {
      expect(preflight(input({ settings: { target: 'instance', instanceUrl } }))).toEqual({
        ok: false,
        problems: [{ kind: 'base-url', problem }],
      });
    }
  });

  it('lists every problem, in the order the reader meets them', () => {
    const checked = preflight(
      input({
        path: { workspaceId: '', websiteId: '.' },
        body: '{',
        settings: { target: 'instance', instanceUrl: '' },
      }),
    );
    expect(checked).toEqual({
      ok: false,
      problems: [
        { kind: 'missing-required', names: ['workspaceId'] },
        { kind: 'dot-segment', names: ['websiteId'] },
        { kind: 'invalid-json' },
        { kind: 'base-url', problem: 'empty' },
      ],
    });
  });

  it('takes any JSON as a body, and only JSON', () => {
    const invalidJson = (body: string) =>
      (preflight(input({ body })) as { problems?: { kind: string }[] }).problems?.some(
        (p) => p.kind === 'invalid-json',
      ) ?? false;
    for (const body of ['{"name":"Blog"}', '[]', '0', 'null', '"text"', ' {"a":{"b":[1,2]}}\n'])
      expect(invalidJson(body), body).toBe(false);
    for (const body of ['{name:"Blog"}', "{'a':1}", '[1,]', 'undefined']) expect(invalidJson(body), body).toBe(true);
  });
});

describe('parseBody', () => {
  it('tells blank, JSON and not JSON apart', () => {
    expect(parseBody(' \n')).toEqual({ kind: 'empty' });
    expect(parseBody('{"a":[1]}')).toEqual({ kind: 'json', value: { a: [1] } });
    expect(parseBody('0')).toEqual({ kind: 'json', value: 0 });
    const invalid = parseBody('{"a":');
    expect(invalid.kind).toBe('invalid');
    expect(invalid.kind === 'invalid' && invalid.error).toMatch(/JSON/);
  });
});

describe('preflight with parameter checks', () => {
  const issue = { in: 'path', name: 'websiteId', keyword: 'pattern', message: 'must match pattern' } as const;

  it('warns about values that break their schema, after what cannot be sent at all', () => {
    expect(preflight({ ...input({ body: '{' }), paramIssues: [issue] })).toEqual({
      ok: false,
      problems: [{ kind: 'invalid-json' }, { kind: 'param-schema', names: ['websiteId'] }],
    });
  });

  it('sends anyway when the reader says so, and leaves empty required values to their own problem', () => {
    expect(preflight({ ...input(), paramIssues: [issue], anyway: true }).ok).toBe(true);
    const required = { ...issue, keyword: 'required', message: undefined };
    expect(preflight({ ...input(), paramIssues: [required] }).ok).toBe(true);
  });
});

describe('problemNow', () => {
  it('keeps a problem while it holds, with its names up to date', () => {
    const problem: PreflightProblem = { kind: 'missing-required', names: ['workspaceId', 'websiteId'] };
    expect(problemNow(problem, input({ path: { workspaceId: '', websiteId: '' } }))).toEqual(problem);
    expect(problemNow(problem, input({ path: { workspaceId: '' } }))).toEqual({
      kind: 'missing-required',
      names: ['workspaceId'],
    });
  });

  it('lets the invalid-JSON problem go as soon as the body parses', () => {
    expect(problemNow({ kind: 'invalid-json' }, input({ body: '{"name": ' }))).toEqual({ kind: 'invalid-json' });
    expect(problemNow({ kind: 'invalid-json' }, input({ body: '{"name": "Blog"}' }))).toBeUndefined();
  });

  it('does not replace a fixed problem by another one', () => {
    const now = input({ body: '{"name": "Blog"}', settings: { target: 'instance', instanceUrl: '' } });
    expect(problemNow({ kind: 'invalid-json' }, now)).toBeUndefined();
  });
});

describe('preflight on a real instance', () => {
  it('warns before sending a secured operation with no key for that instance, not on the mock', () => {
    expect(preflight(input({ settings: instance, hasKey: false }))).toEqual({
      ok: false,
      problems: [{ kind: 'no-key', origin: 'https://tianji.example.com' }],
    });
    expect(preflight(input({ hasKey: false })).ok).toBe(true);
    expect(
      preflight({ ...input({ settings: instance, hasKey: false }), operation: { ...op, secured: false } }).ok,
    ).toBe(true);
    expect(preflight({ ...input({ settings: instance, hasKey: false }), anyway: true }).ok).toBe(true);
  });

  it('warns, first, before sending an operation the instance does not have; never on the mock', () => {
    const lacking = { ...input({ settings: instance, hasKey: false }), notOnInstance: { version: 'v1.22.0' } };
    const checked = preflight(lacking);
    expect(checked.ok === false && checked.problems).toEqual([
      { kind: 'not-on-instance', version: 'v1.22.0' },
      { kind: 'no-key', origin: 'https://tianji.example.com' },
    ]);
    expect(isWarning({ kind: 'not-on-instance' })).toBe(true);
    expect(preflight({ ...lacking, anyway: true }).ok).toBe(true);
    expect(preflight({ ...input(), notOnInstance: {} }).ok).toBe(true);
  });

  it("points out an id still holding the spec's example, on an instance only", () => {
    const example = { workspaceId: 'clnzoxcy10001vy2ohi4obbi0' };
    expect(preflight(input({ settings: instance, path: example }))).toEqual({
      ok: false,
      problems: [{ kind: 'example-values', names: ['workspaceId'] }],
    });
    expect(preflight(input({ path: example })).ok).toBe(true);
  });

  it('asks to confirm a request that deletes, naming the URL and the origin; never on the mock', () => {
    const remove = { ...op, id: 'website-delete', method: 'DELETE' as const };
    const onInstance = { ...input({ settings: instance }), operation: remove };
    expect(preflight(onInstance)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'destructive',
          method: 'DELETE',
          url: 'https://tianji.example.com/open/workspace/w1/website/s1',
          origin: 'https://tianji.example.com',
        },
      ],
    });
    expect(preflight({ ...onInstance, confirmed: true }).ok).toBe(true);
    // Sending anyway is not confirming: the deletion still waits for its own, deliberate action.
    expect(preflight({ ...onInstance, anyway: true })).toMatchObject({
      ok: false,
      problems: [{ kind: 'destructive' }],
    });
    expect(preflight({ ...input(), operation: remove }).ok).toBe(true);
  });

  it('comes after the warnings', () => {
    const remove = { ...op, id: 'auditLog-clear', method: 'POST' as const };
    const checked = preflight({ ...input({ settings: instance, hasKey: false }), operation: remove });
    expect(checked.ok === false && checked.problems.map((p) => p.kind)).toEqual(['no-key', 'destructive']);
    expect(checked.ok === false && checked.problems.map(isWarning)).toEqual([true, false]);
  });
});

describe('isDestructive', () => {
  it('is DELETE, or an operation id that says delete, clear, remove or purge', () => {
    const yes = ['website-delete:delete', 'monitor-clearEvents:post', 'page-deletePage:post', 'auditLog-clear:post'];
    const no = ['website-add:post', 'feed-archiveEvent:post', 'survey-result:get', 'clearview-all:get'];
    const check = (s: string) => {
      const [id, method] = s.split(':');
      return isDestructive({ id, method: method.toUpperCase() as 'GET' });
    };
    expect(yes.map(check)).toEqual(yes.map(() => true));
    expect(no.map(check)).toEqual(no.map(() => false));
  });
});
