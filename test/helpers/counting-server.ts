import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingServer {
  port: number;
  /** How many requests reached it. */
  hits(): number;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 that answers `status` and counts requests: where a refused request never arrives. */
export async function startCountingServer(status = 200): Promise<CountingServer> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(status).end('reached');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
