import { K8sObject, nameOf, ofKind, selects, Workload } from '../k8s-object';

interface Pdb extends K8sObject {
  spec: { selector?: { matchLabels?: Record<string, string> }; maxUnavailable?: number | string; minAvailable?: number | string };
}

/** Pods a budget's number or percentage stands for (Kubernetes rounds percentages up). */
const share = (value: number | string, replicas: number): number =>
  typeof value === 'number' ? value : Math.ceil((parseFloat(value) / 100) * replicas);

/**
 * Every Deployment and StatefulSet is selected by exactly one PodDisruptionBudget (Kubernetes refuses
 * evictions of a pod that two budgets select) that still lets one pod go, so a node drain can finish.
 */
export function disruptionBudgetProblems(objects: K8sObject[]): string[] {
  const budgets = ofKind<Pdb>(objects, 'PodDisruptionBudget');
  const covered = [...ofKind<Workload>(objects, 'Deployment'), ...ofKind<Workload>(objects, 'StatefulSet')];
  return covered.flatMap((workload) => {
    const mine = budgets.filter((b) => selects(b.spec.selector?.matchLabels, workload));
    if (mine.length !== 1) return [`${nameOf(workload)}: selected by ${mine.length} PodDisruptionBudgets (expected one)`];
    const { maxUnavailable, minAvailable } = mine[0].spec;
    const replicas = workload.spec.replicas ?? 1;
    const letsOneGo = maxUnavailable !== undefined ? share(maxUnavailable, replicas) >= 1 : minAvailable !== undefined && share(minAvailable, replicas) < replicas;
    return letsOneGo ? [] : [`${nameOf(workload)}: ${nameOf(mine[0])} lets no pod be evicted (${replicas} replicas)`];
  });
}
