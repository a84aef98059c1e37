// openapi/tianji.yaml is generated: the server's document plus our overlays. A hand edit fails here, naming where
// the file differs and where to edit instead; overlay files apply in file-name order; an action whose target has
// gone is reported as an orphan with its file, index and target.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlays, formatOrphan, overlayFileNames, readOverlays } from '../src/overlay/apply';
import { generateSpec, readUpstream, specFile, staleMessage } from '../src/overlay/generate';
import { OVERLAY_DIR } from '../src/overlay/layout';
import type { JsonObject } from '../src/openapi/json';

const root = path.resolve(__dirname, '..');

describe('openapi/tianji.yaml = upstream + overlays', () => {
  it('is exactly what `npm run spec:overlay` writes, with no orphan', async () => {
    const generated = await generateSpec(root);
    expect(generated.orphans.map(formatOrphan)).toEqual([]);
    const message = staleMessage(fs.readFileSync(specFile(root), 'utf8'), generated);
    expect(message, message).toBeUndefined();
  });

  it('names the place of a hand edit and says where to edit instead', async () => {
    const generated = await generateSpec(root);
    const edited = generated.text.replace('description: Your Tianji instance', 'description: Your own Tianji instance');
    expect(edited).not.toBe(generated.text);
    const message = staleMessage(edited, generated);
    expect(message).toContain('first difference at /servers/0/description');
    expect(message).toContain('openapi/overlays/');
    expect(message).toContain('npm run spec:overlay');
  });

  it('applies every overlay file of the folder in file-name order', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'overlays-'));
    const overlay = (title: string) => ({
      overlay: '1.0.0',
      info: { title, version: '1' },
      actions: [{ target: '$.info', update: { title } }],
    });
    fs.writeFileSync(path.join(dir, 'monitor-payload.overlay.yaml'), JSON.stringify(overlay('last')));
    fs.writeFileSync(path.join(dir, '10-first.overlay.yaml'), JSON.stringify(overlay('first')));
    fs.writeFileSync(path.join(dir, 'notes.yaml'), 'not an overlay');
    expect(overlayFileNames(dir)).toEqual(['10-first.overlay.yaml', 'monitor-payload.overlay.yaml']);
    const result = await applyOverlays({ openapi: '3.1.0', info: { title: 'x' }, paths: {} }, readOverlays(dir));
    expect((result.document.info as JsonObject).title).toBe('last');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports an action whose target matches nothing (a renamed field) with its file, index and target', async () => {
    const upstream = structuredClone(readUpstream(root));
    const parameters = (
      (upstream.paths as JsonObject)['/application/storeAppSearch'] as { get: { parameters: JsonObject[] } }
    ).get.parameters;
    parameters.find((p) => p.name === 'keyword')!.name = 'term';
    const overlays = readOverlays(path.join(root, OVERLAY_DIR));
    const result = await applyOverlays(upstream, overlays);
    expect(result.orphans.map(formatOrphan)).toEqual([
      expect.stringMatching(
        /^30-parameters\.overlay\.yaml action #\d+: .*'\/application\/storeAppSearch'.*@\.name=='keyword'.* matches nothing$/,
      ),
      expect.stringMatching(
        /^60-examples\.overlay\.yaml action #\d+: .*'\/application\/storeAppSearch'.*@\.name=='keyword'.*\.schema matches nothing$/,
      ),
    ]);
    for (const orphan of result.orphans) {
      const file = overlays.find((o) => o.file === orphan.file)!;
      expect((file.document.actions as JsonObject[])[orphan.index].target).toBe(orphan.target);
    }
  });
});
