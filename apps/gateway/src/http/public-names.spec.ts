import { z } from 'zod';
import { publicSchema, toContract, toPublic } from './public-names';

describe('public names', () => {
  const Price = z.object({ setup_cents: z.number().int().describe('Fee; compare nrc_cents.'), currency: z.string() });
  const Quote = z.object({
    unit_setup_cents: z.number(),
    nrc_cents: z.number(),
    prices: z.array(Price).max(3),
    note: z.string().nullable(),
  });

  it('renames the fields of an answer at any depth and leaves the rest alone', () => {
    expect(
      toPublic({ unit_setup_cents: 1, nrc_cents: 2, prices: [{ setup_cents: 3, currency: 'USD' }], note: null }),
    ).toEqual({
      setup_fee_cents: 1,
      setup_fee_total_cents: 2,
      prices: [{ setup_fee_cents: 3, currency: 'USD' }],
      note: null,
    });
    expect(toPublic('{"setup_cents":1}')).toBe('{"setup_cents":1}');
  });

  it('documents the public names, with bounds and descriptions in public words', () => {
    const json = z.toJSONSchema(publicSchema(Quote)) as {
      properties: Record<
        string,
        { maxItems?: number; items: { properties: Record<string, { description?: string }> } }
      >;
    };
    expect(Object.keys(json.properties)).toEqual(['setup_fee_cents', 'setup_fee_total_cents', 'prices', 'note']);
    expect(json.properties.prices.maxItems).toBe(3);
    expect(json.properties.prices.items.properties.setup_fee_cents.description).toBe(
      'Fee; compare setup_fee_total_cents.',
    );
  });

  it('returns a schema with nothing to rename as it is', () => {
    const Plain = z.object({ amount_cents: z.number() });
    expect(publicSchema(Plain)).toBe(Plain);
  });

  it('validates requests under the public names and hands them on under the contract names', () => {
    const Markup = z.strictObject({ setup_cents: z.number().default(0), monthly_cents: z.number().default(0) });
    const schema = publicSchema(Markup, 'input');
    expect(toContract(schema.parse({ setup_fee_cents: 5 }))).toEqual({ setup_cents: 5, monthly_cents: 0 });
    expect(schema.safeParse({ setup_cents: 5 }).success).toBe(false);
  });

  it('refuses a request field whose contract name could not be found back', () => {
    expect(() => publicSchema(z.object({ nrc_cents: z.number() }), 'input')).toThrow(/no unambiguous public name/);
    expect(() => publicSchema(z.object({ setup_fee_cents: z.number() }), 'input')).toThrow(/would be renamed/);
  });
});
