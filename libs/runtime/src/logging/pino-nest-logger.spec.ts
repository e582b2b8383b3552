import { Logger } from '@nestjs/common';
import { createServiceLogger } from '@did/service-kit';
import { PinoNestLogger } from './pino-nest-logger';

describe('PinoNestLogger (Nest Logger calls through pino)', () => {
  const lines: Record<string, unknown>[] = [];

  beforeAll(() => {
    Logger.overrideLogger(
      new PinoNestLogger(
        createServiceLogger({
          service: 'svc',
          level: 'log',
          destination: { write: (line: string) => lines.push(JSON.parse(line)) },
        }),
      ),
    );
  });

  afterAll(() => Logger.overrideLogger(true));

  beforeEach(() => lines.splice(0));

  it('writes a string message with the Logger context', () => {
    new Logger('Orders').log('order placed');
    expect(lines).toEqual([
      expect.objectContaining({ service: 'svc', level: 'info', context: 'Orders', msg: 'order placed' }),
    ]);
  });

  it('merges an object message into the line as fields', () => {
    new Logger('http').log({ msg: 'GET /v1/balance 200', status: 200, route: '/v1/balance' });
    expect(lines[0]).toMatchObject({ context: 'http', msg: 'GET /v1/balance 200', status: 200, route: '/v1/balance' });
  });

  it("keeps an error's stack and redacts secrets in it", () => {
    new Logger('Auth').error('refused', 'Error: Bearer dk_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg\n    at x');
    expect(lines[0]).toMatchObject({ level: 'error', context: 'Auth', msg: 'refused' });
    expect(String(lines[0].stack)).toContain('at x');
    expect(JSON.stringify(lines[0])).not.toContain('dk_AbCdEf');
  });

  it('drops what is below the level', () => {
    new Logger('Orders').debug('details');
    expect(lines).toEqual([]);
  });
});
