/**
 * `npm run mock`: the mock of the Tianji Open API (src/mock/) as a local server, for scripts, the README's
 * examples and the recipes. Its state lives in memory until the server stops.
 *
 *   npm run mock                     # http://127.0.0.1:4010/open
 *   npm run mock -- --port 4020      # or MOCK_PORT=4020; --host (MOCK_HOST) to listen elsewhere
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadApiModel } from '../src/openapi/model';
import { DEMO_API_KEY } from '../src/mock/auth';
import { DEFAULT_MOCK_PORT, startMockServer } from '../src/mock/server';
import { specPath } from '../src/site-layout';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
});
const portText = values.port ?? process.env.MOCK_PORT ?? String(DEFAULT_MOCK_PORT);
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${portText}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const model = await loadApiModel(path.resolve(specPath()));
  const server = await startMockServer({
    operations: model.operations,
    apiPrefix: model.apiPrefix,
    port,
    host: values.host ?? process.env.MOCK_HOST ?? '127.0.0.1',
  });
  console.log(`Tianji mock: ${server.baseUrl} (${model.operations.length} operations)`);
  console.log(`API key: ${DEMO_API_KEY}`);

  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('mock:', error);
  process.exit(1);
});
