import React from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import Translate, { translate } from '@docusaurus/Translate';
import { VARIANT_PANEL, VARIANT_TAB } from '../AnchorLink/useAnchorTarget';
import type { SchemaNode, VariantNode } from '../../schema/tree';
import { variantLabelText, type VariantLabel } from '../../schema/unions';
import { schemaTypeLabel } from '../../schema/labels';
import { Constraints, ValueList } from './FieldFacts';
import { useVariantExample } from './useVariantExample';
import styles from './styles.module.css';
import InlineMarkdown from '../InlineMarkdown';

type UnionNode = Extract<SchemaNode, { kind: 'union' }>;

function labelText(label: VariantLabel): string {
  return (
    variantLabelText(label) ??
    translate(
      { id: 'api.schema.variant', message: 'Variant {number}' },
      { number: String(label.kind === 'index' ? label.index : '') },
    )
  );
}

function VariantPanel({ variant, union, depth, renderContent }: Props & { variant: VariantNode }) {
  const example = useVariantExample(variant, union.discriminator);
  return (
    <div id={variant.id} className={styles.head} {...{ [VARIANT_PANEL]: variant.key }}>
      {variant.circular ? (
        <p className={styles.variantType}>
          <Translate id="api.schema.circular" values={{ name: <code>{labelText(variant.label)}</code> }}>
            {'The schema {name} again (it contains itself): its fields are listed above.'}
          </Translate>
        </p>
      ) : (
        <p className={styles.variantType}>
          <span className={styles.type} data-literal>
            {schemaTypeLabel(variant.schema)}
          </span>
          {typeof variant.schema.description === 'string' && (
            <>
              {' — '}
              <InlineMarkdown text={variant.schema.description} />
            </>
          )}
        </p>
      )}
      <Constraints schema={variant.schema} />
      <ValueList schema={variant.schema} />
      {variant.content && renderContent(variant.content, depth)}
      {example !== undefined && !variant.circular && (
        <CodeBlock language="json" title={translate({ id: 'api.body.example', message: 'Example' })}>
          {JSON.stringify(example, null, 2)}
        </CodeBlock>
      )}
    </div>
  );
}

type Props = {
  union: UnionNode;
  depth: number;
  /** Renders a variant's fields (passed in so this file and the field list do not import each other). */
  renderContent: (node: SchemaNode, depth: number) => React.ReactNode;
};

/** A oneOf/anyOf as one tab per variant (Docusaurus's tabs: arrow keys move, Enter selects). */
export default function UnionView(props: Props) {
  const { union } = props;
  return (
    <div className={styles.union}>
      <p className={styles.unionNote}>
        {union.keyword === 'oneOf' ? (
          <Translate id="api.schema.union.oneOf">Exactly one of these variants.</Translate>
        ) : (
          <Translate id="api.schema.union.anyOf">At least one of these variants.</Translate>
        )}{' '}
        {union.discriminator !== undefined && (
          <Translate id="api.schema.union.discriminator" values={{ property: <code>{union.discriminator}</code> }}>
            {'Told apart by {property}.'}
          </Translate>
        )}{' '}
        {union.nullable && <Translate id="api.schema.union.nullable">Can also be null.</Translate>}
      </p>
      <Tabs className={styles.variantTabs}>
        {union.variants.map((variant) => (
          <TabItem
            key={variant.key}
            value={variant.key}
            label={labelText(variant.label)}
            attributes={{ [VARIANT_TAB]: variant.key } as Record<string, string>}>
            <VariantPanel {...props} variant={variant} />
          </TabItem>
        ))}
      </Tabs>
    </div>
  );
}
