import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from 'nats';
import { ResolveMessageReply, RoutingPatterns } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestHttpService } from '@did/service-testing';
import { waitFor } from '@did/testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the fixture numbers (even ones can text, odd ones are voice only)
import { AUSTIN_555 } from '../../inventory/test/fixture-numbers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: boots the voice/messaging edge sandbox in-process
import { AppModule as EdgeModule } from '../../voice-edge-sandbox/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries -- cross-service e2e: the edge sandbox's own configuration schema
import { loadVoiceEdgeSandboxConfig } from '../../voice-edge-sandbox/src/config';
import { OrdersWorld, startOrdersWorld } from './orders-world';

type Key = { id: string; key: string };

const SMS_ROUTING = {
  enabled: true,
  inbox_type: 'shared_inbox',
  inbox: 'support',
  destinations: [{ type: 'webhook', target: 'crm_hook' }],
};

/**
 * Issue 17: SMS routing set through the gateway is what the messaging edge is told for a message
 * (routing.resolve_message), and messaging can be enabled only on numbers the carrier lets text.
 */
describe('SMS routing: stored through the gateway, read by the messaging edge (gateway + inventory + ordering + routing + edge sandbox)', () => {
  let w: OrdersWorld;
  let edge: { app: NestFastifyApplication; baseUrl: string };
  let nc: NatsConnection;
  let rpc: RpcClient;
  let partner: Key;
  let texting: { id: string; e164: string };
  let voiceOnly: { id: string; e164: string };

  const call = (method: string, path: string, body?: unknown) => w.gw.call(method, path, { key: partner.key, body });
  const resolveMessage = (phoneNumber: string) =>
    rpc.request<ResolveMessageReply>(RoutingPatterns.ResolveMessage, { phone_number: phoneNumber });
  const sendThroughEdge = async (body: unknown) => {
    const res = await fetch(`${edge.baseUrl}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  async function buy(e164: string): Promise<{ id: string; e164: string }> {
    const res = await w.gw.call('POST', '/v1/number-orders', {
      key: partner.key,
      body: { country_code: 'US', number_type: 'local', phone_numbers: [e164] },
      headers: { 'idempotency-key': randomUUID() },
    });
    if (res.status !== 201) throw new Error(`order failed: ${res.text}`);
    const settled = await w.settledOrder(partner.key, res.body.id);
    if (settled.status !== 'success') throw new Error(`${e164} did not activate: ${JSON.stringify(settled)}`);
    return { id: res.body.phone_numbers[0].id, e164 };
  }

  beforeAll(async () => {
    w = await startOrdersWorld();
    edge = await startTestHttpService(EdgeModule.forRoot(w.world.configFor(loadVoiceEdgeSandboxConfig, {})));
    nc = await connect({ servers: w.world.config.NATS_URL });
    rpc = new RpcClient(nc, {
      service: 'test',
      natsUrl: w.world.config.NATS_URL,
      prefix: w.world.prefix,
      rpcTimeoutMs: 10_000,
    });
    partner = await w.gw.newPartner('Texting Partner');
    await w.fund(partner.id, 100_000);
    texting = await buy(AUSTIN_555[6]);
    voiceOnly = await buy(AUSTIN_555[7]);
  });

  afterAll(async () => {
    await nc?.close();
    await edge?.app.close();
    await w?.close();
  });

  it('refuses to enable messaging on a voice-only number with 422 naming the field and the rule, and changes nothing', async () => {
    const res = await call('PATCH', `/v1/numbers/${voiceOnly.id}`, { messaging_enabled: true, tags: ['texts'] });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'number_settings_invalid',
      errors: [expect.objectContaining({ field: 'messaging_enabled', rule: 'requires_sms_capability' })],
    });
    expect((await call('GET', `/v1/numbers/${voiceOnly.id}`)).body).toMatchObject({
      messaging_enabled: false,
      tags: [],
    });
  });

  it('tells the messaging edge where a message to a texting number goes: its SMS routing, on its connection', async () => {
    const connection = await call('POST', '/v1/connections', { name: 'Messaging profile' });
    expect(connection.status).toBe(201);
    const patched = await call('PATCH', `/v1/numbers/${texting.id}`, {
      messaging_enabled: true,
      sms_routing: SMS_ROUTING,
      connection_id: connection.body.id,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      messaging_enabled: true,
      sms_routing: SMS_ROUTING,
      connection_id: connection.body.id,
    });

    const answer = await waitFor(
      async () => {
        const reply = await resolveMessage(texting.e164);
        return reply.connection_id === connection.body.id && reply;
      },
      { what: 'routing to learn the connection' },
    );
    expect(answer).toEqual({
      number_id: texting.id,
      phone_number: texting.e164,
      owner_account_id: partner.id,
      tenant_account_id: null,
      connection_id: connection.body.id,
      action: 'deliver',
      reason: null,
      messaging_enabled: true,
      sms_routing: SMS_ROUTING,
    });
    expect(await resolveMessage(voiceOnly.e164)).toMatchObject({
      number_id: voiceOnly.id,
      action: 'reject',
      reason: 'sms_not_supported',
      messaging_enabled: false,
    });
    await expect(resolveMessage('+15125550999')).rejects.toMatchObject({ code: 'number_not_found' });
  });

  it('the edge sandbox asks before it sends: a message goes (and is recorded) only where routing says deliver', async () => {
    const sent = await sendThroughEdge({ phone_number: texting.e164, direction: 'inbound', from: '+14155550123' });
    expect(sent).toMatchObject({
      status: 201,
      body: { sent: true, reason: null, record: { kind: 'message', phone_number: texting.e164 } },
    });
    expect(await sendThroughEdge({ phone_number: voiceOnly.e164, direction: 'outbound', to: '+14155550123' })).toEqual({
      status: 201,
      body: { sent: false, reason: 'sms_not_supported', record: null },
    });

    // Turned off through the gateway: the edge is refused from then on.
    expect(
      (await call('PATCH', `/v1/numbers/${texting.id}`, { messaging_enabled: false, sms_routing: { enabled: false } }))
        .status,
    ).toBe(200);
    expect(await sendThroughEdge({ phone_number: texting.e164, direction: 'outbound', to: '+14155550123' })).toEqual({
      status: 201,
      body: { sent: false, reason: 'messaging_disabled', record: null },
    });
  });
});
