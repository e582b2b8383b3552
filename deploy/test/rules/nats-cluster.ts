import path from 'node:path';
import type { IContainer } from 'kubernetes-models/v1';
import { K8sObject, nameOf, ofKind, podSpecOf, selects, Workload } from '../k8s-object';

interface ConfigMap extends K8sObject {
  data?: Record<string, string>;
}
interface Service extends K8sObject {
  spec: { clusterIP?: string; selector?: Record<string, string>; ports?: { port: number; targetPort?: number | string }[] };
}

const isNats = (w: Workload): boolean => podSpecOf(w).containers.some((c) => c.image?.startsWith('nats:'));

/** The nats-server configuration the container is started with (`--config <file>` from a mounted ConfigMap). */
function mountedConfig(objects: K8sObject[], sts: Workload, container: IContainer): string | undefined {
  const args = [...(container.command ?? []), ...(container.args ?? [])];
  const file = args[args.indexOf('--config') + 1];
  if (!args.includes('--config') || !file) return undefined;
  const mount = container.volumeMounts?.find((m) => m.mountPath === path.dirname(file));
  const volume = podSpecOf(sts).volumes?.find((v) => v.name === mount?.name);
  const configMap = ofKind<ConfigMap>(objects, 'ConfigMap').find((cm) => cm.metadata.name === volume?.configMap?.name);
  return configMap?.data?.[path.basename(file)];
}

/** The routes of the conf's cluster block, as host:port. */
function routesOf(conf: string): string[] {
  const list = /routes\s*[:=]?\s*\[([^\]]*)\]/.exec(conf)?.[1] ?? '';
  return [...list.matchAll(/nats-route:\/\/([^\s,]+)|nats:\/\/([^\s,]+)/g)].map((m) => (m[1] ?? m[2]).replace(/^[^@]*@/, ''));
}

/** Bytes between a block's braces, e.g. `jetstream { ... }`; undefined when there is no such block. */
const blockOf = (conf: string, name: string): string | undefined => new RegExp(`(?:^|\\n)\\s*${name}\\s*[:=]?\\s*\\{([^}]*)\\}`).exec(conf)?.[1];

function serverProblems(objects: K8sObject[], sts: Workload, replicas: number): string[] {
  const container = podSpecOf(sts).containers.find((c) => c.image?.startsWith('nats:'));
  const conf = container && mountedConfig(objects, sts, container)?.replace(/#.*$/gm, '');
  if (!container || !conf) return [`${nameOf(sts)}: no nats-server configuration mounted where --config points`];
  const problems: string[] = [];
  const jetstream = blockOf(conf, 'jetstream');
  const storeDir = jetstream && /store_dir\s*[:=]\s*"?([^\s"]+)/.exec(jetstream)?.[1];
  const claims = (sts.spec.volumeClaimTemplates ?? []).map((t) => t.metadata.name);
  if (!jetstream) problems.push(`${nameOf(sts)}: JetStream is not enabled (no jetstream block)`);
  else if (!container.volumeMounts?.some((m) => m.mountPath === storeDir && claims.includes(m.name))) {
    problems.push(`${nameOf(sts)}: JetStream's store_dir ${storeDir ?? '(unset)'} is not on a volume claim`);
  }
  // JetStream in a cluster needs a distinct server name per node: the pod's name.
  const serverNameVar = /server_name\s*[:=]\s*\$(\w+)/.exec(conf)?.[1];
  if (!container.env?.some((e) => e.name === serverNameVar && e.valueFrom?.fieldRef?.fieldPath === 'metadata.name')) {
    problems.push(`${nameOf(sts)}: server_name is not the pod's name`);
  }
  const cluster = blockOf(conf.replace(/routes\s*[:=]?\s*\[[^\]]*\]/, ''), 'cluster');
  const clusterPort = Number(/listen\s*[:=]\s*[^\s:]*:(\d+)/.exec(cluster ?? '')?.[1]);
  const expected = Array.from({ length: replicas }, (_, i) => `${sts.metadata.name}-${i}.${sts.spec.serviceName}:${clusterPort}`);
  // A route may also be written fully qualified: <pod>.<service>.<namespace>.svc[.cluster.local].
  const routes = routesOf(conf).map((r) => r.replace(new RegExp(`\\.${sts.metadata.namespace}\\.svc(\\.cluster\\.local)?(?=:)`), ''));
  if (!cluster) problems.push(`${nameOf(sts)}: no cluster block`);
  else if ([...expected].sort().join() !== [...routes].sort().join()) problems.push(`${nameOf(sts)}: routes ${routes.join(', ') || '(none)'} are not its ${replicas} pods: ${expected.join(', ')}`);
  const headless = ofKind<Service>(objects, 'Service').find((s) => s.metadata.name === sts.spec.serviceName);
  if (!headless || headless.spec.clusterIP !== 'None' || !selects(headless.spec.selector, sts)) {
    problems.push(`${nameOf(sts)}: its serviceName ${sts.spec.serviceName} is not a headless Service selecting its pods`);
  } else if (!headless.spec.ports?.some((p) => p.port === clusterPort)) problems.push(`Service/${headless.metadata.name}: does not publish the cluster port ${clusterPort}`);
  return problems;
}

/** The services are pointed at the cluster (a Service selecting its pods) and create their streams with one replica per node. */
function clientProblems(objects: K8sObject[], sts: Workload, replicas: number): string[] {
  const configs = ofKind<ConfigMap>(objects, 'ConfigMap').filter((cm) => cm.data?.NATS_URL);
  if (configs.length !== 1) return [`${configs.length} ConfigMaps set NATS_URL (expected the services' one)`];
  const [config] = configs;
  const problems: string[] = [];
  if (config.data?.NATS_STREAM_REPLICAS !== String(replicas)) problems.push(`${nameOf(config)}: NATS_STREAM_REPLICAS is ${config.data?.NATS_STREAM_REPLICAS ?? 'unset'}, not ${replicas}`);
  const services = ofKind<Service>(objects, 'Service');
  for (const url of (config.data?.NATS_URL ?? '').split(',')) {
    const { hostname, port } = new URL(url.trim());
    const service = services.find((s) => s.metadata.name === hostname.split('.')[0]);
    if (!service || !selects(service.spec.selector, sts) || !service.spec.ports?.some((p) => p.port === Number(port || 4222))) {
      problems.push(`${nameOf(config)}: NATS_URL ${url} is not a Service port of ${nameOf(sts)}`);
    }
  }
  return problems;
}

/** One NATS StatefulSet of `replicas` nodes with JetStream, clustered through its headless Service, and the services using it. */
export function natsClusterProblems(objects: K8sObject[], replicas: number): string[] {
  const clusters = ofKind<Workload>(objects, 'StatefulSet').filter(isNats);
  if (clusters.length !== 1) return [`${clusters.length} NATS StatefulSets (expected one)`];
  const [sts] = clusters;
  if (sts.spec.replicas !== replicas) return [`${nameOf(sts)}: ${sts.spec.replicas ?? 1} replicas, not ${replicas}`];
  return [...serverProblems(objects, sts, replicas), ...clientProblems(objects, sts, replicas)];
}
