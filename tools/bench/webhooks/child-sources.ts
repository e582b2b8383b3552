/**
 * The receiver runs in its own process, so neither side of the comparison shares its CPU with it. It
 * keeps the webhook ids it received; during the throughput runs it only counts them (the bench asks for
 * the count every 20 ms), so a webhook costs the receiver what a plain POST does and the process the
 * worker runs in pays nothing for the measurement. For the lag run it reports arrivals as they come.
 */
export const RECEIVER_SOURCE = `
const http = require('node:http');
const seen = new Set();
let live = false;
let arrived = [];
const flush = () => { process.send({ arrived }); arrived = []; };
process.on('message', (m) => {
  if (m.live !== undefined) live = m.live;
  if (m.count) process.send({ count: seen.size });
});
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(204).end();
    if (req.url === '/hook') {
      const id = req.headers['webhook-id'];
      seen.add(id);
      if (live) {
        // One IPC message per request would cost more than the request: batched every 2 ms.
        if (!arrived.length) setTimeout(flush, 2);
        arrived.push([id, Date.now()]);
      }
    }
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
`;

/**
 * Events reach the service from other processes (the producers' outbox relays), so the bench publishes
 * them from a child process too: the service's process pays only for taking them in. It is handed the
 * messages first and publishes them all at once when told to go.
 */
export const PUBLISHER_SOURCE = `
const { connect } = require('nats');
let messages = [];
process.on('message', async (m) => {
  if (m.messages) {
    messages = m.messages;
    process.send({ ready: true });
  }
  if (m.go) {
    const nc = await connect({ servers: m.servers });
    const js = nc.jetstream();
    await Promise.all(messages.map((x) => js.publish(x.subject, x.data, { msgID: x.msgID })));
    await nc.drain();
    process.send({ published: true });
  }
});
`;
