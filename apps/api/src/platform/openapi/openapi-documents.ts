import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

export interface OpenApiDocuments {
  staff: OpenAPIObject;
  family: OpenAPIObject;
  partner: OpenAPIObject;
}

/** One document per surface, so the family client can never call a staff route by mistake. */
export function buildOpenApiDocuments(app: INestApplication, surfaces: { staff: Function[]; family: Function[]; partner: Function[] }): OpenApiDocuments {
  const make = (title: string, description: string, controllers: Function[]) => {
    const config = new DocumentBuilder().setTitle(title).setDescription(description).setVersion('0.1.0').addBearerAuth().build();
    const document = SwaggerModule.createDocument(app, config, {
      operationIdFactory: (_controller, method) => method,
    });
    // createDocument has no per-controller filter; keep only this surface's paths.
    const prefixes = controllers.map((controller) => `/${String(Reflect.getMetadata('path', controller)).split('/')[0]}`);
    document.paths = Object.fromEntries(Object.entries(document.paths).filter(([path]) => prefixes.some((prefix) => path.startsWith(prefix))));
    return pruneUnreferencedSchemas(cleanupOpenApiDoc(document));
  };
  return {
    staff: make('Childfirst staff API', 'Case work for practitioners, triage and managers. Every route needs a staff access token from Keycloak.', surfaces.staff),
    family: make(
      'Childfirst family portal API',
      'The family-facing surface: scoped to the signed-in family; staff-only fields never appear here. /public routes need no sign-in.',
      surfaces.family,
    ),
    partner: make(
      'Childfirst partner notifications API',
      'For partner agency systems (police, health, schools): send notifications about children to the front door with a client-credentials token holding the partner-system role. Nothing is read back.',
      surfaces.partner,
    ),
  };
}

/** Keeps only the component schemas this document's paths reach (directly or through other schemas). */
function pruneUnreferencedSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const reachable = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!reachable.has(name)) {
          reachable.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  return { ...document, components: { ...document.components, schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => reachable.has(name))) } };
}
