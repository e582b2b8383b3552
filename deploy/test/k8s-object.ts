import type { IContainer, IPodSpec } from 'kubernetes-models/v1';

/** Any rendered object: what every check needs of it, the rest read per kind. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** A Deployment, StatefulSet or Job: an object with a pod template. */
export interface Workload extends K8sObject {
  spec: {
    replicas?: number;
    serviceName?: string;
    ttlSecondsAfterFinished?: number;
    selector?: { matchLabels?: Record<string, string> };
    template: { metadata?: { labels?: Record<string, string> }; spec: IPodSpec };
    volumeClaimTemplates?: { metadata: { name: string } }[];
  };
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'Job'];

export const nameOf = (object: K8sObject): string => `${object.kind}/${object.metadata.name}`;

export function ofKind<T extends K8sObject = K8sObject>(objects: K8sObject[], kind: string): T[] {
  return objects.filter((o) => o.kind === kind) as T[];
}

export function workloads(objects: K8sObject[]): Workload[] {
  return objects.filter((o) => WORKLOAD_KINDS.includes(o.kind)) as Workload[];
}

export const podSpecOf = (workload: Workload): IPodSpec => workload.spec.template.spec;

/** Containers and init containers, each with the name a problem message shows. */
export function allContainers(workload: Workload): { label: string; container: IContainer }[] {
  const pod = podSpecOf(workload);
  return [
    ...(pod.initContainers ?? []).map((container) => ({ label: `${nameOf(workload)} init container ${container.name}`, container })),
    ...pod.containers.map((container) => ({ label: `${nameOf(workload)} container ${container.name}`, container })),
  ];
}

/** True when every label of the selector is on the pod template (how a Service or a PDB picks pods). */
export function selects(selector: Record<string, string> | undefined, workload: Workload): boolean {
  const labels = workload.spec.template.metadata?.labels ?? {};
  return !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** The entry point a platform container runs: `dist/apps/<service>/src/main.js` in its command. */
export function serviceOf(container: IContainer): string | undefined {
  const entry = [...(container.command ?? []), ...(container.args ?? [])].find((part) => /^dist\/apps\/[^/]+\/src\/main\.js$/.test(part));
  return entry?.split('/')[2];
}

/** Deep copy, for the checks' own tests to break. */
export const copyOf = (objects: K8sObject[]): K8sObject[] => structuredClone(objects);
