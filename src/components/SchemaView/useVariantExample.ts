import { useEffect, useState } from 'react';
import { variantExample, type Sampler } from '../../schema/examples';
import type { VariantNode } from '../../schema/tree';

/**
 * A variant's example: its part of the section's example at once, else a sample made in the browser
 * (openapi-sampler is loaded only then, so pages whose examples cover every variant never download it).
 */
export function useVariantExample(variant: VariantNode, discriminator: string | undefined): unknown {
  const given = variantExample(variant, { discriminator }, variant.candidates);
  const [sampled, setSampled] = useState<unknown>(undefined);
  useEffect(() => {
    // A recursive variant is the schema already shown, with its example.
    if (given !== undefined || variant.circular) return undefined;
    let live = true;
    void import('openapi-sampler').then(({ sample }) => {
      const sampler: Sampler = (schema) =>
        sample(schema as Parameters<typeof sample>[0], { quiet: true, skipReadOnly: true });
      if (live) setSampled(variantExample(variant, { discriminator }, variant.candidates, sampler));
    });
    return () => {
      live = false;
    };
  }, [given, variant, discriminator]);
  return given ?? sampled;
}
