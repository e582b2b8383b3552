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

describe('the Prometheus config and the Grafana dashboard', () => {
  it('is a valid Prometheus configuration (promtool check config)', () => {
    expect(promtool('check', 'config', 'prometheus.yml')).toMatch(/is valid prometheus config/);
  });

  it('charts only valid PromQL over metrics the services really serve', () => {
    const dashboard = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'grafana', 'dashboards', 'did-platform.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
    const exprs = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr));
    expect(exprs.length).toBeGreaterThan(10);
    // Every expression, as a recording rule, through promtool's PromQL parser.
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'did-dashboard-'));
    const rules = `groups:\n  - name: dashboard\n    rules:\n${exprs.map((e, i) => `      - record: dashboard_panel_${i}\n        expr: ${JSON.stringify(e)}`).join('\n')}\n`;
    fs.writeFileSync(path.join(dir, 'panels.yml'), rules);
    expect(promtool('check', 'rules', path.join(dir, 'panels.yml'))).toMatch(/SUCCESS/);
    // Every did_ metric named is declared somewhere in the services' or libraries' code.
    const source = [path.resolve(__dirname, '../../apps'), path.resolve(__dirname, '../../libs')].map(grepSources).join('\n');
    const names = new Set(exprs.join(' ').match(/did_[a-z_]+/g) ?? []);
    const base = (n: string) => n.replace(/_(bucket|sum|count)$/, '');
    expect([...names].filter((n) => !source.includes(`'${base(n)}'`))).toEqual([]);
  });
});

/** The text of every .ts source under `dir` (tests excluded). */
function grepSources(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== 'test') walk(full);
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) out.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}
