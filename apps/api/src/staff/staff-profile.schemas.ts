import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { capabilities, roles } from '@childfirst/domain/access';

export const staffProfileSchema = z.object({
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  capabilities: z.array(z.enum(capabilities)),
});
export class StaffProfileDto extends createZodDto(staffProfileSchema) {}
