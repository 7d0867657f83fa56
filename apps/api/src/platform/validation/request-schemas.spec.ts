import 'reflect-metadata';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { z } from 'zod';
import { storableText } from '@childfirst/domain/text';
import { familyControllers, partnerControllers, staffControllers } from '../../app.module';

interface ZodDtoClass {
  name: string;
  schema: z.ZodType;
}

const isZodDtoClass = (value: unknown): value is ZodDtoClass => typeof value === 'function' && 'isZodDto' in value && value.isZodDto === true && 'schema' in value;

/** Each route's body and query DTOs: what a person types into a form, or a partner system sends. */
function bodyAndQueryDtos(controllers: Function[]): { route: string; dto: ZodDtoClass }[] {
  const found: { route: string; dto: ZodDtoClass }[] = [];
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      if (method === 'constructor' || typeof prototype[method] !== 'function') continue;
      const parameterTypes = (Reflect.getMetadata('design:paramtypes', prototype, method) as unknown[] | undefined) ?? [];
      const routeArguments = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number }>;
      for (const [key, { index }] of Object.entries(routeArguments)) {
        const kind = Number(key.split(':')[0]);
        const dto = parameterTypes[index];
        if ((kind === RouteParamtypes.BODY || kind === RouteParamtypes.QUERY) && isZodDtoClass(dto)) found.push({ route: `${controller.name}.${method}`, dto });
      }
    }
  }
  return found;
}

describe('the request schemas the API shares with the forms', () => {
  const dtos = bodyAndQueryDtos([...staffControllers, ...familyControllers, ...partnerControllers]);

  it('are found for every form the API takes', () => {
    expect(dtos.length).toBeGreaterThan(30);
  });

  it('each carry the storable-text check, so a form says what the API says (the API also checks every request itself)', () => {
    const hasCheck = (schema: z.ZodType) => (schema._zod.def.checks ?? []).includes(storableText);
    const without = dtos.filter(({ dto }) => !hasCheck(dto.schema)).map(({ route, dto }) => `${route}: ${dto.name}`);
    expect(without).toEqual([]);
  });
});
