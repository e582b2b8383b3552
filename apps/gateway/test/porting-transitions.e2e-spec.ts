import { PortingWorld, startPortingWorld } from './porting-world';

jest.setTimeout(120_000);

/** Every transition and the illegal ones, uploads, money on cancel/failure/unpaid completion, and tenant isolation. */
describe('porting orders: transitions, uploads and isolation (e2e)', () => {
  let w: PortingWorld;
  let partner: { id: string; key: string };
  let tenant: { id: string; key: string };
  let other: { id: string; key: string };
  const endUser = {
    name: 'Acme',
    service_address: {
      street: '1 Congress Ave',
      city: 'Austin',
      region: 'TX',
      postal_code: '78701',
      country_code: 'US',
    },
    account_number: '123456789',
  };
  const as = (key: string) => ({ key });
  const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1000, 0x41)]);

  beforeAll(async () => {
    w = await startPortingWorld();
    partner = await w.gw.newPartner('Partner');
    tenant = await w.gw.newTenant(partner, 'Acme');
    other = await w.gw.newTenant(partner, 'Other');
    await w.fund(partner.id, 1_000_000);
    await w.fund(tenant.id, 1_000_000, partner.id);
  });

  afterAll(async () => {
    await w?.close();
  });

  const create = async (phone_numbers: string[], extra: Record<string, unknown> = {}, key = tenant.key) =>
    await w.gw.call('POST', '/v1/numbers/porting-orders', {
      ...as(key),
      body: {
        country_code: 'US',
        phone_numbers,
        use: 'business',
        end_user: endUser,
        requested_foc_date: '2026-03-06',
        ...extra,
      },
    });
  const act = (id: string, action: string, key = tenant.key, body?: unknown) =>
    w.gw.call('POST', `/v1/numbers/porting-orders/${id}/actions/${action}`, { ...as(key), body: body ?? {} });
  const get = async (id: string, key = tenant.key) =>
    (await w.gw.call('GET', `/v1/numbers/porting-orders/${id}`, as(key))).body;
  const carrierId = async (id: string) =>
    (await w.rows(`select carrier_order_id from porting.port_orders where id = ?`, [id]))[0].carrier_order_id as string;
  const balance = async (key: string) => (await w.gw.call('GET', '/v1/balance', as(key))).body.balance_cents as number;
  const upload = (data: Buffer, filename: string, type = 'application/octet-stream', key = tenant.key) => {
    const form = new FormData();
    form.append('document_type', 'loa');
    form.append('file', new Blob([new Uint8Array(data)], { type }), filename);
    return fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: form,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
  };

  it('answers portability per number, with an error for a malformed one, and CSRs', async () => {
    const res = await w.gw.call(
      'GET',
      '/v1/numbers/portability-check?phone_numbers=%2B15122060001,%2B15122069991,12345',
      as(tenant.key),
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({
        phone_number: '+15122060001',
        portable: true,
        error: null,
        losing_carrier: expect.any(String),
      }),
      expect.objectContaining({
        phone_number: '+15122069991',
        portable: false,
        not_portable_reason: 'rate_center_not_supported',
      }),
      expect.objectContaining({
        phone_number: '12345',
        portable: false,
        error: expect.objectContaining({ code: 'invalid_phone_number' }),
      }),
    ]);
    // CSRs are for numbers on the caller's open port orders (see porting-csr.e2e-spec.ts).
    expect((await create(['+15122060001', '+15122069993'])).status).toBe(201);
    const csr = await w.gw.call('POST', '/v1/numbers/csr-coverage', {
      ...as(tenant.key),
      body: { phone_numbers: ['+15122060001', '+15122069993'] },
    });
    expect(csr.body.data).toEqual([
      expect.objectContaining({ available: true, account_number: expect.any(String) }),
      expect.objectContaining({ available: false, reason: 'csr_not_available' }),
    ]);
  });

  it('stores a PDF by content with its checksum, and refuses other content (415) and files over 10 MB (413)', async () => {
    const stored = await upload(PDF, 'scan.txt', 'text/plain');
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      content_type: 'application/pdf',
      size_bytes: PDF.length,
      filename: 'scan.txt',
      sha256: require('node:crypto').createHash('sha256').update(PDF).digest('hex'),
    });
    const file = await fetch(`${w.gw.baseUrl}/v1/numbers/porting-documents/${stored.body.id}/file`, {
      headers: { authorization: `Bearer ${tenant.key}` },
    });
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    // Named and declared as a PNG, but it is text.
    expect(await upload(Buffer.from('hello, not an image'), 'photo.png', 'image/png')).toMatchObject({
      status: 415,
      body: { code: 'document_type_unsupported' },
    });
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 0x41)]);
    expect(await upload(big, 'big.pdf', 'application/pdf')).toMatchObject({
      status: 413,
      body: { code: 'document_too_large' },
    });
    const huge = Buffer.alloc(12 * 1024 * 1024, 0x41);
    expect(await upload(huge, 'huge.pdf', 'application/pdf')).toMatchObject({
      status: 413,
      body: { code: 'document_too_large' },
    });
    // Another tenant cannot read it.
    expect((await w.gw.call('GET', `/v1/numbers/porting-documents/${stored.body.id}`, as(other.key))).status).toBe(404);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    expect((await upload(png, 'bill', 'application/octet-stream')).body).toMatchObject({ content_type: 'image/png' });
  });

  it('validates every field, with per-field errors', async () => {
    const res = await w.gw.call('POST', '/v1/numbers/porting-orders', {
      ...as(tenant.key),
      body: {
        country_code: 'US',
        ranges: [{ start: '+15122060010', end: '+15122060001' }],
        use: 'work',
        end_user: { name: '' },
        requested_foc_date: '2026-03-07',
      },
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['use', 'end_user.name', 'end_user.service_address', 'end_user.account_number']),
    );
    expect((await create(['+15122060002'], { requested_foc_date: '2026-03-07' })).body.errors).toEqual([
      expect.objectContaining({ field: 'requested_foc_date', rule: 'business_day' }),
    ]);
    expect((await create(['+15122060002'], { requested_foc_date: '2026-03-03' })).body.errors).toEqual([
      expect.objectContaining({ field: 'requested_foc_date', rule: 'min:2026-03-05' }),
    ]);
    expect((await create(['+442079460018'])).body.errors).toEqual([
      expect.objectContaining({ field: 'phone_numbers[0]', rule: 'country:US' }),
    ]);
    expect((await create(['+15122060002'], { documents: ['pdoc_nope00000000'] })).body.errors).toEqual([
      expect.objectContaining({ field: 'documents[0]', rule: 'exists' }),
    ]);
  });

  it('a wrong tenant gets 404 on every porting route and changes nothing', async () => {
    const order = (await create(['+15122060003'])).body;
    const before = JSON.stringify(await get(order.id));
    const o = other.key;
    const calls = [
      w.gw.call('GET', `/v1/numbers/porting-orders/${order.id}`, as(o)),
      w.gw.call('PATCH', `/v1/numbers/porting-orders/${order.id}`, { ...as(o), body: { use: 'personal' } }),
      act(order.id, 'submit', o),
      act(order.id, 'cancel', o),
      w.gw.call('GET', `/v1/numbers/porting-orders/${order.id}/timeline`, as(o)),
      w.gw.call('POST', `/v1/numbers/porting-orders/${order.id}/comments`, { ...as(o), body: { body: 'hi' } }),
    ];
    for (const res of await Promise.all(calls))
      expect(res).toMatchObject({ status: 404, body: { code: 'porting_order_not_found' } });
    expect((await w.gw.call('GET', '/v1/numbers/porting-orders', as(o))).body.data).toEqual([]);
    expect(JSON.stringify(await get(order.id))).toBe(before);
  });

  it('402 at submission leaves the order a draft with nothing charged', async () => {
    const poor = await w.gw.newTenant(partner, 'Poor');
    const order = (await create(['+15122060004'], {}, poor.key)).body;
    expect((await act(order.id, 'submit', poor.key)).body).toMatchObject({ code: 'balance_insufficient' });
    expect(await get(order.id, poor.key)).toMatchObject({ status: 'draft', fees: { charged_cents: 0 } });
    expect((await w.gw.call('GET', '/v1/ledger', as(poor.key))).body.data).toEqual([]);
  });

  it('refuses every illegal move with 409 invalid_state_transition; cancelling refunds the fee and removes porting_in numbers', async () => {
    const order = (await create(['+15122060005'])).body;
    const t0 = await balance(tenant.key);
    expect((await act(order.id, 'submit')).body.status).toBe('submitted');
    expect(await balance(tenant.key)).toBe(t0 - 500);
    expect(
      (
        await w.gw.call('PATCH', `/v1/numbers/porting-orders/${order.id}`, {
          ...as(tenant.key),
          body: { use: 'personal' },
        })
      ).body.code,
    ).toBe('invalid_state_transition');
    expect((await act(order.id, 'submit')).body.code).toBe('invalid_state_transition');
    expect((await w.admin(await carrierId(order.id), 'approve')).status).toBe(200);
    await w.poll();
    expect(await get(order.id)).toMatchObject({ status: 'approved', foc_date: '2026-03-06' });
    expect((await w.rows(`select state from inventory.numbers where e164 = '+15122060005'`))[0].state).toBe(
      'porting_in',
    );
    // The carrier moves the FOC date: approved -> approved.
    expect((await w.admin(await carrierId(order.id), 'foc', { foc_date: '2026-03-10' })).status).toBe(200);
    await w.poll();
    expect((await get(order.id)).foc_date).toBe('2026-03-10');
    expect((await act(order.id, 'cancel', tenant.key, { reason: 'changed our mind' })).body.status).toBe('cancelled');
    expect(await balance(tenant.key)).toBe(t0);
    expect(await w.rows(`select state from inventory.numbers where e164 = '+15122060005'`)).toEqual([]);
    for (const a of ['submit', 'cancel']) expect((await act(order.id, a)).body.code).toBe('invalid_state_transition');
    const moves = (await w.gw.call('GET', `/v1/numbers/porting-orders/${order.id}/timeline`, as(tenant.key))).body.data
      .filter((e: any) => e.kind === 'status_changed')
      .map((e: any) => `${e.from_status}->${e.to_status}`);
    expect(moves).toEqual([
      'draft->submitted',
      'submitted->in_progress',
      'in_progress->approved',
      'approved->approved',
      'approved->cancelled',
    ]);
  });

  it('raises exceptions from in_progress; in exception numbers can only be removed; cancelling then refunds', async () => {
    const held = (await create(['+15122060008'])).body;
    await act(held.id, 'submit');
    const hid = await carrierId(held.id);
    w.clock.advance(5 * 3_600_000);
    await w.poll();
    expect((await get(held.id)).status).toBe('in_progress');
    await w.admin(hid, 'exception', { code: 'name_mismatch', message: 'Name differs' });
    await w.poll();
    expect(await get(held.id)).toMatchObject({ status: 'exception', exception: { code: 'name_mismatch' } });
    // Numbers of an order in exception can only be removed; then it is cancelled and refunded.
    expect(
      (
        await w.gw.call('PATCH', `/v1/numbers/porting-orders/${held.id}`, {
          ...as(tenant.key),
          body: { phone_numbers: ['+15122060099'] },
        })
      ).status,
    ).toBe(400);
    expect((await act(held.id, 'cancel')).body).toMatchObject({
      status: 'cancelled',
      fees: { charged_cents: 500, refunded_cents: 500 },
    });
  });

  it('fails an order whose every number is refused, refunding all; comments reach the timeline', async () => {
    const order = (await create(['+15122069990'])).body;
    const t0 = await balance(tenant.key);
    await act(order.id, 'submit');
    const comment = await w.gw.call('POST', `/v1/numbers/porting-orders/${order.id}/comments`, {
      ...as(tenant.key),
      body: { body: 'Please hurry' },
    });
    expect(comment.status).toBe(201);
    w.clock.advance(5 * 3_600_000);
    await w.poll();
    expect(await get(order.id)).toMatchObject({ status: 'failed', fees: { charged_cents: 500, refunded_cents: 500 } });
    expect(await balance(tenant.key)).toBe(t0);
    const kinds = (
      await w.gw.call('GET', `/v1/numbers/porting-orders/${order.id}/timeline`, as(tenant.key))
    ).body.data.map((e: any) => e.kind);
    expect(kinds).toEqual([
      'created',
      'fee_charged',
      'status_changed',
      'comment',
      'updated',
      'numbers_dropped',
      'status_changed',
    ]);
    expect(
      (await w.gw.call('GET', '/v1/numbers/porting-orders?status=failed', as(tenant.key))).body.data.map(
        (o: any) => o.id,
      ),
    ).toContain(order.id);
  });

  it('starts billing past_due when the first 30 days cannot be paid at completion', async () => {
    const thin = await w.gw.newTenant(partner, 'Thin');
    await w.fund(thin.id, 500, partner.id);
    const order = (await create(['+15122060009'], {}, thin.key)).body;
    expect((await act(order.id, 'submit', thin.key)).body.status).toBe('submitted');
    const cid = await carrierId(order.id);
    await w.admin(cid, 'approve');
    await w.poll();
    await w.admin(cid, 'complete');
    await w.poll();
    expect((await get(order.id, thin.key)).status).toBe('completed');
    const [sub] = await w.rows(
      `select status, paid_until, billing_started_at from ordering.subscriptions where e164 = '+15122060009'`,
    );
    expect(sub.status).toBe('past_due');
    expect(new Date(sub.paid_until).getTime()).toBe(new Date(sub.billing_started_at).getTime());
  });

  // Last: it moves the clock to the day before the FOC date.
  it('cannot cancel within 24 h of the FOC date; a draft cancels; a completed order is final', async () => {
    const draft = (await create(['+15122060006'])).body;
    expect((await act(draft.id, 'cancel')).body.status).toBe('cancelled');
    const order = (await create(['+15122060007'])).body;
    await act(order.id, 'submit');
    const cid = await carrierId(order.id);
    await w.admin(cid, 'approve');
    await w.poll();
    expect((await w.admin(cid, 'exception', { code: 'pin_invalid' })).status).toBe(409);
    w.clock.set('2026-03-05T06:00:00.000Z');
    expect((await act(order.id, 'cancel')).body.code).toBe('porting_cancel_window_closed');
    await w.admin(cid, 'complete');
    await w.poll();
    expect((await get(order.id)).status).toBe('completed');
    expect((await w.rows(`select state, source from inventory.numbers where e164 = '+15122060007'`))[0]).toEqual({
      state: 'active',
      source: 'ported',
    });
    for (const a of ['submit', 'cancel']) expect((await act(order.id, a)).body.code).toBe('invalid_state_transition');
  });
});
