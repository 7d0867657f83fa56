import { createZodDto as createNestjsZodDto } from 'nestjs-zod';

/**
 * nestjs-zod's createZodDto, but the JSON Schema its DTOs give @nestjs/swagger spells unions of bare types as `anyOf`.
 *
 * Since zod 4.5, z.toJSONSchema writes `z.string().nullable()` as the type-array shorthand `{ type: ['string', 'null'] }`
 * where it used to write `{ anyOf: [{ type: 'string' }, { type: 'null' }] }`. nestjs-zod 5.5 hands the shorthand on as it is:
 * @nestjs/swagger reads an array-valued `type` on a DTO property as "an array of the first type", so a nullable string
 * became `{ type: 'array', items: { type: 'string' } }` (and `string[]` in generated clients), and cleanupOpenApiDoc's
 * OpenAPI 3.0 conversion, which knows only the `anyOf` form, left nested ones as a `type` array, which 3.0 does not allow.
 * Spelled as `anyOf` again, they come out of cleanupOpenApiDoc as `{ type: 'string', nullable: true }`, like every other
 * nullable in the documents. Upstream: BenLorantfy/nestjs-zod issues 473 and 474.
 *
 * Every DTO in the API is made with this one (lint forbids nestjs-zod's own); openapi-schemas.spec.ts checks the documents.
 */
export const createZodDto: typeof createNestjsZodDto = (schema, options) => {
  const dto = createNestjsZodDto(schema, options);
  spellTypeUnionsAsAnyOf(dto);
  // `Output` makes a new DTO class (the response shape of the schema) on every read.
  const output = Object.getOwnPropertyDescriptor(dto, 'Output')?.get;
  if (output) {
    Object.defineProperty(dto, 'Output', {
      configurable: true,
      get(this: typeof dto) {
        const outputDto: typeof dto.Output = output.call(this);
        spellTypeUnionsAsAnyOf(outputDto);
        return outputDto;
      },
    });
  }
  return dto;
};

// nestjs-zod's markers on the property schemas it returns (nestjs-zod/src/const.ts), read back by cleanupOpenApiDoc.
const USES_THREE_POINT_ONE_SYNTAX_KEY = 'x-nestjs_zod-uses-3-point-1-syntax';
const DEFS_KEY = 'x-nestjs_zod-$defs';

type JsonSchema = Record<string, unknown>;

const SUBSCHEMA_KEYS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties']);
const SUBSCHEMA_LIST_KEYS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems', 'items']);
const SUBSCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions', DEFS_KEY]);

function spellTypeUnionsAsAnyOf(dto: { _OPENAPI_METADATA_FACTORY(): unknown }): void {
  const factory = dto._OPENAPI_METADATA_FACTORY;
  Object.defineProperty(dto, '_OPENAPI_METADATA_FACTORY', {
    configurable: true,
    writable: true,
    value(this: unknown) {
      return spellPropertiesTypeUnions(factory.call(this));
    },
  });
}

/** The DTO's property schemas (what `_OPENAPI_METADATA_FACTORY` returns), without a `type` array anywhere in them. */
function spellPropertiesTypeUnions(metadata: unknown): unknown {
  if (!isSchema(metadata)) return metadata;
  const found = { nullType: false };
  const properties = mapValues(metadata, (property) => {
    if (!isSchema(property)) return property;
    const spelled = spellTypeUnions(property, found) as JsonSchema;
    // nestjs-zod gives swagger `type: ''` for a property that has no single type, and cleanupOpenApiDoc deletes it.
    return 'type' in spelled ? spelled : { ...spelled, type: '' };
  });
  // `{ type: 'null' }` is OpenAPI 3.1 syntax: tell cleanupOpenApiDoc to convert this DTO's schema to 3.0 (`nullable: true`).
  return found.nullType ? mapValues(properties, (property) => (isSchema(property) ? { ...property, [USES_THREE_POINT_ONE_SYNTAX_KEY]: true } : property)) : properties;
}

/** `{ type: ['string', 'null'], ...rest }` becomes `{ ...rest, anyOf: [{ type: 'string' }, { type: 'null' }] }`, at every depth. */
function spellTypeUnions(node: unknown, found: { nullType: boolean }): unknown {
  if (!isSchema(node)) return node;
  const spelled: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (SUBSCHEMA_MAP_KEYS.has(key) && isSchema(value)) spelled[key] = mapValues(value, (subschema) => spellTypeUnions(subschema, found));
    else if (SUBSCHEMA_LIST_KEYS.has(key) && Array.isArray(value)) spelled[key] = value.map((subschema) => spellTypeUnions(subschema, found));
    else if (SUBSCHEMA_KEYS.has(key)) spelled[key] = spellTypeUnions(value, found);
    else spelled[key] = value;
  }
  const types = spelled['type'];
  if (!Array.isArray(types)) return spelled;
  delete spelled['type'];
  if (types.includes('null')) found.nullType = true;
  if (types.length === 1) return { ...spelled, type: types[0] };
  const union = types.map((type) => ({ type }));
  // zod writes the shorthand only in place of an `anyOf`, so there is none to keep; if there were, both would have to hold.
  if (Array.isArray(spelled['anyOf'])) return { ...spelled, allOf: [...(Array.isArray(spelled['allOf']) ? spelled['allOf'] : []), { anyOf: union }] };
  return { ...spelled, anyOf: union };
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapValues(record: JsonSchema, map: (value: unknown) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}
