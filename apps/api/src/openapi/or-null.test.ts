import 'reflect-metadata';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiOkResponse, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc, createZodDto } from 'nestjs-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertNoTypeLists, orNull } from './or-null';

/** The raw document @nestjs/swagger makes of one controller answering `answer` and taking `body`. */
async function rawDocument(answer: z.ZodObject, body: z.ZodObject = z.object({})) {
  class AnswerDto extends createZodDto(answer) {}
  class BodyDto extends createZodDto(body) {}
  @Controller()
  class C {
    @Get('a')
    @ApiOkResponse({ type: AnswerDto })
    a() {}
    @Post('b')
    b(@Body() _b: BodyDto) {}
  }
  @Module({ controllers: [C] })
  class M {}
  const app = await NestFactory.create(M, { logger: false });
  try {
    return SwaggerModule.createDocument(app, new DocumentBuilder().build());
  } finally {
    await app.close();
  }
}

describe('nullable fields in the OpenAPI document (Schemathesis found them documented as arrays)', () => {
  it('a bare .nullable() property is refused, naming where it is', async () => {
    const raw = await rawDocument(z.object({ revokedAt: z.string().nullable() }));
    expect(() => assertNoTypeLists(raw)).toThrow(/revokedAt.*orNull\(\)/);
  });

  it('a bare .nullable() nested inside an object or a request body is refused too', async () => {
    const nested = await rawDocument(z.object({ key: z.object({ organisationId: z.string().nullable() }) }));
    expect(() => assertNoTypeLists(nested)).toThrow(/organisationId/);
    const inBody = await rawDocument(z.object({ ok: z.string() }), z.object({ at: z.number().nullable() }));
    expect(() => assertNoTypeLists(inBody)).toThrow(/at/);
  });

  it('orNull() documents a value or null as OpenAPI 3.0 nullable, top level and nested', async () => {
    const raw = await rawDocument(z.object({ revokedAt: orNull(z.string(), 'when revoked'), key: z.object({ n: orNull(z.number(), 'count') }) }));
    expect(() => assertNoTypeLists(raw)).not.toThrow();
    const schema = (cleanupOpenApiDoc(raw).components!.schemas as Record<string, any>).AnswerDto;
    expect(schema.properties.revokedAt).toMatchObject({ type: 'string', nullable: true, description: 'when revoked' });
    expect(schema.properties.key.properties.n).toMatchObject({ type: 'number', nullable: true });
  });
});
