import { withCorrelationId } from '@frontdoor/observability';
import { IncomingHttpHeaders, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { ServiceClient } from './service-client';

describe('ServiceClient', () => {
  it("sends the page's correlation id with the user's token", async () => {
    let received: IncomingHttpHeaders = {};
    const server = createServer((request, response) => {
      received = request.headers;
      response.setHeader('Content-Type', 'application/json');
      response.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = new ServiceClient('screening', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      const answer = await withCorrelationId('page-7', () => client.request('token-1', '/worklist'));
      expect(answer).toEqual({ ok: true });
      expect(received['x-correlation-id']).toBe('page-7');
      expect(received.authorization).toBe('Bearer token-1');
    } finally {
      server.close();
    }
  });
});
