/**
 * A link opened on this page wanted requests to go elsewhere: say where (the origin only, as text), where they go
 * now, and let the reader choose. Until then nothing moves: not the target, not the saved settings, not the key.
 */
import React from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type { BaseUrlCheck } from '../../request/destination';
import type { PlaygroundSettings } from '../../playground/settings';
import type { LinkTarget } from '../../playground/share';
import styles from './styles.module.css';

interface Props {
  linkTarget: LinkTarget;
  settings: PlaygroundSettings;
  instance: BaseUrlCheck;
  onAccept: () => void;
  onDismiss: () => void;
}

function Wanted({ linkTarget }: { linkTarget: LinkTarget }) {
  switch (linkTarget.kind) {
    case 'instance':
      return (
        <Translate id="playground.link.wantsInstance" values={{ origin: <code>{linkTarget.origin}</code> }}>
          {'This link was prepared for requests to {origin}. Nothing is sent there, and no key, unless you choose it.'}
        </Translate>
      );
    case 'mock':
      return <Translate id="playground.link.wantsMock">This link was prepared for the mock.</Translate>;
    case 'invalid':
      return (
        <Translate id="playground.link.wantsInvalid">
          This link names an instance address that is not a valid URL; it was ignored.
        </Translate>
      );
  }
}

function Current({ settings, instance }: Pick<Props, 'settings' | 'instance'>) {
  if (settings.target === 'mock') {
    return <Translate id="playground.link.currentMock">Your requests still go to the mock.</Translate>;
  }
  if (!instance.ok) {
    return (
      <Translate id="playground.link.currentNone">Your requests go nowhere until you enter an instance URL.</Translate>
    );
  }
  return (
    <Translate
      id="playground.link.currentInstance"
      values={{ origin: <code>{new URL(instance.baseUrl).origin}</code> }}>
      {'Your requests still go to {origin}, with the key you entered for it.'}
    </Translate>
  );
}

export default function LinkTargetNotice({ linkTarget, settings, instance, onAccept, onDismiss }: Props) {
  return (
    <div className={styles.notice} role="alert" data-testid="link-target">
      {/* Two paragraphs, not two sentences joined by a space: no space follows 。 in Japanese or Chinese. */}
      <p>
        <Wanted linkTarget={linkTarget} />
      </p>
      <p>
        <Current settings={settings} instance={instance} />
      </p>
      <div className={styles.row}>
        {linkTarget.kind !== 'invalid' && (
          <button
            type="button"
            className={clsx('button button--sm button--warning', styles.wrap)}
            onClick={onAccept}
            data-testid="accept-link-target">
            {linkTarget.kind === 'instance' ? (
              <Translate id="playground.link.useInstance" values={{ origin: linkTarget.origin }}>
                {'Send to {origin} instead'}
              </Translate>
            ) : (
              <Translate id="playground.link.useMock">Use the mock instead</Translate>
            )}
          </button>
        )}
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={onDismiss}
          data-testid="dismiss-link-target">
          <Translate id="playground.link.keep">Keep my settings</Translate>
        </button>
      </div>
    </div>
  );
}
