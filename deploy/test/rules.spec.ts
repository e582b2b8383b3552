// Each check must fail on manifests that break what it names: these break a copy of a real render one
// way at a time and expect the check to say so.
import type { IContainer } from 'kubernetes-models/v1';
import { copyOf, K8sObject, podSpecOf, Workload } from './k8s-object';
import { renderKustomization } from './kustomize';
import { disruptionBudgetProblems } from './rules/disruption-budgets';
import { migrationProblems } from './rules/migrations';
import { natsClusterProblems } from './rules/nats-cluster';
import { namespaceProblems, nonRootProblems } from './rules/non-root';
import { probeProblems } from './rules/probes';
import { resourceProblems } from './rules/resources';
import { databaseUrlProblems, secretProblems } from './rules/secrets';
import { deploymentProblems, imageProblems } from './rules/services';
import { schemaProblems } from './schema';
import { platformServices, sandboxServices, servicesWithMigrations } from './services';

let rendered: K8sObject[];
beforeAll(() => {
  rendered = renderKustomization('overlays/sandbox');
});

/** A copy of the render, and a handle on one of its objects to break. */
function broken<T extends K8sObject = Workload>(kind: string, name: string): { objects: K8sObject[]; object: T } {
  const objects = copyOf(rendered);
  const object = objects.find((o) => o.kind === kind && o.metadata.name === name) as T | undefined;
  if (!object) throw new Error(`the render has no ${kind}/${name}`);
  return { objects, object };
}

const service = (deployment: Workload): IContainer => podSpecOf(deployment).containers[0];
const allServices = (): string[] => [...platformServices(), ...sandboxServices()];

it('starts from a render that passes every check', () => {
  expect([
    ...schemaProblems(rendered),
    ...deploymentProblems(rendered, allServices()),
    ...imageProblems(rendered),
    ...probeProblems(rendered),
    ...resourceProblems(rendered),
    ...nonRootProblems(rendered),
    ...namespaceProblems(rendered),
    ...disruptionBudgetProblems(rendered),
    ...migrationProblems(rendered, servicesWithMigrations()),
    ...secretProblems(rendered),
    ...databaseUrlProblems(rendered, servicesWithMigrations()),
    ...natsClusterProblems(rendered, 3),
  ]).toEqual([]);
});

it('schema: a malformed quantity or a missing required field', () => {
  const { objects, object } = broken('Deployment', 'gateway');
  service(object).resources = { requests: { cpu: 'lots' } };
  delete (object.spec as Partial<Workload['spec']>).selector;
  expect(schemaProblems(objects)).toEqual([expect.stringMatching(/^Deployment\/gateway: .*(cpu|selector)/)]);
});

it('schema: a kind no validator knows', () => {
  const objects = [...copyOf(rendered), { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }];
  expect(schemaProblems(objects)).toEqual(['Widget/w: no schema for example.com/v1 Widget (add its group to deploy/test/schema.ts)']);
});

it('services: a missing Deployment, and one running another service', () => {
  const { objects, object } = broken('Deployment', 'usage');
  service(object).command = ['node', 'dist/apps/routing/src/main.js'];
  expect(deploymentProblems(objects, allServices())).toEqual(['Deployment/usage: no container runs dist/apps/usage/src/main.js']);
  expect(deploymentProblems(objects.filter((o) => o.metadata.name !== 'usage'), allServices())).toContain('usage: no Deployment');
});

it('services: an untagged or second image', () => {
  const { objects, object } = broken('Deployment', 'routing');
  service(object).image = 'did-platform';
  expect(imageProblems(objects)).toEqual(expect.arrayContaining([expect.stringMatching(/routing service: image did-platform has no tag/), expect.stringMatching(/2 different images/)]));
});

it('probes: none, or one that probes an undeclared port', () => {
  const { objects, object } = broken('Deployment', 'inventory');
  delete service(object).readinessProbe;
  expect(probeProblems(objects)).toEqual(['Deployment/inventory container service: no readinessProbe']);
  const gateway = broken('Deployment', 'gateway');
  service(gateway.object).livenessProbe = { httpGet: { path: '/health', port: 'admin' } };
  expect(probeProblems(gateway.objects)).toEqual(['Deployment/gateway container service: livenessProbe probes port admin, which the container does not declare']);
  const nats = broken('StatefulSet', 'nats');
  delete service(nats.object).livenessProbe;
  expect(probeProblems(nats.objects)).toEqual(['StatefulSet/nats container nats: no livenessProbe']);
});

it('resources: a missing request, a request over its limit', () => {
  const { objects, object } = broken('Job', 'migrate');
  delete podSpecOf(object).containers.find((c) => c.name === 'inventory')!.resources?.requests?.cpu;
  const notifications = podSpecOf(object).containers.find((c) => c.name === 'notifications')!;
  notifications.resources = { requests: { cpu: '50m', memory: '1Gi' }, limits: { memory: '256Mi' } };
  expect(resourceProblems(objects)).toEqual([
    'Job/migrate container inventory: no requests.cpu',
    'Job/migrate container notifications: requests 1Gi of memory, over its limit 256Mi',
  ]);
});

it('non-root: root, privilege escalation, a writable root', () => {
  const { objects, object } = broken('Deployment', 'ordering');
  podSpecOf(object).securityContext = { ...podSpecOf(object).securityContext, runAsNonRoot: false, runAsUser: 0 };
  service(object).securityContext = { ...service(object).securityContext, allowPrivilegeEscalation: true, readOnlyRootFilesystem: false };
  const problems = nonRootProblems(objects);
  expect(problems).toEqual(
    expect.arrayContaining([
      'Deployment/ordering init container wait-for-migrations: runAsNonRoot is not true',
      'Deployment/ordering container service: runAsUser 0 is not a non-root uid',
      'Deployment/ordering container service: allowPrivilegeEscalation is not false',
      'Deployment/ordering container service: the root file system is writable',
    ]),
  );
  const ns = broken('Namespace', 'did-platform');
  delete ns.object.metadata.labels?.['pod-security.kubernetes.io/enforce'];
  expect(namespaceProblems(ns.objects)).toEqual(['Namespace/did-platform: does not enforce the restricted Pod Security Standard']);
});

it('disruption budgets: none, two, or one that allows no eviction', () => {
  const none = copyOf(rendered).filter((o) => !(o.kind === 'PodDisruptionBudget' && o.metadata.name === 'porting'));
  expect(disruptionBudgetProblems(none)).toEqual(['Deployment/porting: selected by 0 PodDisruptionBudgets (expected one)']);
  const { objects, object } = broken<K8sObject & { spec: Record<string, unknown> }>('PodDisruptionBudget', 'nats');
  object.spec = { minAvailable: 3, selector: object.spec.selector };
  expect(disruptionBudgetProblems(objects)).toEqual(['StatefulSet/nats: PodDisruptionBudget/nats lets no pod be evicted (3 replicas)']);
  const twice = copyOf(rendered);
  twice.push({ ...copyOf([rendered.find((o) => o.kind === 'PodDisruptionBudget' && o.metadata.name === 'gateway')!])[0], metadata: { name: 'gateway-2' } });
  expect(disruptionBudgetProblems(twice)).toEqual(['Deployment/gateway: selected by 2 PodDisruptionBudgets (expected one)']);
});

it('migrations: a service that does not wait, a service not migrated, a Job that deletes itself, no RBAC', () => {
  const { objects, object } = broken('Deployment', 'notifications');
  podSpecOf(object).initContainers = [];
  const job = objects.find((o) => o.kind === 'Job') as Workload;
  podSpecOf(job).containers = podSpecOf(job).containers.filter((c) => c.name !== 'carrier-sandbox');
  job.spec.ttlSecondsAfterFinished = 600;
  expect(migrationProblems(objects, servicesWithMigrations())).toEqual([
    'Job/migrate: ttlSecondsAfterFinished deletes it, and pods started later would wait for it forever',
    'Job/migrate: does not run carrier-sandbox\'s migrations',
    'Deployment/notifications: no initContainer waits for Job/migrate to complete',
  ]);
  const noRbac = copyOf(rendered).filter((o) => o.kind !== 'RoleBinding');
  expect(migrationProblems(noRbac, ['gateway'])).toEqual(['Deployment/gateway: service account did-platform may not get, list and watch Jobs']);
});

it('secrets: a Secret with values, a literal DATABASE_URL, a password in a ConfigMap', () => {
  const { objects, object } = broken('Deployment', 'usage');
  service(object).env = [{ name: 'DATABASE_URL', value: 'postgres://did:hunter2@db:5432/did_platform' }];
  objects.push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'leaked' }, stringData: { DATABASE_URL: 'postgres://x' } });
  const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('did-platform-config')) as K8sObject & { data: Record<string, string> };
  config.data.OPERATOR_API_KEY = 'x'.repeat(32);
  expect(secretProblems(objects)).toEqual([
    'Secret/leaked: holds values in the manifests',
    `ConfigMap/${config.metadata.name}: OPERATOR_API_KEY looks secret and belongs in did-platform-secrets`,
    'Deployment/usage container service: DATABASE_URL is written in the manifest, not read from a Secret',
    'Deployment/usage container service: DATABASE_URL holds a URL with a password',
  ]);
  expect(databaseUrlProblems(objects, servicesWithMigrations())).toEqual(['Deployment/usage container service: DATABASE_URL is not read from did-platform-secrets']);
});

it('NATS cluster: fewer nodes, no JetStream, routes that miss a node, single-replica streams', () => {
  const { objects, object } = broken('StatefulSet', 'nats');
  object.spec.replicas = 1;
  expect(natsClusterProblems(objects, 3)).toEqual(['StatefulSet/nats: 1 replicas, not 3']);

  const conf = broken<K8sObject & { data: Record<string, string> }>('ConfigMap', rendered.find((o) => o.metadata.name.startsWith('nats-config'))!.metadata.name);
  conf.object.data['nats.conf'] = conf.object.data['nats.conf'].replace(/jetstream \{[^}]*\}/, '').replace(/\n\s*nats:\/\/nats-2\.nats-headless:6222/, '');
  const platform = conf.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('did-platform-config')) as K8sObject & { data: Record<string, string> };
  delete platform.data.NATS_STREAM_REPLICAS;
  platform.data.NATS_URL = 'nats://nats-elsewhere:4222';
  expect(natsClusterProblems(conf.objects, 3)).toEqual([
    'StatefulSet/nats: JetStream is not enabled (no jetstream block)',
    'StatefulSet/nats: routes nats-0.nats-headless:6222, nats-1.nats-headless:6222 are not its 3 pods: nats-0.nats-headless:6222, nats-1.nats-headless:6222, nats-2.nats-headless:6222',
    `ConfigMap/${platform.metadata.name}: NATS_STREAM_REPLICAS is unset, not 3`,
    `ConfigMap/${platform.metadata.name}: NATS_URL nats://nats-elsewhere:4222 is not a Service port of StatefulSet/nats`,
  ]);
});
