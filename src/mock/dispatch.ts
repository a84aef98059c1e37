/**
 * What answers an operation once its input passed: a derived view (views.ts), a record operation
 * (resources.ts), or nothing (then the shaped response example answers).
 */
import type { JsonSchema, OperationData } from '../openapi/types';
import { isPlainObject } from '../openapi/json';
import type { Outcome, Records } from './records';
import { classifyOperation, idKeysOf, runResourceAction, type ResourceBinding } from './resources';
import { runView, viewOf, withCounts, type ChildRule, type DerivedView } from './views';

/** How an operation is answered: its record binding or derived view (neither: its example). */
export interface Dispatch {
  binding?: ResourceBinding;
  view?: DerivedView;
}

export const dispatchOf = (op: OperationData): Dispatch => ({
  binding: classifyOperation(op),
  view: viewOf(op),
});

/** The collection an operation lists, whose example items seed it. */
export function listedCollection(op: OperationData): string | undefined {
  const binding = classifyOperation(op);
  if (binding?.action === 'list') return binding.collection;
  const view = viewOf(op);
  return view?.kind === 'list' ? view.child.collection : undefined;
}

export const newRecordId = (): string => {
  // cuid2-shaped ids (lowercase alphanumerics, leading letter) because Tianji validates ids with that pattern.
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(24);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b, i) => alphabet[b % (i === 0 ? 26 : alphabet.length)]).join('');
};

export interface DispatchRequest extends Dispatch {
  op: OperationData;
  records: Records;
  workspaceId: string;
  body: unknown;
  lookup(name: string): string | undefined;
  shape(value: unknown): unknown;
  /** The documented success response's schema and example, for views that build their answer. */
  schema: JsonSchema | undefined;
  example: unknown;
  /** The collections the spec's record operations keep (src/openapi/resources.ts). */
  collections: readonly string[];
  /** The child collections its views keep (views.ts). */
  children: readonly ChildRule[];
}

/** The outcome of the view or record operation, or undefined when the example answers. */
export function dispatch(req: DispatchRequest): Outcome | undefined {
  const { op, binding, view, records, workspaceId, body } = req;
  // Ids and the workspace come from the URL or dedicated fields, never from free-form body fields.
  const idKeys = binding ? idKeysOf(binding) : [];
  const fields = Object.fromEntries(
    Object.entries(isPlainObject(body) ? body : {}).filter(([key]) => key !== 'workspaceId' && !idKeys.includes(key)),
  );
  const common = {
    records,
    workspaceId,
    lookup: req.lookup,
    fields,
    shape: req.shape,
    now: () => new Date().toISOString(),
  };
  if (view) {
    const { schema, example } = req;
    return runView({
      ...common,
      view,
      parameters: op.parameters,
      collections: req.collections,
      schema,
      example,
      newId: newRecordId,
    });
  }
  if (binding) {
    const decorate = withCounts.bind(null, req.children, records, workspaceId);
    return runResourceAction({ ...common, binding, decorate, newId: newRecordId });
  }
  return undefined;
}
