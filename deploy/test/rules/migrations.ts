import type { IContainer } from 'kubernetes-models/v1';
import { K8sObject, nameOf, ofKind, podSpecOf, serviceOf, Workload } from '../k8s-object';

interface Role extends K8sObject {
  rules?: { apiGroups?: string[]; resources?: string[]; verbs?: string[] }[];
}
interface RoleBinding extends K8sObject {
  roleRef: { kind: string; name: string };
  subjects?: { kind: string; name: string }[];
}

const commandOf = (c: IContainer): string[] => [...(c.command ?? []), ...(c.args ?? [])];
const runsMigrate = (c: IContainer): boolean => !!serviceOf(c) && commandOf(c).includes('migrate');

/** True when the initContainer blocks until the Job has completed (`kubectl wait --for=condition=complete job/<name>`). */
function waitsFor(c: IContainer, job: string): boolean {
  const command = commandOf(c);
  return command.includes('wait') && command.includes('--for=condition=complete') && command.includes(`job/${job}`);
}

/** The service account may watch Jobs: what `kubectl wait` does, through a RoleBinding to a Role. */
function canWatchJobs(objects: K8sObject[], serviceAccount: string): boolean {
  const roles = ofKind<Role>(objects, 'Role');
  return ofKind<RoleBinding>(objects, 'RoleBinding')
    .filter((b) => b.roleRef.kind === 'Role' && b.subjects?.some((s) => s.kind === 'ServiceAccount' && s.name === serviceAccount))
    .flatMap((b) => roles.filter((r) => r.metadata.name === b.roleRef.name))
    .some((role) =>
      role.rules?.some((r) => r.apiGroups?.includes('batch') && r.resources?.includes('jobs') && ['get', 'list', 'watch'].every((v) => r.verbs?.includes(v))),
    );
}

/**
 * One Job applies the migrations of every service with a schema that runs here, it stays after it
 * completes, and each of those services' pods waits for it (an initContainer that can watch it) before starting.
 */
export function migrationProblems(objects: K8sObject[], servicesWithMigrations: string[]): string[] {
  const jobs = ofKind<Workload>(objects, 'Job').filter((job) => podSpecOf(job).containers.some(runsMigrate));
  if (jobs.length !== 1) return [`${jobs.length} migrations Jobs (expected one)`];
  const [job] = jobs;
  const migrated = podSpecOf(job).containers.filter(runsMigrate).map(serviceOf);
  const problems: string[] = [];
  if (job.spec.ttlSecondsAfterFinished !== undefined) problems.push(`${nameOf(job)}: ttlSecondsAfterFinished deletes it, and pods started later would wait for it forever`);
  const deployments = ofKind<Workload>(objects, 'Deployment').filter((d) => servicesWithMigrations.includes(d.metadata.name));
  for (const deployment of deployments) {
    const service = deployment.metadata.name;
    const pod = podSpecOf(deployment);
    if (!migrated.includes(service)) problems.push(`${nameOf(job)}: does not run ${service}'s migrations`);
    if (!(pod.initContainers ?? []).some((c) => waitsFor(c, job.metadata.name))) {
      problems.push(`${nameOf(deployment)}: no initContainer waits for ${nameOf(job)} to complete`);
      continue;
    }
    const account = pod.serviceAccountName ?? 'default';
    if (pod.automountServiceAccountToken === false) problems.push(`${nameOf(deployment)}: waits for ${nameOf(job)} without a service account token`);
    else if (!canWatchJobs(objects, account)) problems.push(`${nameOf(deployment)}: service account ${account} may not get, list and watch Jobs`);
  }
  return problems;
}
