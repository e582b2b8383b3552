import { allContainers, K8sObject, nameOf, ofKind, podSpecOf, workloads } from '../k8s-object';

/**
 * Every container of every workload runs as the restricted Pod Security Standard asks: non-root with a
 * numeric user (our image names its user, `node`, which the kubelet cannot check), no privilege
 * escalation, no capabilities, the runtime's seccomp profile, and a read-only root file system.
 */
export function nonRootProblems(objects: K8sObject[]): string[] {
  return workloads(objects).flatMap((workload) => {
    const pod = podSpecOf(workload).securityContext ?? {};
    return allContainers(workload).flatMap(({ label, container }) => {
      const own = container.securityContext ?? {};
      const runAsNonRoot = own.runAsNonRoot ?? pod.runAsNonRoot;
      const runAsUser = own.runAsUser ?? pod.runAsUser;
      const seccomp = own.seccompProfile?.type ?? pod.seccompProfile?.type;
      return [
        runAsNonRoot !== true && 'runAsNonRoot is not true',
        !(typeof runAsUser === 'number' && runAsUser > 0) && `runAsUser ${runAsUser ?? 'unset'} is not a non-root uid`,
        own.allowPrivilegeEscalation !== false && 'allowPrivilegeEscalation is not false',
        !own.capabilities?.drop?.includes('ALL') && 'capabilities do not drop ALL',
        seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost' && 'no seccomp profile',
        own.readOnlyRootFilesystem !== true && 'the root file system is writable',
      ]
        .filter((p): p is string => !!p)
        .map((p) => `${label}: ${p}`);
    });
  });
}

/** The namespace refuses pods that break the restricted standard, whatever a later manifest says. */
export function namespaceProblems(objects: K8sObject[]): string[] {
  const namespaces = ofKind(objects, 'Namespace');
  if (namespaces.length !== 1) return [`${namespaces.length} Namespaces (expected one)`];
  const [namespace] = namespaces;
  const problems = namespace.metadata.labels?.['pod-security.kubernetes.io/enforce'] === 'restricted' ? [] : [`${nameOf(namespace)}: does not enforce the restricted Pod Security Standard`];
  const elsewhere = objects.filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== namespace.metadata.name);
  return [...problems, ...elsewhere.map((o) => `${nameOf(o)}: in namespace ${o.metadata.namespace ?? '(none)'}, not ${namespace.metadata.name}`)];
}
