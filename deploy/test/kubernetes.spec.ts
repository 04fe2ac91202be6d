// Renders every overlay in k8s/overlays offline (`kubectl kustomize`, no cluster), validates each
// object against the Kubernetes schemas (kubernetes-models) and checks the rules the manifests
// promise: probes, resources and hardening on every pod, a PDB and an HPA per service, a
// migration Job per database, network isolation, no secret values, one KafkaTopic per contract
// topic, and a Deployment for every app in apps/.
import { ALL_TOPICS } from '@frontdoor/contracts';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Namespace, ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { parseAllDocuments } from 'yaml';
import { REPOSITORY_ROOT, appDirectoryExists, repositoryApps } from './support/repository-apps';

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

const OVERLAYS_DIR = join(REPOSITORY_ROOT, 'k8s', 'overlays');
const OVERLAYS = readdirSync(OVERLAYS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const NAMESPACE = 'frontdoor';
const APPS = repositoryApps();
const DATABASE_APPS = APPS.filter((app) => app.ownsDatabase);

/** Every kind the overlays may contain, with the schema it must satisfy. */
const SCHEMAS: Record<string, new (object: any) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

function kubectl(args: string[]): string {
  try {
    return execFileSync('kubectl', args, { cwd: REPOSITORY_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        'kubectl is not installed: these tests render k8s/overlays with `kubectl kustomize` (offline, no cluster). ' +
          'Install kubectl 1.27 or newer (kustomize v5 built in), e.g. `apt-get install kubectl` from the Kubernetes ' +
          "apt repository; Debian's own kubernetes-client (1.20) is too old.",
      );
    }
    throw new Error(`kubectl ${args.join(' ')} failed:\n${failure.stderr ?? failure.message}`);
  }
}

function render(overlay: string): K8sObject[] {
  const documents = parseAllDocuments(kubectl(['kustomize', join('k8s', 'overlays', overlay)]));
  return documents.map((document) => {
    if (document.errors.length > 0) throw new Error(`${overlay}: unparsable YAML: ${document.errors[0].message}`);
    return document.toJS() as K8sObject;
  });
}

function selects(selector: LabelSelector, labels: Record<string, string> = {}): boolean {
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        throw new Error(`unknown selector operator ${operator}`);
    }
  });
  return byLabel && byExpression;
}

/** Strimzi's KafkaTopic has no schema in kubernetes-models: its shape, checked by hand. */
function kafkaTopicProblems(topic: K8sObject): string[] {
  const problems: string[] = [];
  const { metadata, spec } = topic;
  if (!/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(metadata.name)) problems.push('name is not a DNS subdomain');
  if (!metadata.labels?.['strimzi.io/cluster']) problems.push('no strimzi.io/cluster label');
  if (typeof spec?.topicName !== 'string' || spec.topicName.length === 0) problems.push('no spec.topicName');
  for (const field of ['partitions', 'replicas']) {
    if (!Number.isInteger(spec?.[field]) || spec[field] < 1) problems.push(`spec.${field} is not a positive integer`);
  }
  const allowed = new Set(['topicName', 'partitions', 'replicas', 'config']);
  for (const key of Object.keys(spec ?? {})) if (!allowed.has(key)) problems.push(`unknown field spec.${key}`);
  for (const [key, value] of Object.entries(spec?.config ?? {})) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) problems.push(`config ${key} is not a scalar`);
  }
  return problems;
}

function validationProblems(object: K8sObject): string | undefined {
  const where = `${object.kind}/${object.metadata?.name}`;
  if (object.apiVersion === 'kafka.strimzi.io/v1beta2' && object.kind === 'KafkaTopic') {
    const problems = kafkaTopicProblems(object);
    return problems.length ? `${where}: ${problems.join('; ')}` : undefined;
  }
  const Model = SCHEMAS[`${object.apiVersion}/${object.kind}`];
  if (!Model) return `${where}: no schema for ${object.apiVersion} ${object.kind} (add it to SCHEMAS)`;
  try {
    new Model(object).validate();
    return undefined;
  } catch (error) {
    return `${where}: ${(error as Error).message}`;
  }
}

it('finds the overlays to check', () => {
  expect(OVERLAYS).toEqual(expect.arrayContaining(['production', 'staging']));
});

describe.each(OVERLAYS)('k8s/overlays/%s', (overlay) => {
  let objects: K8sObject[];
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => ofKind(kind).find((object) => object.metadata.name === name);

  beforeAll(() => {
    objects = render(overlay);
  });

  it('renders objects that all satisfy their schemas', () => {
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.map(validationProblems).filter(Boolean)).toEqual([]);
  });

  it(`puts everything in the ${NAMESPACE} namespace, which enforces the restricted pod security standard`, () => {
    const namespace = named('Namespace', NAMESPACE);
    expect(namespace?.metadata.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
    const elsewhere = objects.filter(
      (object) => object.kind !== 'Namespace' && object.metadata.namespace !== NAMESPACE,
    );
    expect(elsewhere.map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([]);
  });

  it('has a Deployment and a Service for every app in apps/, and none for an app that does not exist', () => {
    const deployments = ofKind('Deployment').map((deployment) => deployment.metadata.name);
    expect(deployments).toEqual(expect.arrayContaining(APPS.map((app) => app.name)));
    expect(deployments.filter((name) => !appDirectoryExists(name))).toEqual([]);
    for (const app of APPS) {
      const deployment = named('Deployment', app.name)!;
      const service = named('Service', app.name);
      expect(service).toBeDefined();
      expect(selects({ matchLabels: service!.spec.selector }, deployment.spec.template.metadata.labels)).toBe(true);
      if (app.defaultPort !== undefined) {
        const container = deployment.spec.template.spec.containers[0];
        expect(container.ports).toContainEqual({ name: 'http', containerPort: app.defaultPort });
      }
    }
  });

  it('gives every Deployment startup and readiness probes on /health/ready, liveness on /health/live, requests and limits, and no privilege', () => {
    const problems: string[] = [];
    for (const deployment of ofKind('Deployment')) {
      const pod = deployment.spec.template.spec;
      const where = `Deployment/${deployment.metadata.name}`;
      if (pod.automountServiceAccountToken !== false) problems.push(`${where}: mounts a service-account token`);
      if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${where}: runAsNonRoot is not true`);
      if (pod.securityContext?.runAsUser === 0) problems.push(`${where}: runs as root`);
      for (const container of pod.containers) {
        const at = `${where} container ${container.name}`;
        // Liveness asks only whether the process answers: a dependency's outage must not restart pods.
        const probePaths = {
          startupProbe: '/health/ready',
          readinessProbe: '/health/ready',
          livenessProbe: '/health/live',
        };
        for (const [probe, path] of Object.entries(probePaths)) {
          if (container[probe]?.httpGet?.path !== path) problems.push(`${at}: no ${probe} on ${path}`);
        }
        for (const bound of ['requests', 'limits']) {
          for (const resource of ['cpu', 'memory']) {
            if (!container.resources?.[bound]?.[resource]) problems.push(`${at}: no ${bound}.${resource}`);
          }
        }
        const security = container.securityContext ?? {};
        if (security.readOnlyRootFilesystem !== true) problems.push(`${at}: root filesystem is writable`);
        if (security.allowPrivilegeEscalation !== false) problems.push(`${at}: may escalate privileges`);
        if (!security.capabilities?.drop?.includes('ALL')) problems.push(`${at}: keeps capabilities`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every app a PodDisruptionBudget and a HorizontalPodAutoscaler', () => {
    for (const deployment of ofKind('Deployment')) {
      const podLabels = deployment.spec.template.metadata.labels;
      const budgets = ofKind('PodDisruptionBudget').filter((pdb) => selects(pdb.spec.selector, podLabels));
      expect({ app: deployment.metadata.name, budgets: budgets.length }).toEqual({
        app: deployment.metadata.name,
        budgets: 1,
      });
      const autoscalers = ofKind('HorizontalPodAutoscaler').filter(
        (hpa) =>
          hpa.spec.scaleTargetRef.kind === 'Deployment' && hpa.spec.scaleTargetRef.name === deployment.metadata.name,
      );
      expect(autoscalers).toHaveLength(1);
      expect(autoscalers[0].spec.minReplicas).toBeLessThanOrEqual(autoscalers[0].spec.maxReplicas);
      // The autoscaler owns the replica count: a fixed one would fight it on every apply.
      expect(deployment.spec.replicas).toBeUndefined();
    }
  });

  it('has a hardened migration Job, with the service image, for every service that owns a database, and no other Job', () => {
    const jobs = ofKind('Job');
    expect(jobs.map((job) => job.metadata.name).sort()).toEqual(
      DATABASE_APPS.map((app) => `${app.name}-migrate`).sort(),
    );
    for (const app of DATABASE_APPS) {
      const job = named('Job', `${app.name}-migrate`)!;
      const pod = job.spec.template.spec;
      const [container] = pod.containers;
      expect(container.image).toBe(named('Deployment', app.name)!.spec.template.spec.containers[0].image);
      expect(container.command).toEqual(['node', 'deploy/runtime/migrate.js']);
      expect(container.envFrom).toContainEqual({ secretRef: { name: `${app.name}-secrets` } });
      expect(pod.restartPolicy).toBe('Never');
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      expect(container.resources.requests).toBeDefined();
      expect(container.resources.limits).toBeDefined();
      expect(job.spec.backoffLimit).toBeGreaterThanOrEqual(0);
    }
  });

  it('never migrates on boot: the Jobs do it', () => {
    for (const deployment of ofKind('Deployment')) {
      const container = deployment.spec.template.spec.containers[0];
      const fromConfigMaps = (container.envFrom ?? [])
        .filter((source: any) => source.configMapRef)
        .map((source: any) => named('ConfigMap', source.configMapRef.name)?.data ?? {});
      const inline = Object.fromEntries((container.env ?? []).map((variable: any) => [variable.name, variable.value]));
      const environment = Object.assign({}, ...fromConfigMaps, inline);
      expect({ app: deployment.metadata.name, MIGRATE_ON_BOOT: environment.MIGRATE_ON_BOOT }).toEqual({
        app: deployment.metadata.name,
        MIGRATE_ON_BOOT: 'false',
      });
    }
  });

  it('references each service’s secrets by name and carries no secret value', () => {
    for (const secret of ofKind('Secret')) {
      expect({ secret: secret.metadata.name, data: secret.data, stringData: secret.stringData }).toEqual({
        secret: secret.metadata.name,
        data: undefined,
        stringData: undefined,
      });
    }
    for (const deployment of ofKind('Deployment')) {
      const container = deployment.spec.template.spec.containers[0];
      expect(container.envFrom).toContainEqual({ secretRef: { name: `${deployment.metadata.name}-secrets` } });
    }
    const sensitive = /PASSWORD|SECRET|TOKEN|DATABASE_URL|PRIVATE_KEY/;
    const inlined = [
      ...ofKind('ConfigMap').flatMap((map) => Object.keys(map.data ?? {}).map((key) => `${map.metadata.name}: ${key}`)),
      ...[...ofKind('Deployment'), ...ofKind('Job')].flatMap((workload) =>
        workload.spec.template.spec.containers.flatMap((container: any) =>
          (container.env ?? [])
            .filter((variable: any) => variable.value !== undefined)
            .map((variable: any) => `${workload.metadata.name}: ${variable.name}`),
        ),
      ),
    ].filter((entry) => sensitive.test(entry.split(': ')[1]));
    expect(inlined).toEqual([]);
  });

  describe('network policies', () => {
    const policiesFor = (labels: Record<string, string>, type: 'Ingress' | 'Egress') =>
      ofKind('NetworkPolicy').filter(
        (policy) => policy.spec.policyTypes.includes(type) && selects(policy.spec.podSelector, labels),
      );

    it('deny all ingress and egress by default and allow DNS', () => {
      const defaultDeny = ofKind('NetworkPolicy').find(
        (policy) =>
          Object.keys(policy.spec.podSelector).length === 0 &&
          policy.spec.policyTypes.includes('Ingress') &&
          policy.spec.policyTypes.includes('Egress') &&
          !policy.spec.ingress &&
          !policy.spec.egress,
      );
      expect(defaultDeny).toBeDefined();
      const dns = ofKind('NetworkPolicy').find(
        (policy) =>
          Object.keys(policy.spec.podSelector).length === 0 &&
          (policy.spec.egress ?? []).some((rule: any) => rule.ports?.some((port: any) => port.port === 53)),
      );
      expect(dns).toBeDefined();
    });

    it('let a service be called only by the portal and the ingress controller', () => {
      for (const app of APPS.filter((candidate) => candidate.name !== 'portal')) {
        const labels = named('Deployment', app.name)!.spec.template.metadata.labels;
        const peers = policiesFor(labels, 'Ingress').flatMap((policy) =>
          (policy.spec.ingress ?? []).flatMap((rule: any) => rule.from ?? [{ anyone: true }]),
        );
        expect(peers.length).toBeGreaterThan(0);
        for (const peer of peers) {
          const fromPortal =
            peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'portal' && !peer.namespaceSelector;
          const fromIngress =
            !peer.podSelector && peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] !== undefined;
          expect({ app: app.name, peer, allowed: fromPortal || fromIngress }).toEqual({
            app: app.name,
            peer,
            allowed: true,
          });
        }
      }
    });

    it('let only a service’s own pods reach its database, each at its own address', () => {
      const addresses = new Set<string>();
      for (const app of DATABASE_APPS) {
        const policy = named('NetworkPolicy', `${app.name}-database`);
        expect(policy).toBeDefined();
        const rules = policy!.spec.egress;
        expect(rules).toHaveLength(1);
        expect(rules[0].ports).toEqual([{ protocol: 'TCP', port: 5432 }]);
        const cidr = rules[0].to[0].ipBlock.cidr;
        expect(addresses.has(cidr)).toBe(false);
        addresses.add(cidr);
        // The Deployment's and the migration Job's pods, and no other service's.
        const workloads = [...ofKind('Deployment'), ...ofKind('Job')];
        const selected = workloads.filter((workload) =>
          selects(policy!.spec.podSelector, workload.spec.template.metadata.labels),
        );
        expect(selected.map((workload) => `${workload.kind}/${workload.metadata.name}`).sort()).toEqual(
          [`Deployment/${app.name}`, `Job/${app.name}-migrate`].sort(),
        );
      }
      // No other policy opens the Postgres port.
      const postgresPolicies = ofKind('NetworkPolicy').filter((policy) =>
        (policy.spec.egress ?? []).some((rule: any) => rule.ports?.some((port: any) => port.port === 5432)),
      );
      expect(postgresPolicies.map((policy) => policy.metadata.name).sort()).toEqual(
        DATABASE_APPS.map((app) => `${app.name}-database`).sort(),
      );
    });

    it('let every service reach Kafka and Redis', () => {
      for (const app of DATABASE_APPS) {
        const labels = named('Deployment', app.name)!.spec.template.metadata.labels;
        const ports = policiesFor(labels, 'Egress').flatMap((policy) =>
          (policy.spec.egress ?? []).flatMap((rule: any) => (rule.ports ?? []).map((port: any) => port.port)),
        );
        expect({ app: app.name, ports }).toEqual({ app: app.name, ports: expect.arrayContaining([9092, 6379, 53]) });
      }
    });
  });

  it('declares exactly one KafkaTopic for each contract topic in ALL_TOPICS', () => {
    const topics = ofKind('KafkaTopic').map((topic) => topic.spec.topicName);
    expect([...topics].sort()).toEqual(ALL_TOPICS.map((topic) => topic.name).sort());
  });

  if (overlay === 'production') {
    it('production: three partitions and three replicas per topic, two writes in sync, at least two pods per service', () => {
      for (const topic of ofKind('KafkaTopic')) {
        expect({ topic: topic.metadata.name, ...topic.spec }).toMatchObject({
          partitions: 3,
          replicas: 3,
          config: { 'min.insync.replicas': 2 },
        });
      }
      for (const hpa of ofKind('HorizontalPodAutoscaler')) expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    });
  }
});
