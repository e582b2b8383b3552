import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- tools/ is workspace scripts, not an Nx project: no alias to import it by
import {
  END,
  findDurableConsumers,
  renderConsumerTables,
  START,
  subscribersPagePath,
} from '../../../tools/docs/generate-subscribers';

const root = path.resolve(__dirname, '../../..');

function generatedPart(page: string): string {
  return page.slice(page.indexOf(START), page.indexOf(END) + END.length);
}

describe('docs/subscribers.md', () => {
  it('has the consumer tables the code renders', () => {
    const committed = fs.readFileSync(subscribersPagePath(root), 'utf8').replace(/\r\n/g, '\n');
    expect(committed).toContain(START);
    if (generatedPart(committed) !== renderConsumerTables(findDurableConsumers(root))) {
      throw new Error(
        'docs/subscribers.md names other consumers than apps/*/src registers: run `npm run docs:subscribers` and commit the result.',
      );
    }
  });

  it('finds the durable consumers the services register', () => {
    const durables = findDurableConsumers(root).map((c) => c.durable);
    expect(durables).toEqual(
      expect.arrayContaining([
        'inventory-provisioning',
        'ordering-order-outcomes',
        'notifications-webhooks',
        'routing-numbers',
      ]),
    );
  });

  it('goes stale when a consumer takes another event', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'subscribers-page-'));
    try {
      for (const c of findDurableConsumers(root)) {
        fs.mkdirSync(path.dirname(path.join(copy, c.file)), { recursive: true });
        fs.copyFileSync(path.join(root, c.file), path.join(copy, c.file));
      }
      const file = path.join(copy, 'apps/ordering/src/wallets/wallet-opener.ts');
      const source = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(
        file,
        source.replace(
          'eventTypes: [Events.AccountCreated.type]',
          'eventTypes: [Events.AccountCreated.type, Events.ApiKeyCreated.type]',
        ),
      );
      const rendered = renderConsumerTables(findDurableConsumers(copy));
      expect(rendered).toContain('| `api_key.created` | ordering (`ordering-wallets`) |');
      expect(rendered).not.toBe(generatedPart(fs.readFileSync(subscribersPagePath(root), 'utf8')));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
