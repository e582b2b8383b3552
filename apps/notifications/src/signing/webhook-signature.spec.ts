import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, secretKey, webhookHeaders } from './webhook-signature';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'evt_1', type: 'account.created', data: { a: 1 } });
  const now = new Date();

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(secretKey(secret)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('verifies with the standardwebhooks library', () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders([secret], 'evt_1', now, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs the same with a decoded key as with its secret', () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders([secretKey(secret)], 'evt_1', now, body);
    expect(headers).toEqual(webhookHeaders([secret], 'evt_1', now, body));
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('fails verification when the body was tampered with', () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders([secret], 'evt_1', now, body);
    expect(() => new Webhook(secret).verify(body.replace('"a":1', '"a":2'), headers)).toThrow(/No matching signature/);
  });

  it('sends one signature per secret during a rotation, each verifying on its own', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = webhookHeaders([current, previous], 'evt_1', now, body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });
});
