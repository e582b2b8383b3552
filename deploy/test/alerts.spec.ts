import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const PROMETHEUS_DIR = path.resolve(__dirname, '..', 'prometheus');

/** promtool from Debian's prometheus package (npm test installs it when missing), or null. */
function findPromtool(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat('/usr/bin')) {
    const candidate = path.join(dir, 'promtool');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function promtool(...args: string[]): string {
  const bin = findPromtool();
  if (!bin) throw new Error('promtool is missing: install Debian\'s prometheus package (npm test does it by itself)');
  try {
    return execFileSync(bin, args, { cwd: PROMETHEUS_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

describe('the alert rules (deploy/prometheus/alerts.yml), with the real Prometheus tool', () => {
  it('load: every rule parses and its PromQL is valid', () => {
    expect(promtool('check', 'rules', 'alerts.yml')).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('fire on the series that should raise them, and not before (alerts.test.yml)', () => {
    expect(promtool('test', 'rules', 'alerts.test.yml')).toMatch(/SUCCESS/);
  });

  it('cover what the platform team asked to be paged for', () => {
    const rules = fs.readFileSync(path.join(PROMETHEUS_DIR, 'alerts.yml'), 'utf8');
    for (const alert of ['DidOutboxBacklogGrowing', 'DidConsumerLagGrowing', 'DidDeadLetter', 'DidWebhookEndpointDisabled', 'DidRenewalFailures', 'DidServiceNotReady']) {
      expect(rules).toContain(`alert: ${alert}`);
    }
  });
});
