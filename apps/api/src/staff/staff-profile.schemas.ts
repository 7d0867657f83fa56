import { z } from 'zod';
import { capabilities, roles } from '@childfirst/domain/access';
import { createZodDto } from '../platform/openapi/zod-dto';

export const staffProfileSchema = z.object({
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  capabilities: z.array(z.enum(capabilities)),
  /** The practitioner record linked to this sign-in, if any (caseload, notes and access depend on it). */
  practitionerId: z.uuid().nullable(),
});
export class StaffProfileDto extends createZodDto(staffProfileSchema) {}
