/** The instance check and the doctor, in the reader's language. */
import { translate } from '@docusaurus/Translate';
import { factLabel, type FactDifference } from '../../../instance/compare';
import type { DoctorKind } from '../../../instance/doctor';

export function doctorMessage(kind: DoctorKind, suggestion?: string): string {
  switch (kind) {
    case 'mixed-content':
      return translate(
        {
          id: 'instance.doctor.mixedContent',
          message:
            'This page is served over https and your instance over http: the browser blocks such requests. Serve Tianji over https and use {suggestion}.',
        },
        { suggestion: suggestion ?? 'https://' },
      );
    case 'unreachable':
      return translate({
        id: 'instance.doctor.unreachable',
        message:
          'Nothing answers at this address. Check the URL, that the server is running and that this device can reach it (VPN, firewall).',
      });
    case 'cors-stripped':
      return translate({
        id: 'instance.doctor.corsStripped',
        message:
          'The server answers, but without the CORS headers Tianji sends, so the browser hides its answers. A proxy or gateway in front of Tianji drops them: let it pass Access-Control-Allow-Origin and the other Access-Control-* headers through.',
      });
    case 'openapi-off':
      return translate({
        id: 'instance.doctor.openApiOff',
        message:
          'Tianji answers, but its Open API is switched off. Set ALLOW_OPENAPI=true in the server environment and restart it.',
      });
    case 'wrong-base-path':
      return translate(
        {
          id: 'instance.doctor.wrongBasePath',
          message: 'Tianji does not answer under this path, but it does at {suggestion}. Use that address instead.',
        },
        { suggestion: suggestion ?? '' },
      );
    case 'not-tianji':
      return translate({
        id: 'instance.doctor.notTianji',
        message:
          'The server answers, but not as Tianji does (no /health, no Open API document). Check that the URL is the address of your Tianji server.',
      });
  }
}

export function differenceMessage(d: FactDifference): string {
  const values = { key: factLabel(d), site: d.site?.type ?? '', instance: d.instance?.type ?? '' };
  switch (d.kind) {
    case 'missing':
      return translate({ id: 'instance.difference.missing', message: '{key}: not on your instance' }, values);
    case 'extra':
      return translate({ id: 'instance.difference.extra', message: '{key}: only on your instance' }, values);
    case 'type':
      return translate(
        { id: 'instance.difference.type', message: '{key}: {site} here, {instance} on your instance' },
        values,
      );
    case 'required':
      return d.site?.required
        ? translate(
            { id: 'instance.difference.optional', message: '{key}: required here, optional on your instance' },
            values,
          )
        : translate(
            { id: 'instance.difference.required', message: '{key}: optional here, required on your instance' },
            values,
          );
  }
}
