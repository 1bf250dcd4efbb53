import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';

/**
 * A local HTTP stand-in for a spam or toxicity service, for one test file or describe block: the
 * handler gets each request with its whole body. Answers its origin once the block has started it.
 */
export function useFakeService(handle: (request: IncomingMessage, body: string, response: ServerResponse) => void): { readonly origin: string } {
  const service = { origin: '' };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => handle(request, body, response));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    service.origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  return service;
}
