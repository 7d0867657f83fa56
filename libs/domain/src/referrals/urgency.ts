import { z } from 'zod';
import { referralUrgencyCodes } from './urgency-levels';

export * from './urgency-levels';

export const referralUrgencySchema = z.enum(referralUrgencyCodes, { error: 'Select how urgent this is' });
