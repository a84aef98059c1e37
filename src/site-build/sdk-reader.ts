/**
 * Build time only (Node + the TypeScript compiler): reads the installed `tianji-client-sdk` and lists the calls its
 * generated client offers, from the client's own source (`src/open/client/services.gen.ts`): each static method of
 * each `*Service` class, the `__request(OpenAPI, { method, url, path, query, headers, body, mediaType })` it makes,
 * and the types of its argument's properties as the SDK's types say (the type checker resolves `$OpenApiTs[...]`).
 * Nothing here is written by hand per operation: a newer SDK is read the same way. Never bundled for the browser.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { isHttpMethod, type HttpMethod } from '../openapi/methods';
import {
  mergeShapes,
  sdkCoverage,
  type SdkCall,
  type SdkCoverage,
  type SdkParam,
  type SdkShape,
} from '../snippets/targets/ts-sdk/coverage';

/** The npm package the snippets call, and the file of its generated client that lists the services. */
export const SDK_PACKAGE = 'tianji-client-sdk';
export const SDK_SERVICES_FILE = 'src/open/client/services.gen.ts';

export interface SdkClient {
  version: string;
  /** Every call the generated client offers, in the order the file lists them. */
  calls: SdkCall[];
}

/** The installed package's folder, resolved from `root` as an import of the project would be. */
export function sdkPackageDir(root: string): string {
  return path.dirname(createRequire(path.resolve(root, 'package.json')).resolve(`${SDK_PACKAGE}/package.json`));
}

function valueType(checker: ts.TypeChecker, type: ts.Type): Pick<SdkParam, 'type' | 'enum'> {
  const parts = (t: ts.Type): ts.Type[] => (t.isUnion() ? t.types : [t]);
  const all = parts(checker.getNonNullableType(type));
  const every = (flags: ts.TypeFlags) => all.every((t) => (t.flags & flags) !== 0);
  if (every(ts.TypeFlags.StringLiteral))
    return { type: 'string', enum: all.map((t) => (t as ts.StringLiteralType).value) };
  if (every(ts.TypeFlags.StringLike)) return { type: 'string' };
  if (every(ts.TypeFlags.NumberLike)) return { type: 'number' };
  if (every(ts.TypeFlags.BooleanLike)) return { type: 'boolean' };
  return { type: 'other' };
}

/** The properties a body may have, as the SDK's type declares them (see SdkShape); scalars are 'any'. */
function shapeOf(checker: ts.TypeChecker, type: ts.Type, depth = 0): SdkShape {
  const members = (type.isUnion() ? type.types : [type]).filter(
    (t) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) === 0,
  );
  if (depth > 12 || members.some((t) => t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return 'any';
  const shapes: SdkShape[] = [];
  for (const t of members) {
    if (!(t.flags & ts.TypeFlags.Object)) continue; // a scalar: nothing to leave out
    const name = t.getSymbol()?.name;
    if (name === 'Array' || name === 'ReadonlyArray') {
      const [item] = checker.getTypeArguments(t as ts.TypeReference);
      shapes.push({ items: item ? shapeOf(checker, item, depth + 1) : 'any' });
    } else if (checker.getIndexInfosOfType(t).length > 0) return 'any';
    else {
      const props: Record<string, SdkShape> = {};
      for (const symbol of checker.getPropertiesOfType(t)) {
        props[symbol.name] = shapeOf(checker, checker.getTypeOfSymbol(symbol), depth + 1);
      }
      shapes.push({ props });
    }
  }
  return shapes.length === 0 ? 'any' : shapes.reduce(mergeShapes);
}

/** `{ workspaceId: data.workspaceId }` → [['workspaceId', 'workspaceId']] (the wire name, the argument's property). */
function mapping(node: ts.Expression | undefined, where: string): Array<[string, string]> {
  if (!node) return [];
  if (!ts.isObjectLiteralExpression(node)) throw new Error(`${where}: expected an object literal`);
  return node.properties.map((p) => {
    if (!ts.isPropertyAssignment(p) || !ts.isPropertyAccessExpression(p.initializer))
      throw new Error(`${where}: expected \`name: data.prop\`, got \`${p.getText()}\``);
    const name = ts.isStringLiteral(p.name) ? p.name.text : p.name.getText();
    return [name, p.initializer.name.text];
  });
}

function readCall(checker: ts.TypeChecker, service: string, method: ts.MethodDeclaration): SdkCall | undefined {
  const name = method.name.getText();
  const where = `${SDK_SERVICES_FILE}: ${service}.${name}`;
  let options: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText() === '__request') {
      const arg = node.arguments[1];
      if (arg && ts.isObjectLiteralExpression(arg)) options = arg;
    }
    ts.forEachChild(node, visit);
  };
  visit(method);
  if (!options) return undefined;

  const prop = (key: string): ts.Expression | undefined => {
    const found = options!.properties.find((p) => p.name?.getText() === key);
    return found && ts.isPropertyAssignment(found) ? found.initializer : undefined;
  };
  const literal = (key: string): string | undefined => {
    const value = prop(key);
    return value && ts.isStringLiteral(value) ? value.text : undefined;
  };
  const httpMethod = literal('method')?.toLowerCase();
  const url = literal('url');
  if (!httpMethod || !isHttpMethod(httpMethod) || !url) throw new Error(`${where}: no literal method and url`);

  // The argument's properties, with their types as the SDK declares them.
  const data = method.parameters[0];
  const props = new Map<string, Pick<SdkParam, 'type' | 'enum' | 'required'> & { shape: SdkShape }>();
  if (data) {
    const type = checker.getTypeAtLocation(data);
    for (const symbol of checker.getNonNullableType(type).getProperties()) {
      const symbolType = checker.getTypeOfSymbolAtLocation(symbol, data);
      props.set(symbol.name, {
        ...valueType(checker, symbolType),
        required: (symbol.flags & ts.SymbolFlags.Optional) === 0,
        shape: shapeOf(checker, symbolType),
      });
    }
  }
  const params = (key: string): SdkParam[] =>
    mapping(prop(key), `${where} ${key}`).map(([wire, argument]) => {
      const known = props.get(argument);
      if (!known) throw new Error(`${where}: ${key} reads data.${argument}, which its type does not declare`);
      return {
        name: wire,
        prop: argument,
        type: known.type,
        required: known.required,
        ...(known.enum && { enum: known.enum }),
      };
    });

  const body = prop('body');
  const bodyProp = body && ts.isPropertyAccessExpression(body) ? body.name.text : undefined;
  if (body && !bodyProp) throw new Error(`${where}: expected \`body: data.prop\``);
  return {
    service,
    method: name,
    httpMethod: httpMethod.toUpperCase() as HttpMethod,
    path: url,
    pathParams: params('path'),
    query: params('query'),
    headers: params('headers'),
    body: bodyProp
      ? {
          prop: bodyProp,
          mediaType: literal('mediaType') ?? 'application/json',
          required: props.get(bodyProp)?.required ?? false,
          shape: props.get(bodyProp)?.shape ?? 'any',
        }
      : undefined,
    argument: !data ? 'none' : data.questionToken ? 'optional' : 'required',
  };
}

/** Reads the generated client of the SDK installed in `packageDir`. Throws, naming the file, if its shape changed. */
export function readSdkClient(packageDir: string): SdkClient {
  const file = path.join(packageDir, SDK_SERVICES_FILE);
  if (!fs.existsSync(file)) throw new Error(`${SDK_PACKAGE}: ${SDK_SERVICES_FILE} not found in ${packageDir}`);
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const calls: SdkCall[] = [];
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    for (const member of statement.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      const call = readCall(checker, statement.name.text, member);
      if (call) calls.push(call);
    }
  }
  if (calls.length === 0) throw new Error(`${SDK_PACKAGE}: no service calls found in ${file}`);
  return { version, calls };
}

/** The SDK installed under `root`, matched to `operations`: what `npm run gen` writes to .generated/. */
export function readSdkCoverage(root: string, operations: Parameters<typeof sdkCoverage>[1]): SdkCoverage {
  return sdkCoverage({ package: SDK_PACKAGE, ...readSdkClient(sdkPackageDir(root)) }, operations);
}
