import * as apps from 'kubernetes-models/apps/v1';
import * as batch from 'kubernetes-models/batch/v1';
import * as policy from 'kubernetes-models/policy/v1';
import * as rbac from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import * as core from 'kubernetes-models/v1';
import { K8sObject, nameOf } from './k8s-object';

interface ModelClass {
  new (data: object): { validate(): void };
}

/** The API groups our manifests use; an object of any other is reported, not skipped. */
const MODELS_BY_API_VERSION: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'batch/v1': batch,
  'policy/v1': policy,
  'rbac.authorization.k8s.io/v1': rbac,
};

function modelFor(object: K8sObject): ModelClass | undefined {
  const model = MODELS_BY_API_VERSION[object.apiVersion]?.[object.kind] as (ModelClass & { kind?: string }) | undefined;
  return typeof model === 'function' && model.kind === object.kind ? model : undefined;
}

/**
 * Each object checked against the Kubernetes OpenAPI schema (kubernetes-models' validators): types,
 * required fields, enums, quantities. They accept unknown fields, which the rules' checks cover where it matters.
 */
export function schemaProblems(objects: K8sObject[]): string[] {
  return objects.flatMap((object) => {
    const Model = modelFor(object);
    if (!Model) return [`${nameOf(object)}: no schema for ${object.apiVersion} ${object.kind} (add its group to deploy/test/schema.ts)`];
    try {
      new Model(object).validate();
      return [];
    } catch (err) {
      return [`${nameOf(object)}: ${(err as Error).message}`];
    }
  });
}
