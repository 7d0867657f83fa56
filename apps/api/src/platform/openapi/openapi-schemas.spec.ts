import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { familyControllers, partnerControllers, staffControllers } from '../../app.module';
import { generateOpenApiDocuments } from './generate-openapi';
import type { OpenApiDocuments } from './openapi-documents';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in the document, with its JSON pointer-ish path. */
function* nodes(node: unknown, path = ''): Generator<[string, Schema]> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* nodes(item, `${path}/${index}`);
  } else if (isSchema(node)) {
    yield [path, node];
    for (const [key, value] of Object.entries(node)) yield* nodes(value, `${path}/${key}`);
  }
}

/** The types a JSON Schema allows at its top, through `type` (string or array) and unions. */
function types(schema: unknown): Set<string> {
  if (!isSchema(schema)) return new Set();
  const found = new Set<string>();
  const type = schema['type'];
  for (const member of Array.isArray(type) ? type : [type]) if (typeof member === 'string' && member) found.add(member);
  if (schema['nullable'] === true) found.add('null');
  for (const key of ['anyOf', 'oneOf']) {
    const options = schema[key];
    if (Array.isArray(options)) for (const option of options) types(option).forEach((member) => found.add(member));
  }
  return found;
}

interface ZodDtoClass {
  name: string;
  schema: z.ZodType;
}

const isZodDtoClass = (value: unknown): value is ZodDtoClass => typeof value === 'function' && 'isZodDto' in value && value.isZodDto === true && 'schema' in value;

/** The zod DTO classes the controllers' routes take (bodies, queries, params) and answer with (ZodResponse). */
function routeDtos(controllers: Function[]): ZodDtoClass[] {
  const dtos = new Map<string, ZodDtoClass>();
  const add = (type: unknown) => {
    for (const candidate of Array.isArray(type) ? type : [type]) if (isZodDtoClass(candidate)) dtos.set(candidate.name, candidate);
  };
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      if (key === 'constructor' || typeof prototype[key] !== 'function') continue;
      ((Reflect.getMetadata('design:paramtypes', prototype, key) as unknown[] | undefined) ?? []).forEach(add);
      const responses = (Reflect.getMetadata('swagger/apiResponse', prototype[key] as object) ?? {}) as Record<string, { type?: unknown }>;
      Object.values(responses).forEach((response) => add(response.type));
    }
  }
  return [...dtos.values()];
}

describe('OpenAPI schemas', () => {
  let documents: OpenApiDocuments;
  const surfaces = [
    ['staff', staffControllers],
    ['family', familyControllers],
    ['partner', partnerControllers],
  ] as const;

  beforeAll(async () => {
    documents = await generateOpenApiDocuments();
  });

  const component = (document: OpenAPIObject, name: string) => document.components?.schemas?.[name] as Schema;
  const property = (document: OpenAPIObject, name: string, key: string) => (component(document, name)['properties'] as Record<string, Schema>)[key] ?? {};

  it('renders nullable strings as OpenAPI 3.0 nullable strings, not arrays', () => {
    const nullableString = { type: 'string', nullable: true };
    expect(property(documents.family, 'FamilyMeDto_Output', 'familyName')).toEqual(nullableString);
    expect(property(documents.family, 'FamilyMeDto_Output', 'personName')).toEqual(nullableString);
    expect(property(documents.family, 'FamilyViewDto_Output', 'aboutName')).toEqual(nullableString);
    const viewItem = (property(documents.family, 'FamilyViewListDto_Output', 'items')['items'] as Schema)['properties'] as Record<string, Schema>;
    expect(viewItem['aboutName']).toEqual(nullableString);
    expect(property(documents.staff, 'FrontDoorReferralDto_Output', 'familyName')).toEqual(nullableString);
    expect(property(documents.staff, 'PersonRecordDto_Output', 'middleNames')).toEqual(nullableString);
    expect(property(documents.staff, 'ChronologyEntryDto_Output', 'personName')).toEqual(nullableString);
  });

  it.each(['staff', 'family', 'partner'] as const)('%s.json gives every schema one type, in OpenAPI 3.0 form (no type arrays, no null type)', (surface) => {
    const document = documents[surface];
    expect(document.openapi).toMatch(/^3\.0\./);
    const offending = [...nodes(document)].filter(([, node]) => Array.isArray(node['type']) || node['type'] === 'null').map(([path]) => path);
    expect(offending).toEqual([]);
  });

  it.each(surfaces)('%s.json types each DTO property as its zod schema does (an array only if zod says so, nullable if zod allows null)', (surface, controllers) => {
    const document = documents[surface];
    const mismatches: string[] = [];
    let compared = 0;
    for (const dto of routeDtos([...controllers])) {
      const rendered = document.components?.schemas?.[dto.name];
      if (!isSchema(rendered) || !isSchema(rendered['properties'])) continue;
      const zodJson = z.toJSONSchema(dto.schema, { io: dto.name.endsWith('_Output') ? 'output' : 'input', unrepresentable: 'any' }) as Schema;
      const zodProperties = (zodJson['properties'] ?? {}) as Record<string, unknown>;
      for (const [key, renderedProperty] of Object.entries(rendered['properties'])) {
        const fromZod = types(zodProperties[key]);
        const inDocument = types(renderedProperty);
        compared++;
        if (inDocument.has('array') && !fromZod.has('array')) mismatches.push(`${dto.name}.${key}: array in the document, ${[...fromZod].join(' | ')} in zod`);
        if (fromZod.has('null') && !inDocument.has('null')) mismatches.push(`${dto.name}.${key}: nullable in zod, not in the document`);
      }
    }
    expect(mismatches).toEqual([]);
    // Not vacuous: the routes' DTOs were found and matched to the document's schemas.
    expect(compared).toBeGreaterThanOrEqual({ staff: 100, family: 50, partner: 1 }[surface]);
  });
});
