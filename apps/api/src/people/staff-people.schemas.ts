import { z } from 'zod';
import { personMergeRequestSchema, personRecordSchema, personSearchHitSchema, personSearchQuerySchema, recordViewersSchema } from '@childfirst/domain/casework';
import { personCreateSchema, personUpdateSchema } from '@childfirst/domain/people';
import { storableText } from '@childfirst/domain/text';
import { createZodDto } from '../platform/openapi/zod-dto';

export class PersonSearchQueryDto extends createZodDto(personSearchQuerySchema) {}
export class PersonSearchResultsDto extends createZodDto(z.object({ items: z.array(personSearchHitSchema) })) {}
export class PersonRecordDto extends createZodDto(personRecordSchema) {}
export class RecordViewersDto extends createZodDto(recordViewersSchema) {}
export class PersonIdParamsDto extends createZodDto(z.object({ id: z.uuid({ error: 'The person id must be a UUID' }) })) {}

/** A new person, and whether the practitioner has looked at the possible duplicates offered. */
export class PersonRegistrationDto extends createZodDto(
  z.object({ person: personCreateSchema, duplicatesReviewed: z.boolean().default(false) }).strict().check(storableText),
) {}
export class PersonCreatedDto extends createZodDto(z.object({ id: z.uuid() })) {}
export class PersonUpdateDto extends createZodDto(personUpdateSchema) {}
export class PersonMergeDto extends createZodDto(personMergeRequestSchema) {}
