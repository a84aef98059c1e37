import React from 'react';
import Translate from '@docusaurus/Translate';
import type { OperationParameter } from '../../openapi/types';

/** "Path parameters" / "Query parameters" / "Header parameters", shared by the reference and the playground. */
export default function LocationTitle({ location }: { location: OperationParameter['in'] }) {
  switch (location) {
    case 'path':
      return <Translate id="api.params.path">Path parameters</Translate>;
    case 'query':
      return <Translate id="api.params.query">Query parameters</Translate>;
    case 'header':
      return <Translate id="api.params.header">Header parameters</Translate>;
  }
}
