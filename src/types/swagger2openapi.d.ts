// swagger2openapi ships no types; the one call src/openapi/prepare.ts makes.
declare module 'swagger2openapi' {
  export function convertObj(
    swagger: object,
    options: { patch?: boolean; warnOnly?: boolean; resolveInternal?: boolean; text?: string; anchors?: boolean },
  ): Promise<{ openapi: Record<string, unknown> }>;
}
