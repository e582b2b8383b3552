import { K8sObject, nameOf, ofKind, podSpecOf, serviceOf, Workload, workloads } from '../k8s-object';

/** Exactly one Deployment per expected service, named after it and running its entry point. */
export function deploymentProblems(objects: K8sObject[], expected: string[]): string[] {
  const deployments = ofKind<Workload>(objects, 'Deployment');
  const names = deployments.map((d) => d.metadata.name);
  const problems = [
    ...expected.filter((service) => !names.includes(service)).map((service) => `${service}: no Deployment`),
    ...names.filter((name) => !expected.includes(name)).map((name) => `Deployment/${name}: not a service expected here`),
  ];
  for (const deployment of deployments) {
    const runs = podSpecOf(deployment).containers.map(serviceOf);
    if (!runs.includes(deployment.metadata.name)) problems.push(`${nameOf(deployment)}: no container runs dist/apps/${deployment.metadata.name}/src/main.js`);
  }
  return problems;
}

/** Every container of ours runs one tagged image, so a release sets its tag in one place and nothing runs `latest` by accident of a missed container. */
export function imageProblems(objects: K8sObject[]): string[] {
  const ours = workloads(objects).flatMap((w) =>
    [...(podSpecOf(w).initContainers ?? []), ...podSpecOf(w).containers].filter((c) => serviceOf(c)).map((c) => ({ where: `${nameOf(w)} ${c.name}`, image: c.image ?? '' })),
  );
  const images = [...new Set(ours.map((c) => c.image))];
  const untagged = ours.filter((c) => !/:[^/]+$/.test(c.image)).map((c) => `${c.where}: image ${c.image || '(none)'} has no tag`);
  return [...untagged, ...(images.length > 1 ? [`the platform's containers run ${images.length} different images: ${images.join(', ')}`] : [])];
}
