import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { K8sObject } from './k8s-object';

/** deploy/, where the kustomizations live. */
export const DEPLOY_DIR = path.resolve(__dirname, '..');

const KUBECTL_MISSING =
  'kubectl is missing: it is on our machines\' image (kubectl 1.32 with kustomize 5.5, not in Debian\'s repositories); install it to render deploy/';

const renders = new Map<string, K8sObject[]>();

/**
 * Renders a kustomization (a folder under deploy/) with `kubectl kustomize`, offline, into its objects;
 * once per test file (callers that change objects work on a copy).
 */
export function renderKustomization(relativeDir: string): K8sObject[] {
  const rendered = renders.get(relativeDir) ?? render(relativeDir);
  renders.set(relativeDir, rendered);
  return rendered;
}

function render(relativeDir: string): K8sObject[] {
  let yaml: string;
  try {
    yaml = execFileSync('kubectl', ['kustomize', path.join(DEPLOY_DIR, relativeDir)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error(KUBECTL_MISSING);
    throw new Error(`kubectl kustomize deploy/${relativeDir} failed: ${e.stderr?.trim() || e.message}`);
  }
  return parseAllDocuments(yaml).map((doc) => {
    if (doc.errors.length) throw new Error(`kubectl kustomize deploy/${relativeDir} printed invalid YAML: ${doc.errors[0].message}`);
    return doc.toJS() as K8sObject;
  });
}
