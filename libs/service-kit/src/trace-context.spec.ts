import {
  continueTrace,
  currentTrace,
  currentTraceparent,
  formatTraceparent,
  parseTraceparent,
  runWithTrace,
  saneRequestId,
} from './trace-context';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('W3C trace context', () => {
  it('parses a traceparent and formats it back', () => {
    expect(parseTraceparent(`00-${TRACE}-${SPAN}-01`)).toEqual({ traceId: TRACE, spanId: SPAN, sampled: true });
    expect(parseTraceparent(`00-${TRACE}-${SPAN}-00`)?.sampled).toBe(false);
    expect(formatTraceparent({ traceId: TRACE, spanId: SPAN, sampled: true })).toBe(`00-${TRACE}-${SPAN}-01`);
  });

  it('refuses what W3C says to ignore: garbage, all-zero ids, version ff, extra fields on version 00', () => {
    for (const bad of [
      'garbage',
      `00-${'0'.repeat(32)}-${SPAN}-01`,
      `00-${TRACE}-${'0'.repeat(16)}-01`,
      `ff-${TRACE}-${SPAN}-01`,
      `00-${TRACE}-${SPAN}-01-extra`,
      `00-${TRACE.slice(1)}-${SPAN}-01`,
    ])
      expect(parseTraceparent(bad)).toBeNull();
    // A later version may add fields: its first four are still read.
    expect(parseTraceparent(`01-${TRACE}-${SPAN}-01-more`)?.traceId).toBe(TRACE);
  });

  it("continues the sender's trace with a span of its own, or starts a new trace", () => {
    const continued = continueTrace(`00-${TRACE}-${SPAN}-01`, 'req_1');
    expect(continued).toMatchObject({ traceId: TRACE, parentSpanId: SPAN, requestId: 'req_1', sampled: true });
    expect(continued.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(continued.spanId).not.toBe(SPAN);
    const fresh = continueTrace('garbage');
    expect(fresh.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh.parentSpanId).toBeUndefined();
  });

  it('is current inside runWithTrace, across awaits, and not outside', async () => {
    const context = continueTrace(`00-${TRACE}-${SPAN}-01`);
    await runWithTrace(context, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentTrace()?.traceId).toBe(TRACE);
      expect(currentTraceparent()).toBe(`00-${TRACE}-${context.spanId}-01`);
    });
    expect(currentTrace()).toBeUndefined();
  });

  it('keeps a caller request id only when it is safe to log and echo', () => {
    expect(saneRequestId('support-case-42')).toBe('support-case-42');
    for (const bad of ['', 'a b', 'x'.repeat(129), 'new\nline', undefined, ['a']])
      expect(saneRequestId(bad)).toBeNull();
  });
});
