import { createServiceLogger } from './service-logger';
import { prettyLine } from './pretty-destination';
import { runWithTrace } from '../trace-context';

function capture() {
  const lines: string[] = [];
  const logger = createServiceLogger({
    service: 'test',
    level: 'debug',
    destination: { write: (line: string) => lines.push(line) },
  });
  return { logger, lines, text: () => lines.join('') };
}

const API_KEY = 'dk_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg';
const CARD = '4242424242424242';

describe('service logger', () => {
  it('writes one JSON object a line with the service, level and message', () => {
    const { logger, lines } = capture();
    logger.info({ context: 'Orders' }, 'order placed');
    expect(JSON.parse(lines[0])).toMatchObject({
      service: 'test',
      level: 'info',
      context: 'Orders',
      msg: 'order placed',
    });
  });

  it('never writes a secret, card number, PIN or API key, whether under a known key or inside the message', () => {
    const { logger, text } = capture();
    logger.info(
      { headers: { authorization: `Bearer ${API_KEY}` }, api_key: API_KEY, password: 'hunter2hunter2' },
      'incoming',
    );
    logger.info(
      {
        payment: { card_number: CARD, cvc: '737' },
        end_user: { pin: '918273' },
        endpoint: { signing_secret: 'whsec_sEcReTvAlUe' },
      },
      'nested',
    );
    logger.info(
      { req: { headers: { Authorization: `Bearer ${API_KEY}` } }, config: { NATS_PASSWORD: 'natsSeCrEt' } },
      'deeper',
    );
    logger.warn(`refused Authorization: Bearer ${API_KEY} for card ${CARD} and 4242 4242 4242 4242`);
    logger.error({ err: new Error(`key ${API_KEY} rejected`) }, `key ${API_KEY} rejected`);
    const out = text();
    for (const secret of [
      API_KEY,
      CARD,
      '4242 4242 4242 4242',
      'hunter2hunter2',
      '737"',
      '918273',
      'whsec_sEcReTvAlUe',
      'natsSeCrEt',
    ])
      expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('keeps phone numbers and long numbers that are not card numbers', () => {
    const { logger, lines } = capture();
    logger.info('ordered +15125550100 at 1764547200000');
    expect(JSON.parse(lines[0]).msg).toBe('ordered +15125550100 at 1764547200000');
  });

  it('puts the request and trace ids of the work in progress on every line', () => {
    const { logger, lines } = capture();
    runWithTrace({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), sampled: true, requestId: 'req_1' }, () =>
      logger.info('inside'),
    );
    logger.info('outside');
    expect(JSON.parse(lines[0])).toMatchObject({
      request_id: 'req_1',
      trace_id: 'a'.repeat(32),
      span_id: 'b'.repeat(16),
    });
    expect(JSON.parse(lines[1])).not.toHaveProperty('trace_id');
  });

  it('prints a readable line for npm start', () => {
    const line = JSON.stringify({
      level: 'info',
      time: '2026-03-02T15:04:05.123Z',
      service: 'test',
      context: 'Orders',
      msg: 'placed',
      trace_id: 'abc',
    });
    expect(prettyLine(line)).toBe('15:04:05.123 INFO  [Orders] placed trace_id=abc');
  });
});
