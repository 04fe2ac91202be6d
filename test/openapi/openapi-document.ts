/**
 * Just enough of OpenAPI 3 to read the documents our apps serve, and to build a request body the
 * way Swagger UI's "Try it out" does.
 */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  readOnly?: boolean;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  nullable?: boolean;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, { summary?: string; value?: unknown; externalValue?: string }>;
}

export interface OperationObject {
  operationId?: string;
  security?: Record<string, string[]>[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject>; securitySchemes?: Record<string, unknown> };
  security?: Record<string, string[]>[];
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

export interface Operation {
  method: string;
  path: string;
  operation: OperationObject;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => (HTTP_METHODS as readonly string[]).includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );
}

/** Every `$ref` in the document, wherever it is. */
export function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refsIn(child, found);
    }
  }
  return found;
}

export function resolveRef(document: OpenApiDocument, ref: string): SchemaObject {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  const schema = match && document.components?.schemas?.[match[1]];
  if (!schema) throw new Error(`unresolvable $ref ${ref}`);
  return schema;
}

export interface NamedExample {
  name: string;
  value: unknown;
}

/**
 * What Swagger UI puts in the body editor: the media type's `example`, else each of its
 * `examples`, else a sample built from the schema. The sample uses each property's example, then
 * its default, then its first enum value; a required property with none of these is listed in
 * `missing` (Swagger UI would put a placeholder there that means nothing to a user). Optional
 * properties without one get Swagger UI's placeholders ("string", 0, true), as there.
 */
export function requestExamples(
  document: OpenApiDocument,
  media: MediaTypeObject,
): { examples: NamedExample[]; missing: string[] } {
  if (media.example !== undefined) return { examples: [{ name: 'example', value: media.example }], missing: [] };
  if (media.examples && Object.keys(media.examples).length > 0) {
    return {
      examples: Object.entries(media.examples).map(([name, example]) => ({ name, value: example.value })),
      missing: Object.entries(media.examples)
        .filter(([, example]) => example.value === undefined)
        .map(([name]) => `examples.${name} has no inline value`),
    };
  }
  const missing: string[] = [];
  const value = media.schema ? sampleFromSchema(document, media.schema, 'body', true, missing) : undefined;
  return { examples: [{ name: 'built from the schema', value }], missing };
}

function sampleFromSchema(
  document: OpenApiDocument,
  schema: SchemaObject,
  path: string,
  required: boolean,
  missing: string[],
  seen: string[] = [],
): unknown {
  if (schema.$ref) {
    if (seen.includes(schema.$ref)) return {};
    const target = resolveRef(document, schema.$ref);
    return sampleFromSchema(document, target, path, required, missing, [...seen, schema.$ref]);
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const composed = schema.allOf?.[0] ?? schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (composed) return sampleFromSchema(document, composed, path, required, missing, seen);
  if (schema.type === 'object' || schema.properties) {
    const sample: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (property.readOnly) continue;
      const isRequired = schema.required?.includes(name) ?? false;
      sample[name] = sampleFromSchema(document, property, `${path}.${name}`, isRequired, missing, seen);
    }
    return sample;
  }
  if (schema.type === 'array') {
    return schema.items ? [sampleFromSchema(document, schema.items, `${path}[0]`, required, missing, seen)] : [];
  }
  if (required) missing.push(`${path} (required) has no example`);
  switch (schema.type) {
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return true;
    default:
      return 'string';
  }
}
