import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, familyControllers, partnerControllers, staffControllers } from '../../app.module';
import { buildOpenApiDocuments, type OpenApiDocuments } from './openapi-documents';

/**
 * Builds the documents from the controllers without connecting to anything: preview mode creates
 * the module graph but instantiates no provider (no database, no Temporal).
 */
export async function generateOpenApiDocuments(): Promise<OpenApiDocuments> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), { preview: true, logger: false });
  try {
    return buildOpenApiDocuments(app, { staff: staffControllers, family: familyControllers, partner: partnerControllers });
  } finally {
    await app.close();
  }
}
