/** Whether the answer matches the documented response for its status, or where it differs; text only. */
import React from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type { OperationResponse } from '../../openapi/types';
import { formatBytes, type ResponseOutcome } from '../../request/send';
import type { Difference, ResponseCheck as Check } from '../../request/response-check';
import { useResponseCheck } from './hooks/useResponseCheck';
import styles from './checks.module.css';

interface Props {
  responses: OperationResponse[];
  response: ResponseOutcome;
}

export default function ResponseCheck({ responses, response }: Props) {
  const result = useResponseCheck(responses, response);
  return (
    <div
      className={clsx(
        styles.check,
        result?.kind === 'matches' && styles.matches,
        result?.kind === 'differs' && styles.differs,
      )}
      data-testid="response-check"
      data-result={result?.kind ?? 'checking'}>
      {result ? (
        <Verdict result={result} />
      ) : (
        <Translate id="playground.check.checking">Comparing the answer with the documentation…</Translate>
      )}
    </div>
  );
}

function Verdict({ result }: { result: Check }) {
  switch (result.kind) {
    case 'matches':
      return (
        <p>
          <Translate id="playground.check.matches" values={{ status: <code>{result.documented}</code> }}>
            {'The answer matches the documented response ({status}).'}
          </Translate>
        </p>
      );
    case 'differs':
      return (
        <>
          <p>
            <Translate id="playground.check.differs" values={{ status: <code>{result.documented}</code> }}>
              {'The answer differs from the documented response ({status}):'}
            </Translate>
          </p>
          <ul className={styles.differences}>
            {result.differences.map((difference, i) => (
              <DifferenceItem key={i} difference={difference} />
            ))}
          </ul>
          {result.more > 0 && (
            <p>
              <Translate id="playground.check.more" values={{ count: result.more }}>
                {'…and {count} more.'}
              </Translate>
            </p>
          )}
        </>
      );
    case 'undocumented':
      return (
        <p>
          <Translate id="playground.check.undocumented" values={{ status: <code>{result.status}</code> }}>
            {'Status {status} is not documented for this operation: there is nothing to compare the answer with.'}
          </Translate>
        </p>
      );
    case 'no-schema':
      return (
        <p>
          <Translate id="playground.check.noSchema" values={{ status: <code>{result.documented}</code> }}>
            {'The documentation gives no body for {status}, but one came: it cannot be compared.'}
          </Translate>
        </p>
      );
    case 'too-large':
      return (
        <p>
          <Translate id="playground.check.tooLarge" values={{ size: formatBytes(result.size) }}>
            {'Not compared with the documentation: the body ({size}) is too large to check in the browser.'}
          </Translate>
        </p>
      );
    case 'unchecked':
      return (
        <p>
          <Translate id="playground.check.unchecked" values={{ status: <code>{result.documented}</code> }}>
            {'The documented schema of {status} cannot be read, so the answer was not compared.'}
          </Translate>
        </p>
      );
  }
}

/** One difference: where, what the docs expect, what came, and the validator's sentence. */
function DifferenceItem({ difference: d }: { difference: Difference }) {
  return (
    <li data-testid="difference">
      <code data-testid="difference-path">{d.path || '/'}</code>
      {d.message && <> {d.message}</>}
      <br />
      <span className={styles.side}>
        <Translate id="playground.check.expected">expected</Translate>
      </span>{' '}
      {d.expected === null ? (
        <em data-testid="difference-expected">
          <Translate id="playground.check.notDocumented">not documented</Translate>
        </em>
      ) : (
        <code data-testid="difference-expected">{d.expected}</code>
      )}
      {' · '}
      <span className={styles.side}>
        <Translate id="playground.check.received">received</Translate>
      </span>{' '}
      {d.received === null ? (
        <em data-testid="difference-received">
          <Translate id="playground.check.missing">missing</Translate>
        </em>
      ) : (
        <code data-testid="difference-received">{d.received}</code>
      )}
    </li>
  );
}
