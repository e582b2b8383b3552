import type { IEnvVar } from 'kubernetes-models/v1';
import { allContainers, K8sObject, nameOf, ofKind, serviceOf, workloads } from '../k8s-object';

/** The one Secret the services read, created by hand or by your secrets operator (docs/deploy.md), never in these manifests. */
export const SECRET_NAME = 'did-platform-secrets';

/** Settings whose values are secrets: the database URL carries the password; keys, tokens, passwords. */
const SENSITIVE = /^(DATABASE_URL|OPERATOR_API_KEY|DEMO_API_KEY|WEBHOOK_SECRETS_KEY)$|PASSWORD|TOKEN|SECRET|_KEY$/;
/** A URL with a password in it (scheme://user:password@host). */
const URL_WITH_PASSWORD = /:\/\/[^/\s:@]+:[^/\s@]+@/;

interface ConfigMap extends K8sObject {
  data?: Record<string, string>;
}
interface Secret extends K8sObject {
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

function envProblems(label: string, env: IEnvVar): string[] {
  const problems: string[] = [];
  if (SENSITIVE.test(env.name) && env.value !== undefined) problems.push(`${label}: ${env.name} is written in the manifest, not read from a Secret`);
  if (env.value !== undefined && URL_WITH_PASSWORD.test(env.value)) problems.push(`${label}: ${env.name} holds a URL with a password`);
  const secret = env.valueFrom?.secretKeyRef?.name;
  if (secret !== undefined && secret !== SECRET_NAME) problems.push(`${label}: ${env.name} reads Secret ${secret}, not ${SECRET_NAME}`);
  return problems;
}

/**
 * Secrets are referenced, never written here: no Secret object with values, no secret setting with a
 * literal value or in a ConfigMap, and every reference names the one documented Secret.
 */
export function secretProblems(objects: K8sObject[]): string[] {
  const inSecrets = ofKind<Secret>(objects, 'Secret')
    .filter((s) => Object.keys({ ...s.data, ...s.stringData }).length > 0)
    .map((s) => `${nameOf(s)}: holds values in the manifests`);
  const inConfigMaps = ofKind<ConfigMap>(objects, 'ConfigMap').flatMap((cm) =>
    Object.entries(cm.data ?? {})
      .filter(([key, value]) => SENSITIVE.test(key) || URL_WITH_PASSWORD.test(value))
      .map(([key]) => `${nameOf(cm)}: ${key} looks secret and belongs in ${SECRET_NAME}`),
  );
  const inContainers = workloads(objects).flatMap((w) =>
    allContainers(w).flatMap(({ label, container }) => [
      ...(container.env ?? []).flatMap((env) => envProblems(label, env)),
      ...(container.envFrom ?? [])
        .filter((from) => from.secretRef && from.secretRef.name !== SECRET_NAME)
        .map((from) => `${label}: reads Secret ${from.secretRef?.name}, not ${SECRET_NAME}`),
    ]),
  );
  return [...inSecrets, ...inConfigMaps, ...inContainers];
}

/** Every container running a service with a schema (the service, its migrate) reads DATABASE_URL from the Secret, else it would use the local default. */
export function databaseUrlProblems(objects: K8sObject[], servicesWithMigrations: string[]): string[] {
  return workloads(objects).flatMap((w) =>
    allContainers(w)
      .filter(({ container }) => servicesWithMigrations.includes(serviceOf(container) ?? ''))
      .filter(({ container }) => !(container.env ?? []).some((e) => e.name === 'DATABASE_URL' && e.valueFrom?.secretKeyRef?.key === 'DATABASE_URL'))
      .map(({ label }) => `${label}: DATABASE_URL is not read from ${SECRET_NAME}`),
  );
}
