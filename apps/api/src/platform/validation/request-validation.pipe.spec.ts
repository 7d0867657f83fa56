import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post, Query, Req } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { storableText, unstorableFileNameMessage, unstorableTextMessage } from '@childfirst/domain/text';
import { readUploadedFile } from '../../family-portal/file-upload';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { createZodDto } from '../openapi/zod-dto';
import { RequestValidationPipe } from './request-validation.pipe';

class NoteDto extends createZodDto(z.object({ title: z.string().min(1, { error: 'Enter a title' }), tags: z.array(z.string()).default([]) }).strict().check(storableText)) {}
/** A DTO that strips what it does not know, and has no storable-text check of its own. */
class LooseDto extends createZodDto(z.object({ title: z.string() })) {}
class SearchDto extends createZodDto(z.object({ q: z.union([z.string(), z.array(z.string())]).optional() })) {}
class IdDto extends createZodDto(z.object({ id: z.uuid({ error: 'The id must be a UUID' }) })) {}

/** What reached a handler: nothing may, when the request is refused. */
const received: unknown[] = [];
const receive = <T>(value: T): T => {
  received.push(value);
  return value;
};

@Controller('t')
class ProbeController {
  @Post('notes')
  note(@Body() body: NoteDto) {
    return receive(body);
  }

  @Post('loose')
  loose(@Body() body: LooseDto) {
    return receive(body);
  }

  @Post('untyped')
  untyped(@Body() body: Record<string, unknown>) {
    return receive(body);
  }

  @Get('search')
  search(@Query() query: SearchDto) {
    return receive(query);
  }

  @Get('items/:id')
  item(@Param() params: IdDto) {
    return receive(params);
  }

  @Get('names/:name')
  name(@Param('name') name: string) {
    return receive({ name });
  }

  @Post('files')
  async file(@Req() request: FastifyRequest) {
    const { fileName, content } = await readUploadedFile(request);
    received.push(fileName);
    return { fileName, size: content.length };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('RequestValidationPipe (through Nest on Fastify, as the API runs)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(ProbeModule, new FastifyAdapter(), { logger: false });
    await app.register(multipart, { limits: { files: 1, fields: 0 } });
    app.useGlobalPipes(new RequestValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(() => app.close());
  beforeEach(() => {
    received.length = 0;
  });

  const send = (method: 'GET' | 'POST', url: string, payload?: string | Buffer, contentType = 'application/json') =>
    app.inject({ method, url, payload, headers: payload === undefined ? {} : { 'content-type': contentType } });

  async function expectRefused(response: Awaited<ReturnType<typeof send>>, errors: { path: string; message: string }[], type = 'urn:childfirst:problem:validation') {
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type, status: 400, errors });
    expect(received).toEqual([]);
  }

  it('refuses a NUL and a lone surrogate sent as JSON escapes, at their paths, before the handler', async () => {
    const response = await send('POST', '/t/notes', '{"title":"Visit\\u0000","tags":["ok","\\ud800"]}');
    // The detail says it once, however many fields have it.
    expect(response.json().detail).toBe(unstorableTextMessage);
    await expectRefused(response, [
      { path: 'title', message: unstorableTextMessage },
      { path: 'tags.1', message: unstorableTextMessage },
    ]);
  });

  it('refuses the other control characters but keeps tabs, line breaks and emoji', async () => {
    await expectRefused(await send('POST', '/t/notes', '{"title":"\\u001b[2J"}'), [{ path: 'title', message: unstorableTextMessage }]);
    const fine = await send('POST', '/t/notes', JSON.stringify({ title: 'Line one\r\n\tLine two 😀' }));
    expect(fine.statusCode).toBe(201);
    expect(fine.json()).toEqual({ title: 'Line one\r\n\tLine two 😀', tags: [] });
  });

  it('gives the schema’s own problems too, each place once', async () => {
    const response = await send('POST', '/t/notes', '{"title":"","tags":["\\u0000"],"extra\\u0000":1}');
    await expectRefused(response, [
      { path: 'title', message: 'Enter a title' },
      { path: '', message: expect.stringMatching(/^Remove the field/) },
      { path: 'tags.0', message: unstorableTextMessage },
      { path: 'extra\u0000', message: unstorableTextMessage },
    ]);
    expect(response.json().errors).toHaveLength(4);
  });

  it('refuses it where the DTO would have dropped the field, and where there is no DTO at all', async () => {
    await expectRefused(await send('POST', '/t/loose', '{"title":"ok","notes":{"deep":["\\u0000"]}}'), [{ path: 'notes.deep.0', message: unstorableTextMessage }]);
    await expectRefused(await send('POST', '/t/untyped', '{"a":[{"b":"\\udfff"}]}'), [{ path: 'a.0.b', message: unstorableTextMessage }]);
  });

  it('refuses it in query strings and path parameters', async () => {
    await expectRefused(await send('GET', '/t/search?q=Adams%00'), [{ path: 'q', message: unstorableTextMessage }]);
    await expectRefused(await send('GET', '/t/search?q=ok&q=%01'), [{ path: 'q.1', message: unstorableTextMessage }]);
    await expectRefused(await send('GET', '/t/items/%00'), [
      { path: 'id', message: 'The id must be a UUID' },
      { path: 'id', message: unstorableTextMessage },
    ]);
    await expectRefused(await send('GET', '/t/names/a%00b'), [{ path: 'name', message: unstorableTextMessage }]);
    // A query string that is not valid percent-encoded UTF-8 is kept as sent, which is storable.
    expect((await send('GET', '/t/search?q=%ED%A0%80')).json()).toEqual({ q: '%ED%A0%80' });
  });

  it('stores invalid UTF-8 bytes as the replacement character (they never become unstorable text)', async () => {
    const body = Buffer.concat([Buffer.from('{"title":"a'), Buffer.from([0xff, 0xed, 0xa0, 0x80]), Buffer.from('b"}')]);
    const response = await send('POST', '/t/notes', body);
    expect(response.statusCode).toBe(201);
    expect(response.json().title).toMatch(/^a\ufffd+b$/);
  });

  it('refuses an uploaded file whose name cannot be stored, and takes one whose name can', async () => {
    const upload = (disposition: string) =>
      send(
        'POST',
        '/t/files',
        Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n`, 'latin1'),
        'multipart/form-data; boundary=b',
      );
    await expectRefused(await upload('filename="report\u0000.pdf"'), [{ path: 'file', message: unstorableFileNameMessage }], 'urn:childfirst:problem:record-invalid');
    await expectRefused(await upload(`filename*=UTF-8''report%00.pdf`), [{ path: 'file', message: unstorableFileNameMessage }], 'urn:childfirst:problem:record-invalid');
    const fine = await upload(`filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
    expect(fine.statusCode).toBe(201);
    expect(fine.json()).toEqual({ fileName: 'résumé.pdf', size: 8 });
  });
});
