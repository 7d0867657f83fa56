import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import { SwaggerModule } from '@nestjs/swagger';
import { MAX_FILE_BYTES } from '@childfirst/domain/portal';
import { Logger } from 'nestjs-pino';
import { loadServerConfig } from '@childfirst/server';
import { AppModule, familyControllers, partnerControllers, staffControllers } from './app.module';
import { clientErrorHandler } from './platform/errors/client-error';
import { buildOpenApiDocuments } from './platform/openapi/openapi-documents';

async function bootstrap(): Promise<void> {
  process.env.CHILDFIRST_PROCESS = 'api';
  const config = loadServerConfig();
  const adapter = new FastifyAdapter({
    // Correlate logs across services: honour an incoming X-Request-Id, else make one.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.:-]{8,128}$/.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Family uploads: one file per request, checked for type by content in the portal service.
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 0 } });
  app.enableShutdownHooks();
  app.enableCors({
    origin: [config.STAFF_WEB_URL, config.FAMILY_PORTAL_URL],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id'],
  });
  app.getHttpAdapter().getInstance().addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const documents = buildOpenApiDocuments(app, { staff: staffControllers, family: familyControllers, partner: partnerControllers });
  SwaggerModule.setup('docs', app, documents.staff, { jsonDocumentUrl: 'openapi/staff.json' });
  SwaggerModule.setup('docs/family', app, documents.family, { jsonDocumentUrl: 'openapi/family.json' });
  SwaggerModule.setup('docs/partner', app, documents.partner, { jsonDocumentUrl: 'openapi/partner.json' });

  await app.listen({ port: config.API_PORT, host: '0.0.0.0' });
}

bootstrap().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
