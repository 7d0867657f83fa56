// The council's work with families: children's statuses in roughly national proportions, and for
// every family with any status one family case with ONE key worker, a team around the family from
// other agencies, a few chronology entries and notes, consent, some warnings and restricted records.
//
// Proportions (England, DfE statistics 2023/24, rounded): children in need 3.3% of children (in
// the CIN census sense: 2.2% on a child in need plan, 0.4% on a child protection plan, 0.7% looked
// after), early help 2%; of pupils, 4.8% with an EHC plan and 13% on SEN support.
import type { Agency, PractitionerRole } from '@childfirst/domain/agencies';
import {
  chronologyEventTypes,
  type CaseStatusType,
  type ChildProtectionCategory,
  type ChronologyEventType,
  type LegalBasis,
  type LookedAfterLegalStatus,
  type NoteType,
  type Sensitivity,
  type WarningType,
} from '@childfirst/domain/cases';
import type { AgencyDirectory, Cluster, Organisation, Practitioner, School } from './agencies';
import { isoDate, isoTimestamp, type Day } from './calendar';
import { Random, Weighted } from './random';
import type { RowBatch } from './tables';

export const STATUS_RATES = {
  /** Of children: the family's social care tier, which most of its children share. */
  lookedAfter: 0.007,
  childProtectionPlan: 0.004,
  childInNeed: 0.022,
  earlyHelp: 0.02,
  /** Of pupils. */
  ehcPlan: 0.048,
  senSupport: 0.13,
} as const;

/** Share of a tier family's children who have the tier's status (at least one always has). */
const SIBLINGS_SHARING = 0.85;
/**
 * With 1.9 children a family and at least one child always chosen, a tier family's children have
 * its status at about 0.886 of the family rate; dividing by it makes the child rate come out right.
 */
const tierProbability = (childRate: number) => childRate / 0.886;

const CP_CATEGORIES = new Weighted<ChildProtectionCategory>([['neglect', 50], ['emotional-abuse', 38], ['physical-abuse', 7], ['sexual-abuse', 3], ['multiple', 2]]);
const LEGAL_STATUSES = new Weighted<LookedAfterLegalStatus>([['C2', 48], ['C1', 18], ['V2', 15], ['E1', 10], ['V4', 3], ['J2', 1], ['L1', 1], ['L2', 1], ['J1', 1], ['V3', 1], ['D1', 0.5], ['J3', 0.5], ['L3', 0.3]]);
const WARNING_TYPES = new Weighted<WarningType>([['violence-or-threats', 50], ['aggressive-dog', 20], ['lone-working-risk', 20], ['infection-risk', 3], ['other', 7]]);

export interface ChildFacts {
  id: string;
  givenName: string;
  /** Null for an unborn child. */
  dateOfBirth: Day | null;
  age: number;
  school: School | null;
  impaired: boolean;
}

export interface AdultFacts {
  id: string;
  displayName: string;
  parent: boolean;
}

export interface FamilyFacts {
  familyId: string;
  familyName: string;
  district: string;
  cluster: Cluster;
  children: ChildFacts[];
  /** Adults living in the household. */
  adults: AdultFacts[];
  /** Restricted children need named practitioners (filled in here). */
  restrictChild: (childId: string) => void;
}

interface Status {
  child: ChildFacts;
  type: CaseStatusType;
  category: ChildProtectionCategory | null;
  legalStatus: LookedAfterLegalStatus | null;
  startedOn: Day;
  endedOn: Day | null;
}

export interface CaseSummary {
  caseId: string;
  keyWorker: Practitioner;
  status: 'open' | 'closed';
  statuses: { childId: string; type: CaseStatusType }[];
}

const TIER_ORDER: readonly CaseStatusType[] = ['looked-after', 'child-protection-plan', 'child-in-need', 'disabled-childrens-service', 'early-help', 'ehc-plan', 'sen-support'];

export class CaseworkGenerator {
  private sourceRefs = 0;
  private readonly tiers: Weighted<CaseStatusType | 'none'>;

  constructor(
    private readonly random: Random,
    private readonly directory: AgencyDirectory,
    private readonly asAt: Day,
    private readonly sourceRefPrefix: string,
  ) {
    const lac = tierProbability(STATUS_RATES.lookedAfter);
    const cp = tierProbability(STATUS_RATES.childProtectionPlan);
    const cin = tierProbability(STATUS_RATES.childInNeed);
    const eh = tierProbability(STATUS_RATES.earlyHelp);
    this.tiers = new Weighted<CaseStatusType | 'none'>([
      ['looked-after', lac], ['child-protection-plan', cp], ['child-in-need', cin], ['early-help', eh], ['none', 1 - lac - cp - cin - eh],
    ]);
  }

  /** Adds the family's statuses and, if it has any, its case; returns the case or null. */
  generate(family: FamilyFacts, batch: RowBatch): CaseSummary | null {
    const statuses = this.drawStatuses(family);
    if (statuses.length === 0) return null;
    return this.writeCase(family, statuses, batch);
  }

  private daysAgo(min: number, max: number): Day {
    return this.asAt - this.random.int(min, max);
  }

  private drawStatuses(family: FamilyFacts): Status[] {
    const random = this.random;
    const statuses: Status[] = [];
    const born = family.children.filter((c) => c.dateOfBirth !== null);
    const add = (child: ChildFacts, type: CaseStatusType, startedOn: Day, endedOn: Day | null = null, extra: Partial<Status> = {}) => {
      statuses.push({ child, type, category: null, legalStatus: null, startedOn: Math.max(startedOn, child.dateOfBirth ?? startedOn), endedOn, ...extra });
    };

    const tier = this.tiers.pick(random);
    if (tier !== 'none' && born.length > 0) {
      const chosen = born.filter(() => random.chance(SIBLINGS_SHARING));
      if (chosen.length === 0) chosen.push(random.pick(born));
      const category = CP_CATEGORIES.pick(random);
      for (const child of chosen) {
        const maxDays = Math.max(1, this.asAt - (child.dateOfBirth as Day));
        switch (tier) {
          case 'looked-after':
            add(child, tier, this.asAt - random.int(0, Math.min(maxDays, 6 * 365)), null, { legalStatus: LEGAL_STATUSES.pick(random) });
            break;
          case 'child-protection-plan': {
            const started = this.asAt - random.int(0, Math.min(maxDays, 540));
            if (random.chance(0.5)) add(child, 'child-in-need', started - random.int(60, 270), started);
            add(child, tier, started, null, { category });
            break;
          }
          case 'child-in-need':
            add(child, tier, this.asAt - random.int(0, Math.min(maxDays, 730)));
            break;
          default:
            add(child, tier, this.asAt - random.int(0, Math.min(maxDays, 365)));
        }
      }
    } else if (born.length > 0 && random.chance(0.05)) {
      // Families the council worked with before: an ended early help episode or child in need plan.
      const child = random.pick(born);
      const ended = this.daysAgo(30, 1095);
      const type: CaseStatusType = random.chance(0.6) ? 'early-help' : 'child-in-need';
      const started = ended - random.int(90, 365);
      if ((child.dateOfBirth as Day) < ended) add(child, type, started, ended);
    }

    for (const child of born) {
      if (child.school) {
        const ehc = random.chance(child.impaired ? 0.35 : 0.028);
        if (ehc) {
          const sinceAge3 = Math.max(1, this.asAt - ((child.dateOfBirth as Day) + 3 * 365));
          add(child, 'ehc-plan', this.asAt - random.int(0, Math.min(sinceAge3, 8 * 365)));
        } else if (random.chance(child.impaired ? 0.4 : 0.12)) {
          const sinceAge4 = Math.max(1, this.asAt - ((child.dateOfBirth as Day) + 4 * 365));
          add(child, 'sen-support', this.asAt - random.int(0, Math.min(sinceAge4, 6 * 365)));
        }
      }
      if (child.impaired && random.chance(0.08) && !statuses.some((s) => s.child === child && s.type === 'looked-after')) {
        add(child, 'disabled-childrens-service', this.asAt - random.int(0, Math.min(Math.max(1, this.asAt - (child.dateOfBirth as Day)), 5 * 365)));
      }
    }
    return statuses;
  }

  /** The one key worker, from the agency best placed for the family's most serious current status. */
  private chooseKeyWorker(family: FamilyFacts, lead: Status): Practitioner {
    const random = this.random;
    const { cluster, district } = family;
    const d = this.directory;
    const pick = (team: Organisation | undefined, roles: readonly PractitionerRole[]) => (team ? d.pickFrom(team.id, roles, random) : undefined);
    let chosen: Practitioner | undefined;
    switch (lead.type) {
      case 'looked-after':
        chosen = random.chance(0.7) ? pick(d.countyTeams.childrenLookedAfter, ['social-worker']) : pick(cluster.safeguardingTeam, ['social-worker']);
        break;
      case 'child-protection-plan':
      case 'child-in-need':
        chosen = pick(cluster.safeguardingTeam, ['social-worker']);
        break;
      case 'disabled-childrens-service':
        chosen = pick(d.countyTeams.disabledChildren, ['social-worker']);
        break;
      case 'early-help': {
        const r = random.next();
        if (r < 0.75) chosen = pick(cluster.earlyHelpTeam, ['key-worker']);
        else if (r < 0.85) chosen = pick(d.districtTeam(district, 'voluntary'), ['voluntary-sector-worker']);
        else if (r < 0.95 && lead.child.school) chosen = pick(lead.child.school, ['senco']);
        else chosen = pick(d.districtTeam(district, 'housing'), ['key-worker']);
        break;
      }
      case 'ehc-plan':
        chosen = pick(d.districtTeam(district, 'education'), ['ehc-coordinator']);
        break;
      case 'sen-support':
        chosen = lead.child.school ? pick(lead.child.school, ['senco']) : undefined;
        break;
    }
    return chosen ?? (pick(cluster.earlyHelpTeam, ['key-worker']) as Practitioner);
  }

  /** Candidates for the team around the family, one per agency, most relevant first. */
  private teamCandidates(family: FamilyFacts, statuses: Status[]): { agency: Agency; weight: number; practitioner: Practitioner | undefined; caseRole: string }[] {
    const random = this.random;
    const d = this.directory;
    const { cluster, district } = family;
    const has = (type: CaseStatusType) => statuses.some((s) => s.type === type && s.endedOn === null);
    const safeguarding = has('looked-after') || has('child-protection-plan') || has('child-in-need');
    const schoolChild = family.children.find((c) => c.school);
    const underFive = family.children.some((c) => c.age < 5);
    const pick = (team: Organisation | undefined, roles: readonly PractitionerRole[]) => (team ? d.pickFrom(team.id, roles, random) : undefined);
    const candidates: { agency: Agency; weight: number; practitioner: Practitioner | undefined; caseRole: string }[] = [];
    if (has('looked-after')) candidates.push({ agency: 'education', weight: 5, practitioner: pick(d.countyTeams.virtualSchool, ['education-officer']), caseRole: 'virtual school officer' });
    else if (has('ehc-plan')) candidates.push({ agency: 'education', weight: 5, practitioner: pick(d.districtTeam(district, 'education'), ['ehc-coordinator']), caseRole: 'EHC co-ordinator' });
    else if (schoolChild?.school) candidates.push({ agency: 'education', weight: 4, practitioner: pick(schoolChild.school, ['senco']), caseRole: 'school SENCO' });
    else candidates.push({ agency: 'education', weight: 2, practitioner: pick(d.districtTeam(district, 'education'), ['education-officer']), caseRole: 'education officer' });
    candidates.push(
      underFive
        ? { agency: 'health', weight: 5, practitioner: pick(d.districtTeam(district, 'health-visiting'), ['health-visitor']), caseRole: 'health visitor' }
        : { agency: 'health', weight: 3, practitioner: pick(d.districtTeam(district, 'school-nursing'), ['school-nurse']), caseRole: 'school nurse' },
    );
    candidates.push(
      safeguarding
        ? { agency: 'social-care', weight: 5, practitioner: pick(cluster.safeguardingTeam, ['social-worker']), caseRole: 'social worker' }
        : { agency: 'social-care', weight: 3, practitioner: pick(cluster.earlyHelpTeam, ['key-worker']), caseRole: 'early help worker' },
    );
    candidates.push({ agency: 'police', weight: safeguarding ? 3 : 0.5, practitioner: pick(d.districtTeam(district, 'police'), ['police-officer']), caseRole: 'police officer' });
    candidates.push({ agency: 'voluntary', weight: 1.5, practitioner: pick(d.districtTeam(district, 'voluntary'), ['voluntary-sector-worker']), caseRole: 'family support worker (voluntary sector)' });
    candidates.push({ agency: 'housing', weight: 0.8, practitioner: pick(d.districtTeam(district, 'housing'), ['key-worker']), caseRole: 'housing support officer' });
    return candidates.filter((c) => c.practitioner !== undefined);
  }

  private writeCase(family: FamilyFacts, statuses: Status[], batch: RowBatch): CaseSummary {
    const random = this.random;
    const current = statuses.filter((s) => s.endedOn === null);
    const ordered = [...(current.length > 0 ? current : statuses)].sort(
      (a, b) => TIER_ORDER.indexOf(a.type) - TIER_ORDER.indexOf(b.type) || b.startedOn - a.startedOn,
    );
    const lead = ordered[0] as Status;
    const open = current.length > 0;
    const openedOn = Math.min(...statuses.map((s) => s.startedOn));
    const closedOn = open ? null : Math.max(...statuses.map((s) => s.endedOn as Day));
    const caseEnd = closedOn ?? this.asAt;
    const keyWorker = this.chooseKeyWorker(family, lead);
    const caseId = random.uuid();
    const stamp = isoTimestamp(openedOn, 9 * 60);
    batch.familyCase.push({
      id: caseId, family_id: family.familyId, key_worker_id: keyWorker.id, allocated_team_id: keyWorker.teamId, status: open ? 'open' : 'closed',
      opened_on: isoDate(openedOn), closed_on: closedOn === null ? null : isoDate(closedOn), version: 1, created_at: stamp, updated_at: isoTimestamp(caseEnd, 17 * 60),
    });
    for (const status of statuses) {
      batch.caseStatus.push({
        id: random.uuid(), case_id: caseId, person_id: status.child.id, status_type: status.type, category: status.category, legal_status: status.legalStatus,
        started_on: isoDate(status.startedOn), ended_on: status.endedOn === null ? null : isoDate(status.endedOn),
      });
    }

    // The team around the family: the key worker and 2–4 members from other agencies, one each.
    const members: { practitioner: Practitioner; caseRole: string }[] = [{ practitioner: keyWorker, caseRole: 'key worker' }];
    const pool = this.teamCandidates(family, statuses).filter((c) => c.agency !== keyWorker.agency && c.practitioner?.id !== keyWorker.id);
    const size = Math.min(pool.length, random.int(2, 4));
    for (let i = 0; i < size; i++) {
      const total = pool.reduce((sum, c) => sum + c.weight, 0);
      let target = random.next() * total;
      const index = Math.max(0, pool.findIndex((c) => (target -= c.weight) < 0));
      const [chosen] = pool.splice(index, 1);
      if (chosen?.practitioner) members.push({ practitioner: chosen.practitioner, caseRole: chosen.caseRole });
    }
    for (const member of members) {
      batch.teamMember.push({
        id: random.uuid(), case_id: caseId, practitioner_id: member.practitioner.id, case_role: member.caseRole,
        joined_on: isoDate(Math.min(caseEnd, openedOn + random.int(0, 30))), left_on: open ? null : isoDate(caseEnd),
      });
    }

    this.writeConsent(family, caseId, openedOn, caseEnd, open, keyWorker, members, statuses, batch);
    this.writeChronology(family, caseId, statuses, keyWorker, members, open, caseEnd, batch);
    this.writeNotes(family, caseId, openedOn, caseEnd, keyWorker, members, open, batch);
    if (open) this.writeWarnings(family, current, caseEnd, keyWorker, batch);
    if (current.some((s) => s.type === 'looked-after') && random.chance(0.05)) {
      const child = current.find((s) => s.type === 'looked-after')?.child as ChildFacts;
      family.restrictChild(child.id);
      const manager = this.directory.teamManagerOf(keyWorker.teamId) ?? keyWorker;
      for (const practitioner of new Set([keyWorker, manager])) {
        batch.restrictedPersonAccess.push({ person_id: child.id, practitioner_id: practitioner.id, granted_by_practitioner_id: manager.id, created_at: stamp });
      }
    }
    return { caseId, keyWorker, status: open ? 'open' : 'closed', statuses: statuses.map((s) => ({ childId: s.child.id, type: s.type })) };
  }

  private writeConsent(
    family: FamilyFacts, caseId: string, openedOn: Day, caseEnd: Day, open: boolean, keyWorker: Practitioner,
    members: { practitioner: Practitioner }[], statuses: Status[], batch: RowBatch,
  ): void {
    const random = this.random;
    const parent = family.adults.find((a) => a.parent) ?? family.adults[0];
    const agencies = [...new Set(members.map((m) => m.practitioner.agency))];
    const safeguarding = statuses.some((s) => s.endedOn === null && (s.type === 'child-protection-plan' || s.type === 'looked-after'));
    const givenOn = Math.min(caseEnd, openedOn + random.int(0, 14));
    for (const agency of agencies) {
      // Under a child protection plan or in care, information is shared on a legal basis when a
      // family will not consent; the basis is recorded for the agencies concerned.
      if (safeguarding && agency !== keyWorker.agency && random.chance(0.2)) {
        const basis: LegalBasis = agency === 'police' ? 'dpa-2018-sch-8-para-4' : 'children-act-1989-s47';
        batch.consentOverride.push({
          id: random.uuid(), case_id: caseId, agency, legal_basis: basis, reason: 'Parents declined consent; sharing is necessary to protect the children from significant harm.',
          recorded_by_practitioner_id: keyWorker.id, recorded_at: isoTimestamp(givenOn, 11 * 60), ended_at: null, created_at: isoTimestamp(givenOn, 11 * 60),
        });
        continue;
      }
      const withdrawn = open && random.chance(0.04) ? Math.min(this.asAt, givenOn + random.int(20, 300)) : null;
      batch.consent.push({
        id: random.uuid(), family_id: family.familyId, person_id: parent?.id ?? null, agency, purpose: 'share-information',
        given_at: isoTimestamp(givenOn, 10 * 60 + random.int(0, 420)), recorded_by: keyWorker.displayName,
        withdrawn_at: withdrawn === null ? null : isoTimestamp(withdrawn, 14 * 60), withdrawn_by: withdrawn === null ? null : (parent?.displayName ?? family.familyName),
        created_at: isoTimestamp(givenOn, 18 * 60),
      });
    }
  }

  private chronologyEvents(family: FamilyFacts, statuses: Status[]): { type: ChronologyEventType; day: Day; child: ChildFacts; summary: string; agency?: Agency; sensitivity?: Sensitivity }[] {
    const random = this.random;
    const events: { type: ChronologyEventType; day: Day; child: ChildFacts; summary: string; agency?: Agency; sensitivity?: Sensitivity }[] = [];
    const referrer = () => random.pick(['the school', 'the health visitor', 'the police', 'a GP', 'a neighbour', 'the child’s mother'] as const);
    for (const s of statuses) {
      const name = s.child.givenName;
      switch (s.type) {
        case 'looked-after':
          events.push({ type: 'became-looked-after', day: s.startedOn, child: s.child, summary: `${name} became looked after (legal status ${s.legalStatus}).` });
          events.push({ type: 'placement-started', day: s.startedOn, child: s.child, summary: `${name} placed with ${random.pick(['local authority foster carers', 'connected carers (family and friends)', 'an independent fostering agency carer', 'a children’s home'])}.`, sensitivity: 'confidential-address' });
          break;
        case 'child-protection-plan':
          events.push({ type: 'strategy-discussion', day: s.startedOn - random.int(16, 30), child: s.child, summary: `Strategy discussion with police and health: section 47 enquiry started for ${name}.` });
          events.push({ type: 'child-protection-conference', day: s.startedOn, child: s.child, summary: `Initial child protection conference: ${name} made subject to a child protection plan under the category of ${s.category?.replace('-', ' ')}.` });
          events.push({ type: 'plan-started', day: s.startedOn, child: s.child, summary: `Child protection plan started for ${name}.` });
          break;
        case 'child-in-need':
          events.push({ type: 'referral-received', day: s.startedOn - random.int(20, 60), child: s.child, summary: `Referral received from ${referrer()} about ${name}.` });
          events.push({ type: 'assessment-completed', day: s.startedOn - random.int(0, 10), child: s.child, summary: `Child and family assessment completed: ${name} assessed as a child in need.` });
          events.push({ type: s.endedOn === null ? 'plan-started' : 'plan-ended', day: s.endedOn ?? s.startedOn, child: s.child, summary: s.endedOn === null ? `Child in need plan started for ${name}.` : `Child in need plan ended for ${name}.` });
          break;
        case 'early-help':
          events.push({ type: 'referral-received', day: s.startedOn - random.int(5, 30), child: s.child, summary: `Request for early help from ${referrer()} about ${name}.` });
          events.push({ type: 'assessment-started', day: s.startedOn, child: s.child, summary: `Early help assessment started with the family.` });
          break;
        case 'ehc-plan': {
          const issued = s.startedOn;
          events.push({ type: 'ehc-needs-assessment-requested', day: issued - random.int(100, 140), child: s.child, summary: `EHC needs assessment requested for ${name} by ${random.pick(['the school', 'the parents', 'the health visitor'])}.` });
          events.push({ type: 'ehc-plan-issued', day: issued, child: s.child, summary: `Final EHC plan issued for ${name}.` });
          break;
        }
        case 'sen-support':
          events.push({ type: 'other', day: s.startedOn, child: s.child, agency: 'education', summary: `${name} placed on SEN support by the school.` });
          break;
        case 'disabled-childrens-service':
          events.push({ type: 'assessment-completed', day: s.startedOn, child: s.child, summary: `Disabled children’s service assessment completed for ${name}; short breaks agreed.` });
          break;
      }
    }
    const child = random.pick(statuses).child;
    if (random.chance(0.3)) events.push({ type: 'police-notification', day: this.asAt - random.int(5, 400), child, summary: `Police attended a report of ${random.pick(['a domestic incident at the home', 'a disturbance in the street', 'antisocial behaviour'])}; ${child.givenName} was present.`, sensitivity: random.chance(0.4) ? 'police-intelligence' : 'standard' });
    if (child.age >= 11 && random.chance(0.15)) events.push({ type: 'school-exclusion', day: this.asAt - random.int(5, 400), child, summary: `${child.givenName} suspended from school for ${random.int(1, 5)} days.` });
    if (child.age >= 12 && random.chance(0.08)) events.push({ type: 'missing-episode', day: this.asAt - random.int(5, 400), child, summary: `${child.givenName} reported missing overnight; found safe the next day. Return home interview offered.` });
    if (child.age < 2 && child.dateOfBirth !== null) events.push({ type: 'new-birth-visit', day: child.dateOfBirth + random.int(10, 14), child, summary: `New birth visit by the health visitor.` });
    else if (child.age < 5 && random.chance(0.4)) events.push({ type: 'health-visit', day: this.asAt - random.int(5, 300), child, summary: `Health visitor review: ${child.givenName}'s development ${random.pick(['on track', 'reviewed, speech delay noted', 'reviewed, weight monitored'])}.` });
    return events;
  }

  private writeChronology(
    family: FamilyFacts, caseId: string, statuses: Status[], keyWorker: Practitioner, members: { practitioner: Practitioner }[],
    open: boolean, caseEnd: Day, batch: RowBatch,
  ): void {
    const random = this.random;
    const events = this.chronologyEvents(family, statuses)
      .filter((e) => e.day <= caseEnd && (e.child.dateOfBirth === null || e.day >= e.child.dateOfBirth))
      .sort((a, b) => a.day - b.day);
    const keep = open ? random.int(2, 6) : random.int(1, 2);
    // Keep the most recent ones: what a chronology opened today shows first.
    for (const event of events.slice(-keep)) {
      const agency = event.agency ?? (chronologyEventTypes[event.type].defaultAgency as Agency);
      const recorder = members.find((m) => m.practitioner.agency === agency)?.practitioner ?? keyWorker;
      const automatic = random.chance(0.3);
      const at = isoTimestamp(event.day, 8 * 60 + random.int(0, 600));
      batch.chronologyEntry.push({
        id: random.uuid(), case_id: caseId, person_id: event.child.id, occurred_at: at, agency, event_type: event.type, summary: event.summary,
        significance: chronologyEventTypes[event.type].significance, source: automatic ? 'automatic' : 'curated',
        source_ref: automatic ? `${this.sourceRefPrefix}:${++this.sourceRefs}` : null, sensitivity: event.sensitivity ?? 'standard',
        recorded_by_practitioner_id: recorder.id, created_at: at,
      });
    }
  }

  private writeNotes(
    family: FamilyFacts, caseId: string, openedOn: Day, caseEnd: Day, keyWorker: Practitioner, members: { practitioner: Practitioner; caseRole: string }[],
    open: boolean, batch: RowBatch,
  ): void {
    const random = this.random;
    const count = open ? random.int(1, 4) : random.int(0, 1);
    const children = family.children.filter((c) => c.dateOfBirth !== null);
    const parent = family.adults.find((a) => a.parent)?.displayName ?? `the ${family.familyName} family`;
    for (let i = 0; i < count; i++) {
      const author = random.chance(0.6) ? keyWorker : random.pick(members).practitioner;
      const child = children.length > 0 ? random.pick(children) : undefined;
      const name = child?.givenName ?? 'the baby';
      const type: NoteType = random.pick(['home-visit', 'home-visit', 'phone-call', 'meeting', 'contact', 'case-note'] as const);
      const bodies: Record<NoteType, string[]> = {
        'home-visit': [
          `Visited the family home. ${parent} was present and engaged well. ${name} was seen and spoken to alone; appeared well cared for. Agreed next steps with ${parent}.`,
          `Unannounced home visit. The home was ${random.pick(['tidy and warm', 'cluttered but safe', 'cold; heating discussed'])}. ${name} showed me their room. Will review at the next core group.`,
        ],
        'phone-call': [
          `Phone call with ${parent} to check how the week went. ${name} has been ${random.pick(['attending school every day', 'sleeping better', 'unsettled after contact'])}.`,
          `Called the school about ${name}'s attendance; it is ${random.int(82, 99)}% this term.`,
        ],
        meeting: [
          `Team around the family meeting. Present: ${members.map((m) => m.caseRole).join(', ')}. Plan reviewed; actions agreed for each agency.`,
          `Core group meeting. Progress against the plan discussed with ${parent}; ${random.pick(['good progress', 'some progress', 'limited progress'])} noted.`,
        ],
        contact: [`${parent} called in to the office asking for help with ${random.pick(['housing', 'a school place', 'a benefits appeal', 'childcare'])}; signposted and followed up.`],
        'case-note': [`Case summary updated after the review. ${name}'s needs and the support offered are recorded in the plan.`],
      };
      const at = isoTimestamp(Math.min(caseEnd, openedOn + random.int(0, Math.max(0, caseEnd - openedOn))), 9 * 60 + random.int(0, 480));
      batch.caseNote.push({
        id: random.uuid(), case_id: caseId, person_ids: child ? [child.id] : [], author_practitioner_id: author.id, agency: author.agency, note_type: type,
        occurred_at: at, body: random.pick(bodies[type]), sensitivity: author.agency === 'police' ? 'police-intelligence' : random.chance(0.08) ? 'third-party' : 'standard',
        version: 1, created_at: at, updated_at: at,
      });
    }
  }

  private writeWarnings(family: FamilyFacts, current: Status[], caseEnd: Day, keyWorker: Practitioner, batch: RowBatch): void {
    const random = this.random;
    const serious = current.some((s) => s.type === 'looked-after' || s.type === 'child-protection-plan' || s.type === 'child-in-need');
    if (family.adults.length === 0 || !random.chance(serious ? 0.1 : 0.01)) return;
    const adult = random.pick(family.adults);
    const type = WARNING_TYPES.pick(random);
    const descriptions: Record<WarningType, string> = {
      'violence-or-threats': `${adult.displayName} threatened a social worker during a visit; visit in pairs.`,
      'aggressive-dog': 'Large dog at the property that has bitten before; ask for it to be secured before entering.',
      'lone-working-risk': 'Previous incidents when staff visited alone; always visit with a colleague and tell the office.',
      'infection-risk': 'Infection control precautions needed on visits; see the health plan.',
      other: 'Risk of verbal abuse when discussing contact arrangements; plan visits carefully.',
    };
    const told = random.pick(['yes', 'yes', 'no', 'not-yet'] as const);
    const recordedOn = caseEnd - random.int(0, 200);
    const manager = this.directory.teamManagerOf(keyWorker.teamId);
    const signed = manager && random.chance(0.85);
    batch.warningNote.push({
      id: random.uuid(), person_id: adult.id, warning_type: type, description: descriptions[type], review_on: isoDate(this.asAt + random.int(30, 365)),
      person_told: told, person_not_told_reason: told === 'yes' ? null : told === 'no' ? 'Telling them is likely to increase the risk to staff.' : 'To be discussed at the next visit with a manager present.',
      recorded_by_practitioner_id: keyWorker.id, signed_off_by_practitioner_id: signed ? manager.id : null,
      signed_off_at: signed ? isoTimestamp(Math.min(this.asAt, recordedOn + random.int(0, 5)), 15 * 60) : null, ended_on: null, version: 1, created_at: isoTimestamp(recordedOn, 12 * 60),
    });
  }
}
