import React, { useEffect, useMemo, useState } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Translate from '@docusaurus/Translate';
import { formatBytes, type ResponseOutcome } from '../../request/send';
import { summarizeErrorBody } from '../../request/error-body';
import styles from './styles.module.css';

// Syntax highlighting is for reading; past this size it only freezes the page.
const HIGHLIGHT_LIMIT_CHARS = 100_000;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A response as text only: status, timing, size, headers, and the body pretty-printed when it is JSON. */
export default function ResponseView({ response }: { response: ResponseOutcome }) {
  const json = useMemo(() => (response.truncated ? { ok: false as const } : parseJson(response.text)), [response]);
  const summary = json.ok ? summarizeErrorBody(json.value) : undefined;
  const isHtml = /html/i.test(response.contentType) || /^\s*<(!doctype|html)/i.test(response.text);
  const [downloadUrl, setDownloadUrl] = useState<string>();

  useEffect(() => {
    if (!response.truncated) return undefined;
    const url = URL.createObjectURL(response.blob);
    setDownloadUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [response]);

  const pretty = json.ok ? JSON.stringify(json.value, null, 2) : response.text;
  const ok = response.status >= 200 && response.status < 300;

  return (
    <div className={styles.response} data-testid="response">
      <p className={styles.statusLine}>
        <strong className={ok ? styles.statusOk : styles.statusError} data-testid="response-status">
          {response.status} {response.statusText}
        </strong>
        <span>{response.durationMs} ms</span>
        <span data-testid="response-size">{formatBytes(response.size)}</span>
      </p>
      {summary && !ok && (
        <p className={styles.errorSummary} data-testid="error-summary">
          <code>{summary.code}</code> {summary.message}
          {summary.path && <> ({summary.path})</>}
          {summary.issues && (
            <ul>
              {summary.issues.map((issue, i) => (
                <li key={i}>
                  {issue.path && <code>{issue.path}</code>} {issue.message}
                </li>
              ))}
            </ul>
          )}
        </p>
      )}
      <details className={styles.headers}>
        <summary>
          <Translate id="playground.response.headers">Response headers</Translate> ({response.headers.length})
        </summary>
        <table>
          <tbody>
            {response.headers.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {response.truncated && (
        <p className={styles.notice} data-testid="truncated-notice">
          <Translate id="playground.response.truncated" values={{ size: formatBytes(response.size) }}>
            {'The body is large ({size}): only its first megabyte is shown, as plain text.'}
          </Translate>{' '}
          {downloadUrl && (
            <a href={downloadUrl} download="response.txt">
              <Translate id="playground.response.download">Download the whole body</Translate>
            </a>
          )}
        </p>
      )}
      {isHtml && (
        <p className={styles.notice} data-testid="html-notice">
          <Translate id="playground.response.html">
            The server answered with HTML instead of JSON; it is shown as text, never rendered. A proxy or a wrong base
            URL often causes this.
          </Translate>
        </p>
      )}
      {response.size === 0 ? (
        <p className={styles.muted}>
          <Translate id="playground.response.empty">The response has no body.</Translate>
        </p>
      ) : json.ok && pretty.length <= HIGHLIGHT_LIMIT_CHARS ? (
        <CodeBlock language="json">{pretty}</CodeBlock>
      ) : (
        <pre className={styles.plainBody} data-testid="plain-body">
          {pretty}
        </pre>
      )}
    </div>
  );
}
