import { redactUrl } from './log';
import { formatMb, IDLE_RSS_BUDGET_MB } from './memory';
import type { DemoSeed } from './services';

export interface BannerInfo {
  gatewayPort: number;
  seed: DemoSeed;
  operatorKey: string;
  databaseUrl: string;
  natsUrl: string;
  natsPrefix: string;
  /** The voice edge sandbox's admin API, when it runs. */
  voiceEdge?: { port: number; demoTraffic: boolean };
  memory: { name: string; pid: number; rssMb: number | undefined }[];
  /** Each service's health and metrics port (OPS_PORT). */
  opsPorts: { name: string; port: number }[];
}

/** What a developer needs once everything is up, printed untagged so it can be copied as is. */
export function printBanner(info: BannerInfo): void {
  const base = `http://localhost:${info.gatewayPort}`;
  const rule = '='.repeat(78);
  const row = (label: string, value: string) => `  ${label.padEnd(18)}${value}`;
  const nameWidth = Math.max(16, ...info.memory.map((m) => m.name.length + 1));
  const lines = [
    '',
    rule,
    '  DID platform is running (Ctrl-C stops everything)',
    '',
    row('Gateway', base),
    row('API docs', `${base}/docs`),
    row('Console', `${base}/console/ (sign in with the demo partner key)`),
    row('Demo partner key', info.seed.api_key),
    row('Demo tenant id', info.seed.tenant_id),
    row('Operator key', info.operatorKey),
    ...(info.voiceEdge
      ? [
          row(
            'Voice edge',
            `http://127.0.0.1:${info.voiceEdge.port} (demo traffic ${info.voiceEdge.demoTraffic ? 'on' : 'off'}; POST /calls, /messages, /traffic)`,
          ),
        ]
      : []),
    '',
    "  List the demo partner's tenants:",
    `    curl -H "Authorization: Bearer ${info.seed.api_key}" ${base}/v1/accounts`,
    '  Find Austin, TX numbers that can text:',
    `    curl -H "Authorization: Bearer ${info.seed.api_key}" '${base}/v1/numbers/available?country_code=US&locality=Austin&features=sms&limit=5'`,
    '',
    `  Idle memory before loading numbers (RSS; budget ${IDLE_RSS_BUDGET_MB} MB per service), health and metrics port:`,
    ...info.memory.map((m) => {
      const over = m.rssMb !== undefined && m.rssMb > IDLE_RSS_BUDGET_MB ? '  OVER BUDGET' : '';
      const ops = info.opsPorts.find((o) => o.name === m.name);
      return `    ${m.name.padEnd(nameWidth)}${formatMb(m.rssMb).padStart(9)}   pid ${m.pid}${ops ? `   :${ops.port}/metrics` : ''}${over}`;
    }),
    '',
    row('PostgreSQL', redactUrl(info.databaseUrl)),
    row('NATS', `${info.natsUrl} (subject prefix ${info.natsPrefix})`),
    rule,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
