import { K8sObject } from './k8s-object';
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

/** What `kubectl apply -k` would send for each kustomization, and the services each must run. */
const RENDERS = [
  { dir: 'base', services: () => platformServices() },
  { dir: 'overlays/nats-cluster', services: () => platformServices() },
  { dir: 'overlays/sandbox', services: () => [...platformServices(), ...sandboxServices()] },
];

describe.each(RENDERS)('deploy/$dir', ({ dir, services }) => {
  let objects: K8sObject[];
  beforeAll(() => {
    objects = renderKustomization(dir);
  });

  it('renders only objects valid against the Kubernetes schemas', () => {
    expect(objects.length).toBeGreaterThan(0);
    expect(schemaProblems(objects)).toEqual([]);
  });

  it('runs a Deployment per service, all on one tagged image', () => {
    expect(deploymentProblems(objects, services())).toEqual([]);
    expect(imageProblems(objects)).toEqual([]);
  });

  it('gives every Deployment liveness and readiness probes', () => {
    expect(probeProblems(objects)).toEqual([]);
  });

  it('gives every container resource requests and a memory limit', () => {
    expect(resourceProblems(objects)).toEqual([]);
  });

  it('runs everything as non-root in a namespace that enforces it', () => {
    expect(nonRootProblems(objects)).toEqual([]);
    expect(namespaceProblems(objects)).toEqual([]);
  });

  it('covers every Deployment and StatefulSet by one PodDisruptionBudget', () => {
    expect(disruptionBudgetProblems(objects)).toEqual([]);
  });

  it('migrates in a Job that the services wait for', () => {
    expect(migrationProblems(objects, servicesWithMigrations())).toEqual([]);
  });

  it('references secrets and never writes them', () => {
    expect(secretProblems(objects)).toEqual([]);
    expect(databaseUrlProblems(objects, servicesWithMigrations())).toEqual([]);
  });
});

describe.each(['overlays/nats-cluster', 'overlays/sandbox'])('deploy/%s', (dir) => {
  it('runs a three-node NATS JetStream cluster and makes the services replicate their streams on it', () => {
    expect(natsClusterProblems(renderKustomization(dir), 3)).toEqual([]);
  });
});

describe('deploy/base', () => {
  it('leaves NATS to an overlay or to you, and the sandboxes out', () => {
    const objects = renderKustomization('base');
    expect(objects.filter((o) => o.kind === 'StatefulSet')).toEqual([]);
    expect(objects.filter((o) => sandboxServices().includes(o.metadata.name)).map((o) => o.metadata.name)).toEqual([]);
  });
});
