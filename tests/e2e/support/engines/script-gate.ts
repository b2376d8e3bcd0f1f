// The site as a reader gets it when the app's script never arrives (a network that drops it, a
// blocker): a small proxy in front of the preview server that answers the app's script with an
// empty one and passes everything else on as it is (the pages, their headers and CSP, the inline
// scripts). It works alike in every engine, where the drivers' own request interception does
// not (WebKit's classic WebDriver has none).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The app's script, which the prerendered page requests once it has painted. */
const APP_SCRIPT = /^\/assets\/index-[\w-]+\.js(?:\?|$)/;

export interface ScriptGate {
  /** The proxy's origin, e.g. http://127.0.0.1:41236. */
  origin: string;
  /** How many times the app's script was asked for and answered empty. */
  withheld: number;
  close(): Promise<void>;
}

export async function withoutAppScript(upstream: string): Promise<ScriptGate> {
  const target = new URL(upstream);
  const gate: ScriptGate = { origin: '', withheld: 0, close: async () => {} };
  const server: Server = createServer((incoming, outgoing) => {
    if (APP_SCRIPT.test(incoming.url ?? '')) {
      gate.withheld++;
      // An empty answer, not an error: a failed script would be a console error of its own.
      outgoing.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end('');
      return;
    }
    const forward = request(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', (error) => outgoing.writeHead(502).end(String(error)));
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  gate.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gate.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return gate;
}
