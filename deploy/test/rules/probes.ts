import type { IContainer, IProbe } from 'kubernetes-models/v1';
import { K8sObject, nameOf, ofKind, podSpecOf, Workload } from '../k8s-object';

const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

function probeProblem(container: IContainer, probe: IProbe | undefined, kind: string): string | undefined {
  if (!probe) return `no ${kind}`;
  const handlers = HANDLERS.filter((h) => probe[h]);
  if (handlers.length !== 1) return `${kind} has ${handlers.length} handlers (exec, httpGet, tcpSocket or grpc: exactly one)`;
  if (probe.exec && !probe.exec.command?.length) return `${kind} runs no command`;
  const port = probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port;
  if (port === undefined) return undefined;
  const declared = (container.ports ?? []).some((p) => p.name === port || p.containerPort === port);
  return declared ? undefined : `${kind} probes port ${port}, which the container does not declare`;
}

/** Every container of every Deployment and StatefulSet has a liveness and a readiness probe that can run. */
export function probeProblems(objects: K8sObject[]): string[] {
  const probed = [...ofKind<Workload>(objects, 'Deployment'), ...ofKind<Workload>(objects, 'StatefulSet')];
  return probed.flatMap((workload) =>
    podSpecOf(workload).containers.flatMap((container) =>
      [probeProblem(container, container.livenessProbe, 'livenessProbe'), probeProblem(container, container.readinessProbe, 'readinessProbe')]
        .filter((p): p is string => !!p)
        .map((p) => `${nameOf(workload)} container ${container.name}: ${p}`),
    ),
  );
}
