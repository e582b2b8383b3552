import http from 'node:http';

/** A local HTTP endpoint that answers 200 to every webhook and keeps what arrived. */
export async function startReceiver(): Promise<{ url: string; received: { type: string }[]; close(): Promise<void> }> {
  const received: { type: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        received.push(JSON.parse(body));
      } catch {
        received.push({ type: 'unparsable' });
      }
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
