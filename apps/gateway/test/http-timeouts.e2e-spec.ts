import { connect, Socket } from 'node:net';
import { GatewayFixture, startGateway } from './gateway-fixture';

/** Everything the server sends on `socket` until it closes it. */
function untilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received));
    socket.on('error', () => undefined);
  });
}

describe('the gateway HTTP server does not let slow clients hold connections', () => {
  let gw: GatewayFixture;

  beforeAll(async () => {
    gw = await startGateway({ HTTP_REQUEST_TIMEOUT_MS: '1000', HTTP_IDLE_TIMEOUT_MS: '1500' });
  });

  afterAll(async () => {
    await gw.close();
  });

  const socketTo = () => {
    const { hostname, port } = new URL(gw.baseUrl);
    return connect({ host: hostname, port: Number(port) });
  };

  // Node checks request deadlines every 30 s, so the idle timeout usually closes such a socket first: either way it is closed, not held.
  it('closes a request whose body never finishes arriving (408 or a plain close)', async () => {
    const socket = socketTo();
    const closed = untilClosed(socket);
    // Headers announce a body that never comes: a slow-body client.
    socket.write(
      'POST /v1/accounts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":',
    );
    const received = await closed;
    expect(socket.destroyed).toBe(true);
    expect(received === '' || received.startsWith('HTTP/1.1 408 ')).toBe(true);
  });

  it('closes a connection that sends nothing at all', async () => {
    const socket = socketTo();
    const received = await untilClosed(socket);
    expect(socket.destroyed).toBe(true);
    expect(received).toBe('');
  });
});
