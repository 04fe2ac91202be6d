// docker-compose.yml checked offline: against the compose specification's JSON schema (vendored in
// deploy/compose/compose-spec.json, see deploy/compose/README.md), and against the repository:
// every app in apps/ is a service built from the Dockerfile, and the portal can reach them all.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPOSITORY_ROOT, appDirectoryExists, repositoryApps } from './support/repository-apps';

interface ComposeService {
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  image?: string;
  environment?: Record<string, string | number>;
  ports?: string[];
  read_only?: boolean;
}

const composeSpec = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'deploy', 'compose', 'compose-spec.json'), 'utf8'));
const draft7 = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-07.json'), 'utf8'));

function composeValidator() {
  // The spec's union types are deliberate; strict mode would refuse them.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
  // The schema names draft-07 by its https address; Ajv knows it by the http one.
  ajv.addMetaSchema({ ...draft7, $id: composeSpec.$schema });
  return ajv.compile(composeSpec);
}

const readCompose = () => parse(readFileSync(join(REPOSITORY_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  const validate = composeValidator();
  const compose = readCompose();
  const services: Record<string, ComposeService> = compose.services;
  const apps = repositoryApps();

  it('is valid against the compose specification', () => {
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('would be refused with a misspelt key (the schema is strict)', () => {
    const broken = readCompose();
    broken.services.intake.restrat = 'always';
    expect(validate(broken)).toBe(false);
  });

  it('runs Kafka, Postgres and Redis', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['kafka', 'postgres', 'redis']));
  });

  it('has a service for every app in apps/, built from the Dockerfile for that app, on its own port', () => {
    for (const app of apps) {
      const service = services[app.name];
      expect({ app: app.name, defined: service !== undefined }).toEqual({ app: app.name, defined: true });
      expect(service.build).toMatchObject({ context: '.', dockerfile: 'Dockerfile', args: { APP: app.name } });
      expect(service.read_only).toBe(true);
      if (app.defaultPort !== undefined) {
        expect(service.environment?.PORT).toBe(app.defaultPort);
        expect(service.ports).toContain(`127.0.0.1:${app.defaultPort}:${app.defaultPort}`);
      }
    }
  });

  it('builds only apps that exist', () => {
    const built = Object.values(services)
      .map((service) => service.build?.args?.APP)
      .filter((app): app is string => app !== undefined);
    expect(built.filter((app) => !appDirectoryExists(app))).toEqual([]);
  });

  it('gives every service with a database its own database and role', () => {
    const initSql = readFileSync(join(REPOSITORY_ROOT, 'deploy', 'compose', 'init-databases.sql'), 'utf8');
    for (const app of apps.filter((candidate) => candidate.ownsDatabase)) {
      expect(services[app.name].environment?.DATABASE_URL).toContain(`//${app.name}:`);
      expect(services[app.name].environment?.DATABASE_URL).toContain(`/frontdoor_${app.name}`);
      expect(initSql).toContain(`CREATE DATABASE frontdoor_${app.name} OWNER ${app.name};`);
    }
  });

  it('runs the portal on 3000 with Redis and the address of every other service, and no database', () => {
    const portal = services.portal;
    expect(portal.environment?.PORT).toBe(3000);
    expect(portal.environment?.REDIS_URL).toBeDefined();
    expect(portal.environment?.DATABASE_URL).toBeUndefined();
    for (const app of apps.filter((candidate) => candidate.name !== 'portal')) {
      const port = services[app.name].environment?.PORT;
      expect(portal.environment?.[`${app.name.toUpperCase()}_URL`]).toBe(`http://${app.name}:${port}`);
    }
  });
});
