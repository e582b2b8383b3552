import { allContainers, K8sObject, workloads } from '../k8s-object';

const UNITS: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

/** Bytes of a memory quantity (128Mi, 1G, 1048576); NaN for a form we do not use. */
export function bytesOf(quantity: string | number | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(String(quantity ?? ''));
  return match ? Number(match[1]) * UNITS[match[2] ?? ''] : NaN;
}

/**
 * Every container (init containers too) requests CPU and memory, the scheduler's inputs, and has a
 * memory limit no lower than its request. No CPU limits on purpose: they throttle a busy service
 * instead of letting it use an idle core.
 */
export function resourceProblems(objects: K8sObject[]): string[] {
  return workloads(objects).flatMap((workload) =>
    allContainers(workload).flatMap(({ label, container }) => {
      const { requests = {}, limits = {} } = container.resources ?? {};
      const missing = [
        requests.cpu === undefined && 'requests.cpu',
        requests.memory === undefined && 'requests.memory',
        limits.memory === undefined && 'limits.memory',
      ].filter((m): m is string => !!m);
      if (missing.length) return [`${label}: no ${missing.join(', ')}`];
      const [request, limit] = [bytesOf(requests.memory as string), bytesOf(limits.memory as string)];
      if (Number.isNaN(request) || Number.isNaN(limit)) return [`${label}: memory ${requests.memory} / ${limits.memory} is not a quantity`];
      return request > limit ? [`${label}: requests ${requests.memory} of memory, over its limit ${limits.memory}`] : [];
    }),
  );
}
