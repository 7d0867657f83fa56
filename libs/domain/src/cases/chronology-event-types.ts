import { z } from 'zod';
import type { Agency } from '../agencies';

/**
 * What goes in the one chronology around the child (PRODUCT.md promise 2). Each type has the
 * agency that usually records it (an entry can name another) and whether it is a significant event:
 * the significant-events chronology that conferences, courts and inspectors read (Working Together
 * to Safeguard Children 2023; Ofsted ILACS) shows only those, the full one shows everything.
 */
export const chronologyEventTypes = {
  'referral-received': { label: 'Referral received', defaultAgency: 'social-care', significance: 'significant' },
  'referral-decided': { label: 'Referral decided', defaultAgency: 'social-care', significance: 'significant' },
  'assessment-started': { label: 'Assessment started', defaultAgency: 'social-care', significance: 'routine' },
  'assessment-completed': { label: 'Assessment completed', defaultAgency: 'social-care', significance: 'significant' },
  'strategy-discussion': { label: 'Strategy discussion', defaultAgency: 'social-care', significance: 'significant' },
  'child-protection-conference': { label: 'Child protection conference', defaultAgency: 'social-care', significance: 'significant' },
  'plan-started': { label: 'Plan started', defaultAgency: 'social-care', significance: 'significant' },
  'plan-ended': { label: 'Plan ended', defaultAgency: 'social-care', significance: 'significant' },
  'became-looked-after': { label: 'Became looked after', defaultAgency: 'social-care', significance: 'significant' },
  'placement-started': { label: 'Placement started', defaultAgency: 'social-care', significance: 'significant' },
  'placement-ended': { label: 'Placement ended', defaultAgency: 'social-care', significance: 'significant' },
  'school-exclusion': { label: 'School exclusion', defaultAgency: 'education', significance: 'significant' },
  // Police take missing-person reports; the return home interview that follows is social care's.
  'missing-episode': { label: 'Missing episode', defaultAgency: 'police', significance: 'significant' },
  'police-notification': { label: 'Police notification', defaultAgency: 'police', significance: 'significant' },
  'health-visit': { label: 'Health visit', defaultAgency: 'health', significance: 'routine' },
  // A universal contact after every birth (Healthy Child Programme): a prevention signal, not itself a concern.
  'new-birth-visit': { label: 'New birth visit', defaultAgency: 'health', significance: 'routine' },
  'ehc-needs-assessment-requested': { label: 'EHC needs assessment requested', defaultAgency: 'education', significance: 'significant' },
  'ehc-plan-issued': { label: 'EHC plan issued', defaultAgency: 'education', significance: 'significant' },
  'key-worker-changed': { label: 'Key worker changed', defaultAgency: 'social-care', significance: 'significant' },
  'case-note': { label: 'Case note', defaultAgency: 'social-care', significance: 'routine' },
  other: { label: 'Other event', defaultAgency: 'social-care', significance: 'routine' },
} as const satisfies Record<string, { label: string; defaultAgency: Agency; significance: 'significant' | 'routine' }>;
export type ChronologyEventType = keyof typeof chronologyEventTypes;
export type ChronologySignificance = (typeof chronologyEventTypes)[ChronologyEventType]['significance'];
export const chronologyEventTypeCodes = Object.keys(chronologyEventTypes) as [ChronologyEventType, ...ChronologyEventType[]];

export const chronologyEventTypeSchema = z.enum(chronologyEventTypeCodes, { error: 'Select the kind of event' });
