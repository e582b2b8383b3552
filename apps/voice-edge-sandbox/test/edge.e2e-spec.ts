import { eventsStreamName, UsageRecordV1, usageRecordsStreamName, usageRecordSubject } from '@did/contracts';
import { waitFor } from '@did/testing';
import { activated, EdgeWorld, released, resolveReply, startEdgeWorld, waitForRecords } from './edge-world';

describe('voice edge sandbox', () => {
  let edge: EdgeWorld;
  const active = '+15125550100';
  const owing = '+15125550101';
  const quiet = '+15125550102';

  beforeAll(async () => {
    edge = await startEdgeWorld();
    edge.routing.set(active, resolveReply(active));
    edge.routing.set(owing, resolveReply(owing, { action: 'reject', reason: 'balance_owed' }));
    edge.routing.set(quiet, resolveReply(quiet, { messaging_enabled: false }));
    for (const phone of [active, owing, quiet]) await edge.publishEvent('number.activated', activated(phone));
    await waitFor(async () => (await edge.send('GET', '/numbers')).body.count === 3, { what: 'three active numbers' });
  });

  afterAll(async () => {
    await edge?.close();
  });

  it('learns the active numbers from number.activated on the events stream', async () => {
    const { status, body } = await edge.send('GET', '/numbers');
    expect(status).toBe(200);
    expect(body.numbers.map((n: { phone_number: string }) => n.phone_number)).toEqual([active, owing, quiet]);
    expect(body.numbers[0]).toMatchObject({ number_id: 'num_15125550100', account_id: 'acc_test', country_code: 'US' });
  });

  it('asks routing about a call, then publishes its answered record with Nats-Msg-Id = record_id', async () => {
    const { status, body } = await edge.send('POST', '/calls', {
      phone_number: active,
      from: '+14155550123',
      duration_seconds: 125,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ action: 'route', reason: null });
    expect(edge.resolveRequests).toContainEqual({ to: active, from: '+14155550123' });

    const [stored] = await waitForRecords(edge, active, 1);
    expect(stored.subject).toBe(usageRecordSubject(edge.world.prefix, 'call'));
    expect(stored.msgId).toBe(stored.record.record_id);
    expect(stored.record).toEqual(body.record);
    const record = UsageRecordV1.parse(stored.record);
    expect(record).toMatchObject({
      kind: 'call',
      direction: 'inbound',
      from: '+14155550123',
      to: active,
      billable_seconds: 125,
      hangup_cause: 'normal_clearing',
      cnam_lookup: true,
      emergency: false,
    });
    if (record.kind !== 'call') throw new Error('not a call');
    expect(Date.parse(record.ended_at) - Date.parse(record.answered_at as string)).toBe(125_000);
  });

  it('a call routing refuses (balance owed) is published as a zero-cost record with the reason as its cause', async () => {
    const { status, body } = await edge.send('POST', '/calls', { phone_number: owing });
    expect(status).toBe(201);
    expect(body).toMatchObject({ action: 'reject', reason: 'balance_owed' });

    const [stored] = await waitForRecords(edge, owing, 1);
    expect(stored.msgId).toBe(stored.record.record_id);
    expect(stored.record).toMatchObject({
      kind: 'call',
      answered_at: null,
      billable_seconds: 0,
      hangup_cause: 'balance_owed',
      cnam_lookup: false,
    });
  });

  it('sends a message where routing has messaging on, and none where it is off', async () => {
    const sent = await edge.send('POST', '/messages', {
      phone_number: active,
      direction: 'outbound',
      to: '+14155550199',
      parts: 2,
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      sent: true,
      record: { kind: 'message', from: active, to: '+14155550199', parts: 2 },
    });
    await waitFor(() => edge.records.find((r) => r.record.record_id === sent.body.record.record_id), {
      what: 'the message record',
    });
    expect(edge.records.find((r) => r.record.record_id === sent.body.record.record_id)?.subject).toBe(
      usageRecordSubject(edge.world.prefix, 'message'),
    );

    const refused = await edge.send('POST', '/messages', { phone_number: quiet });
    expect(refused.body).toEqual({ sent: false, reason: 'messaging_disabled', record: null });
  });

  it("passes routing's error on and publishes nothing for a number routing does not know", async () => {
    const before = edge.records.length;
    const { status, body } = await edge.send('POST', '/calls', { phone_number: '+15125550999' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: 'not_found', code: 'number_not_found' });
    expect(edge.records.length).toBe(before);
  });

  it('names the field a bad request got wrong', async () => {
    const { status, body } = await edge.send('POST', '/calls', {
      phone_number: '5125550100',
      emergency: true,
      from: '+14155550123',
    });
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'phone_number']);
  });

  it('publishes N synthetic answered call records in bulk', async () => {
    const jsm = await edge.nc.jetstreamManager();
    const stream = usageRecordsStreamName(edge.world.prefix);
    const before = (await jsm.streams.info(stream)).state.messages;
    const { status, body } = await edge.send('POST', '/bulk', { count: 2_000, phone_numbers: [quiet] });
    expect(status).toBe(200);
    expect(body).toMatchObject({ requested: 2_000, published: 2_000, duplicates: 0 });
    expect((await jsm.streams.info(stream)).state.messages - before).toBe(2_000);
    const bulk = await waitForRecords(edge, quiet, 2_000);
    expect(new Set(bulk.map((r) => r.record.record_id)).size).toBe(2_000);
    expect(
      bulk.every((r) => r.msgId === r.record.record_id && r.record.kind === 'call' && r.record.answered_at !== null),
    ).toBe(true);
  });

  it('places traffic at the rate asked on active numbers, and stops at 0', async () => {
    const before = edge.recordsOf(active).length;
    expect((await edge.send('POST', '/traffic', { calls_per_minute: 6_000, messages_per_minute: 0 })).body).toEqual({
      calls_per_minute: 6_000,
      messages_per_minute: 0,
    });
    await waitFor(() => edge.recordsOf(active).length >= before + 3, { what: 'generated calls' });
    await edge.send('POST', '/traffic', { calls_per_minute: 0 });
    expect((await edge.send('GET', '/traffic')).body).toEqual({ calls_per_minute: 0, messages_per_minute: 0 });
  });

  it('forgets a number on number.released', async () => {
    await edge.publishEvent('number.released', released(quiet));
    await waitFor(async () => (await edge.send('GET', '/numbers')).body.count === 2, { what: 'the release' });
    expect(
      (await edge.send('GET', '/numbers')).body.numbers.map((n: { phone_number: string }) => n.phone_number),
    ).toEqual([active, owing]);
    // The events stream is the platform's own: the sandbox reads it without creating durable state there.
    const consumers = await (
      await edge.nc.jetstreamManager()
    ).consumers
      .list(eventsStreamName(edge.world.prefix))
      .next();
    expect(consumers.length).toBeGreaterThan(0);
    expect(consumers.every((c) => !c.config.durable_name)).toBe(true);
  });
});
