import { CreateWebhookEndpointBodySchema } from './webhook-endpoints';

describe('the event types a webhook endpoint may subscribe to', () => {
  const events = (list: string[]) =>
    CreateWebhookEndpointBodySchema.safeParse({ url: 'https://example.com/hook', events: list });

  it('takes catalog types and *', () => {
    expect(events(['number.activated', 'usage.charged']).success).toBe(true);
    expect(events(['*']).success).toBe(true);
  });

  it('refuses unknown types and internal ones that are never sent as webhooks (dead_letter.created)', () => {
    expect(events(['number.exploded']).success).toBe(false);
    const internal = events(['dead_letter.created']);
    expect(internal.success).toBe(false);
    expect(internal.error?.issues[0]).toMatchObject({
      path: ['events', 0],
      message: expect.stringContaining('sent as webhooks'),
    });
  });
});
