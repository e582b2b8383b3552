import { createHash } from 'node:crypto';
import { INestMicroservice } from '@nestjs/common';
import { connect, NatsConnection } from 'nats';
import { EntityManager } from '@mikro-orm/postgresql';
import { PORTING_DOCUMENT_CHUNK_BYTES, PortingDocumentPatterns, PortingDocumentSchema } from '@did/contracts';
import { RpcClient } from '@did/messaging';
import { startTestNatsService } from '@did/service-testing';
import { createTestWorld, ManualClock, TestWorld } from '@did/testing';
import { AppModule, SERVICE } from '../src/app.module';
import { loadPortingConfig } from '../src/config';
import { UploadCleaner } from '../src/documents/upload-cleaner';

jest.setTimeout(120_000);

const TEN_MB = 10 * 1024 * 1024;

describe('porting documents: per-account quota and the cleaner of abandoned uploads (e2e)', () => {
  let world: TestWorld;
  let app: INestMicroservice;
  let nc: NatsConnection;
  let rpc: RpcClient;
  let clock: ManualClock;
  let seq = 0;

  beforeAll(async () => {
    world = await createTestWorld();
    clock = new ManualClock('2026-03-02T15:00:00.000Z');
    const config = world.configFor(loadPortingConfig, {
      PORTING_POLL_INTERVAL_MS: '0',
      PORTING_UPLOAD_CLEAN_INTERVAL_MS: '0',
      PORTING_UPLOAD_TTL_HOURS: '6',
      PORTING_DOCUMENTS_MAX_PER_ACCOUNT: '2',
      PORTING_DOCUMENTS_MAX_BYTES_PER_ACCOUNT: String(TEN_MB),
    });
    app = await startTestNatsService(SERVICE, AppModule.forRoot(config, { clock }), config);
    nc = await connect({ servers: config.NATS_URL });
    rpc = new RpcClient(nc, { service: 'test', natsUrl: config.NATS_URL, prefix: world.prefix, rpcTimeoutMs: 10_000 });
  });

  afterAll(async () => {
    rpc?.onModuleDestroy();
    await app?.close();
    await nc?.close();
    await world?.cleanup();
  });

  const newId = () => `pdoc_${String(++seq).padStart(12, '0')}`;
  const ref = (account: string, id: string) => ({ account_id: account, partner_id: null, document_id: id });
  const put = (account: string, id: string, index: number, data: Buffer) =>
    rpc.request(PortingDocumentPatterns.PutChunk, { ...ref(account, id), index, data_base64: data.toString('base64') });
  const error = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (err: { code?: string }) => err.code ?? String(err),
    );
  const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 0x41)]);
  const chunksOf = async (id: string) =>
    (
      await app
        .get(EntityManager)
        .fork()
        .getKnex()
        .raw('select index from porting.document_chunks where document_id = ? order by index', [id])
    ).rows.length as number;

  async function upload(account: string, data: Buffer): Promise<string> {
    const id = newId();
    await put(account, id, 0, data);
    await rpc.request(
      PortingDocumentPatterns.Finish,
      {
        ...ref(account, id),
        document_type: 'loa',
        filename: null,
        chunks: 1,
        size_bytes: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
      },
      { reply: PortingDocumentSchema },
    );
    return id;
  }

  it('refuses a document past the count quota with porting_document_quota_exceeded, and changes nothing', async () => {
    await upload('acc_count', pdf(100));
    await upload('acc_count', pdf(100));
    const third = newId();
    expect(await error(put('acc_count', third, 0, pdf(100)))).toBe('porting_document_quota_exceeded');
    expect(await chunksOf(third)).toBe(0);
    // Another account is not affected.
    await expect(upload('acc_other', pdf(100))).resolves.toMatch(/^pdoc_/);
  });

  it('counts unfinished uploads against the byte quota, and a discarded upload gives its bytes back', async () => {
    const big = newId();
    const chunk = Buffer.alloc(PORTING_DOCUMENT_CHUNK_BYTES, 0x42);
    for (let i = 0; i < TEN_MB / PORTING_DOCUMENT_CHUNK_BYTES; i++)
      await put('acc_bytes', big, i, i === 0 ? pdf(PORTING_DOCUMENT_CHUNK_BYTES) : chunk);
    // A retried chunk replaces itself: it does not count twice.
    await expect(put('acc_bytes', big, 3, chunk)).resolves.toBeDefined();
    const next = newId();
    expect(await error(put('acc_bytes', next, 0, pdf(100)))).toBe('porting_document_quota_exceeded');
    await rpc.request(PortingDocumentPatterns.Discard, ref('acc_bytes', big));
    expect(await chunksOf(big)).toBe(0);
    await expect(upload('acc_bytes', pdf(100))).resolves.toMatch(/^pdoc_/);
  });

  it('cleans chunks of uploads abandoned for longer than the TTL, never a finished document nor a recent upload', async () => {
    const finished = await upload('acc_clean', pdf(200));
    const abandoned = newId();
    await put('acc_clean', abandoned, 0, pdf(100));
    await put('acc_clean', abandoned, 1, Buffer.alloc(100));
    clock.advance(5 * 3_600_000);
    const slow = newId();
    await put('acc_clean', slow, 0, pdf(100));
    clock.advance(2 * 3_600_000);
    await put('acc_clean', slow, 1, Buffer.alloc(100));
    // 7 h after the abandoned upload and the finished document, 2 h after the slow upload started.
    expect(await app.get(UploadCleaner).cleanOnce()).toBe(2);
    expect(await chunksOf(abandoned)).toBe(0);
    expect(await chunksOf(slow)).toBe(2);
    expect(await chunksOf(finished)).toBe(1);
    const read = (await rpc.request(PortingDocumentPatterns.ReadChunk, {
      ...ref('acc_clean', finished),
      index: 0,
    })) as { data_base64: string };
    expect(Buffer.from(read.data_base64, 'base64').equals(pdf(200))).toBe(true);
  });

  it('never rewrites a chunk of a finished document', async () => {
    const id = await upload('acc_rewrite', pdf(300));
    await put('acc_rewrite', id, 0, pdf(50));
    const read = (await rpc.request(PortingDocumentPatterns.ReadChunk, { ...ref('acc_rewrite', id), index: 0 })) as {
      data_base64: string;
    };
    expect(Buffer.from(read.data_base64, 'base64').equals(pdf(300))).toBe(true);
  });
});
