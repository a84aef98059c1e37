/**
 * TypeScript with the official SDK (`tianji-client-sdk`, as an ES module with top-level await): the request model
 * as a call of the SDK's generated client, `openApiClient.<Service>.<method>({...})`, for the operations the SDK has
 * (./coverage.ts). What the SDK cannot send as the model has it is said in a comment, never hidden:
 * - a parameter or body field the published SDK does not have (it was generated from an older API) is left out,
 *   named (so the snippet type-checks against the SDK's types);
 * - the body is passed as a value, so the SDK sends it as `JSON.stringify` writes it (compact);
 * - path values the SDK's `encodeURI` would leave unencoded (`/`, `?`, `#`, …) get an RFC 3986 `ENCODE_PATH`.
 * test/support/sdk-wire.ts lists the same differences for the executed tests.
 */
import type { RequestModel } from '../../../request/model';
import { encodeComponent } from '../../../request/build';
import { jsString, jsValue } from '../../escape/js';
import type { SnippetContext } from '../../index';
import { ENGLISH_SDK_COMMENTS, fill, oneLine } from '../../comments';
import { pruneToShape, type SdkParam } from './coverage';

export type { SdkOperation } from './coverage';
import { requestParts } from './parts';

/** Where `initOpenapiSDK` puts the API: it adds `/open` to a base URL that does not end with it. */
const SDK_PREFIX = '/open';

/** A value as the SDK's type for it wants it written; a value that is not of that type is kept as typed. */
export function valueLiteral(value: string, param: Pick<SdkParam, 'type' | 'enum'>): string {
  if (param.type === 'string' && (!param.enum || param.enum.includes(value))) return jsString(value);
  // Not one of the values the SDK's type lists (the API may have more since): sent as written all the same.
  if (param.type === 'string') return `${jsString(value)} as never`;
  if (param.type === 'number' && value.trim() !== '' && String(Number(value)) === value) return value;
  if (param.type === 'boolean' && (value === 'true' || value === 'false')) return value;
  // Sent as written (the SDK calls String() on it), though the SDK's type says otherwise.
  return `${jsString(value)} as unknown as ${param.type === 'other' ? 'never' : param.type}`;
}

const propName = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : jsString(name));

export function generate(request: RequestModel, context: SnippetContext): string {
  const sdk = context.sdk;
  if (!sdk) throw new Error('ts-sdk: this operation is not in the SDK (check availableTargets first)');
  const { call } = sdk;
  const comments = context.comments?.sdk ?? ENGLISH_SDK_COMMENTS;
  /** A comment's text, filled in and on one line (a line break would end the comment and turn the rest into code). */
  const say = (key: keyof typeof comments, values: Record<string, string> = {}) => oneLine(fill(comments[key], values));
  const parts = requestParts(request, call.path);
  const lines: string[] = [
    `// npm install ${sdk.package}@${sdk.version}`,
    `import { initOpenapiSDK, openApiClient } from '${sdk.package}';`,
    '',
  ];

  // Base URL, key and any other header (initOpenapiSDK's `header` goes with every call).
  const options: string[] = [];
  if (parts.apiKey !== undefined) options.push(`apiKey: ${jsString(parts.apiKey)}`);
  if (parts.headers.length > 0) {
    const header = parts.headers.map((h) => `${jsString(h.name)}: ${jsString(h.value)}`).join(', ');
    options.push(`header: { ${header} }`);
  }
  const init = [jsString(parts.baseUrl), ...(options.length > 0 ? [`{ ${options.join(', ')} }`] : [])];
  lines.push(`initOpenapiSDK(${init.join(', ')});`);
  if (!parts.baseUrl.endsWith(SDK_PREFIX)) {
    lines.push(
      `openApiClient.OpenAPI.BASE = ${jsString(parts.baseUrl)}; // ${say('prefixAdded', { prefix: SDK_PREFIX })}`,
    );
  }
  const needsEncoder = Object.values(parts.pathValues).some((v) => encodeURI(v) !== encodeComponent(v));
  if (needsEncoder) {
    lines.push(
      `// ${say('encodePath')}`,
      "openApiClient.OpenAPI.ENCODE_PATH = (value) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);",
    );
  }
  lines.push('');

  // The argument: path values, query values, body, in the SDK's own property names.
  const args: string[] = [];
  for (const param of call.pathParams) {
    args.push(`${propName(param.prop)}: ${valueLiteral(parts.pathValues[param.name] ?? '', param)},`);
  }
  const missing: string[] = [];
  for (const pair of parts.query) {
    const param = call.query.find((p) => p.name === pair.name);
    if (param) args.push(`${propName(param.prop)}: ${valueLiteral(pair.value, param)},`);
    else missing.push(pair.name);
  }
  let body: unknown;
  let bodyIsJson = false;
  if (request.body) {
    try {
      body = JSON.parse(request.body.text);
      bodyIsJson = true;
    } catch {
      bodyIsJson = false;
    }
  }
  let droppedFields: string[] = [];
  if (request.body && call.body && bodyIsJson) {
    ({ value: body, dropped: droppedFields } = pruneToShape(body, call.body.shape));
  }
  if (request.body && call.body) {
    const value = bodyIsJson
      ? jsValue(body, 1)
      : `JSON.parse(${jsString(request.body.text)}) /* ${say('notJson').replace(/\*\//g, '* /')} */`;
    args.push(`${propName(call.body.prop)}: ${value},`);
  } else if (!request.body && call.body?.required) {
    // The SDK's type asks for a body; without one it sends none, as the request has none.
    args.push(`${propName(call.body.prop)}: undefined as never, // ${say('noBody')}`);
  }

  const sdkName = `${sdk.package} ${sdk.version}`;
  if (missing.length > 0) {
    const names = missing.map((name) => JSON.stringify(name)).join(', ');
    lines.push(`// ${say('queryNotSent', { sdk: sdkName, names })}`);
  }
  if (request.body && !call.body) lines.push(`// ${say('bodyNotSent', { sdk: sdkName })}`);
  if (droppedFields.length > 0) {
    const names = droppedFields.map((name) => JSON.stringify(name)).join(', ');
    lines.push(`// ${say('fieldsNotSent', { sdk: sdkName, names })}`);
  }
  lines.push(`// ${request.method} ${call.path}`);
  const callee = `openApiClient.${call.service}.${call.method}`;
  if (args.length === 0) lines.push(`const result = await ${callee}(${call.argument === 'required' ? '{}' : ''});`);
  else lines.push(`const result = await ${callee}({`, ...args.map((a) => `  ${a}`), '});');
  lines.push('', 'console.log(result);');
  return lines.join('\n');
}
