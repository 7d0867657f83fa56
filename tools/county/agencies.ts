// The county's agencies: school clusters and schools, the virtual school, GP practices and
// hospitals, health-visiting teams, social care teams by cluster, police units, voluntary
// organisations and housing teams by district, and the practitioners who staff them (about one
// for every 80 children across all agencies).
import type { Agency, OrganisationKind, PractitionerRole } from '@childfirst/domain/agencies';
import { drawHeritage } from './demography';
import { COUNTY_TEAMS } from './fixed-ids';
import { cohortOf, type PersonNamer } from './names';
import { DISTRICTS, Geography, POSTCODE_DISTRICTS, type PostcodeDistrict } from './places';
import { Random, Weighted } from './random';
import type { Row } from './tables';

/**
 * The council's own education teams (SEND and EHC co-ordination, inclusion and attendance) have
 * no organisation kind in the domain's list yet; this one is written until they do.
 */
export const COUNCIL_EDUCATION_TEAM_KIND = 'education-team';

export type SchoolPhase = 'primary' | 'secondary' | 'special';

export interface Organisation {
  id: string;
  agency: Agency;
  kind: OrganisationKind | typeof COUNCIL_EDUCATION_TEAM_KIND;
  name: string;
  code: string | null;
  clusterId: string | null;
  postcode: string | null;
  district: string;
}

export interface School extends Organisation {
  phase: SchoolPhase;
  /** DfE establishment number (the four digits after the LA code in a UPN). */
  establishmentNumber: string;
  town: string;
}

export interface Practitioner {
  id: string;
  displayName: string;
  agency: Agency;
  teamId: string;
  jobRole: PractitionerRole;
}

export interface Cluster {
  id: string;
  name: string;
  district: string;
  schools: School[];
  /** Social care: the family safeguarding team (social workers) and the early help team (key workers). */
  safeguardingTeam: Organisation;
  earlyHelpTeam: Organisation;
}

/** Who works where, for choosing key workers and teams around families. */
export class AgencyDirectory {
  readonly organisations: Organisation[] = [];
  readonly practitioners: Practitioner[] = [];
  readonly clusters: Cluster[] = [];
  readonly schools: School[] = [];
  readonly gpPractices: Organisation[] = [];
  private readonly byTeam = new Map<string, Practitioner[]>();
  /** Teams of one kind in each district: health visiting, police, housing, voluntary, education. */
  readonly districtTeams = new Map<string, Map<string, Organisation>>();
  readonly countyTeams: Record<'frontDoor' | 'childrenLookedAfter' | 'disabledChildren' | 'virtualSchool', Organisation>;
  private readonly schoolsByTownAndPhase = new Map<string, School[]>();
  private readonly schoolsByDistrictAndPhase = new Map<string, School[]>();
  private readonly gpsByTown = new Map<string, Organisation[]>();
  private readonly clusterBySchool = new Map<string, Cluster>();
  private readonly clustersByDistrict = new Map<string, Cluster[]>();

  constructor(countyTeams: AgencyDirectory['countyTeams']) {
    this.countyTeams = countyTeams;
  }

  addOrganisation(organisation: Organisation): void {
    this.organisations.push(organisation);
  }

  addSchool(school: School): void {
    this.schools.push(school);
    for (const [map, key] of [[this.schoolsByTownAndPhase, `${school.town}:${school.phase}`], [this.schoolsByDistrictAndPhase, `${school.district}:${school.phase}`]] as const) {
      const list = map.get(key) ?? [];
      list.push(school);
      map.set(key, list);
    }
  }

  addGp(practice: Organisation, town: string): void {
    this.gpPractices.push(practice);
    const list = this.gpsByTown.get(town) ?? [];
    list.push(practice);
    this.gpsByTown.set(town, list);
  }

  addCluster(cluster: Cluster): void {
    this.clusters.push(cluster);
    for (const school of cluster.schools) this.clusterBySchool.set(school.id, cluster);
    const list = this.clustersByDistrict.get(cluster.district) ?? [];
    list.push(cluster);
    this.clustersByDistrict.set(cluster.district, list);
  }

  addDistrictTeam(district: string, role: string, organisation: Organisation): void {
    const teams = this.districtTeams.get(district) ?? new Map<string, Organisation>();
    teams.set(role, organisation);
    this.districtTeams.set(district, teams);
  }

  addPractitioner(practitioner: Practitioner): void {
    this.practitioners.push(practitioner);
    const list = this.byTeam.get(practitioner.teamId) ?? [];
    list.push(practitioner);
    this.byTeam.set(practitioner.teamId, list);
  }

  staffOf(teamId: string): readonly Practitioner[] {
    return this.byTeam.get(teamId) ?? [];
  }

  /** A practitioner of the team with one of the roles (any of the team if none has them). */
  pickFrom(teamId: string, roles: readonly PractitionerRole[], random: Random): Practitioner | undefined {
    const staff = this.staffOf(teamId);
    const matching = staff.filter((p) => roles.includes(p.jobRole));
    return matching.length > 0 ? random.pick(matching) : staff.length > 0 ? random.pick(staff) : undefined;
  }

  teamManagerOf(teamId: string): Practitioner | undefined {
    return this.staffOf(teamId).find((p) => p.jobRole === 'team-manager');
  }

  districtTeam(district: string, role: string): Organisation | undefined {
    return this.districtTeams.get(district)?.get(role);
  }

  clusterOf(school: School): Cluster {
    return this.clusterBySchool.get(school.id) as Cluster;
  }

  /** The cluster a family belongs to: its children's school's, else one in its district. */
  clusterFor(district: string, random: Random): Cluster {
    const inDistrict = this.clustersByDistrict.get(district);
    return inDistrict && inDistrict.length > 0 ? random.pick(inDistrict) : random.pick(this.clusters);
  }

  /** A school of the phase near home: in the town if there is one, else the district, else the county. */
  schoolFor(town: string, district: string, phase: SchoolPhase, random: Random): School | undefined {
    const local = this.schoolsByTownAndPhase.get(`${town}:${phase}`);
    if (local && local.length > 0 && random.chance(0.85)) return random.pick(local);
    const nearby = this.schoolsByDistrictAndPhase.get(`${district}:${phase}`);
    if (nearby && nearby.length > 0) return random.pick(nearby);
    const any = this.schools.filter((s) => s.phase === phase);
    return any.length > 0 ? random.pick(any) : undefined;
  }

  gpFor(town: string, random: Random): Organisation | undefined {
    const local = this.gpsByTown.get(town);
    if (local && local.length > 0 && random.chance(0.9)) return random.pick(local);
    return this.gpPractices.length > 0 ? random.pick(this.gpPractices) : undefined;
  }
}

const SCHOOL_NAME_STEMS = `Oaklands Beechwood Hazel Grove Willow Fairfields Highfield Meadow Brookside Woodside Ashtree Longmeadow Greenfields
Hillside Parkside Manor Orchard Elm Tree Roundwood Westfield Eastbury Northfields Southfield Abbotswood Kingsway Queenswood
Holywell Chiltern Lea Valley Ridgeway Wheatcroft Bluebell Foxgrove Harvey Cowper Bedwell Shephall Featherstone Moss Bury`
  .split(/\s+/);
const SAINTS = ["St Mary's", "St Joseph's", "St Andrew's", "St John's", "St Michael's", "St Peter's", 'All Saints', 'Holy Trinity', "St Paul's", "St Thomas More", "St Nicholas"];
const PRIMARY_SUFFIXES = ['Primary School', 'Primary School', 'JMI School', 'Infant and Nursery School', 'Primary Academy', 'Church of England Primary School', 'Catholic Primary School'];
const SECONDARY_SUFFIXES = ['School', 'Academy', 'High School', 'Community School', "Girls' School", "Boys' School", 'Church of England School'];
const SPECIAL_STEMS = ['Lonsdale', 'Brandles', 'Amwell View', 'Breakspeare', 'Colnbrook', 'Falconer', 'Greenside', 'Hailey Hall', 'Knightsfield', 'Middleton', 'Riverside', 'Woolgrove'];
const COMPASS = ['North', 'South', 'East', 'West', 'Central', 'North East', 'North West', 'South East', 'South West', 'Rural'];
const VOLUNTARY = [
  'Families Together', 'Home Support', 'Young Carers', 'Family Mediation', 'Parents in Mind', 'Domestic Abuse Outreach', 'Youth Connexions', 'Open Door Counselling',
  'Sunrise Family Centre', 'Kids Matter', 'The Food Pantry', 'Dads Matter',
];

/**
 * How practitioners are shared out (fractions of the total, after one SENCO per school): most are
 * social care and health; some teams have at least one person whatever the size of the county.
 */
const STAFFING = {
  safeguarding: 0.28, earlyHelp: 0.14, frontDoor: 0.02, childrenLookedAfter: 0.04, disabledChildren: 0.015, virtualSchool: 0.008,
  educationTeam: 0.06, healthVisiting: 0.13, schoolNursing: 0.04, police: 0.07, voluntary: 0.06, housing: 0.03,
} as const;

export interface AgencyPlan {
  children: number;
  seed: number;
}

export interface GeneratedAgencies {
  directory: AgencyDirectory;
  rows: { schoolCluster: Row[]; organisation: Row[]; practitioner: Row[] };
}

function uniqueName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} ${n}`;
  taken.add(candidate);
  return candidate;
}

export function generateAgencies(plan: AgencyPlan, namer: PersonNamer, geography: Geography): GeneratedAgencies {
  const random = new Random(plan.seed, 'agencies');
  const orgNames = new Set<string>();
  const organisation = (agency: Agency, kind: Organisation['kind'], name: string, district: string, extra: Partial<Organisation> = {}): Organisation => ({
    id: random.uuid(),
    agency,
    kind,
    name: uniqueName(orgNames, name),
    code: null,
    clusterId: null,
    postcode: null,
    district,
    ...extra,
  });
  // The county-wide teams have fixed ids (fixed-ids.ts): the demo's front-door staff work in them.
  const countyTeam = (team: (typeof COUNTY_TEAMS)[keyof typeof COUNTY_TEAMS], agency: Agency, kind: Organisation['kind']): Organisation => {
    orgNames.add(team.name);
    return { id: team.id, agency, kind, name: team.name, code: null, clusterId: null, postcode: team.postcode, district: 'Stevenage' };
  };
  const directory = new AgencyDirectory({
    frontDoor: countyTeam(COUNTY_TEAMS.frontDoor, 'social-care', 'social-care-team'),
    childrenLookedAfter: countyTeam(COUNTY_TEAMS.childrenLookedAfter, 'social-care', 'social-care-team'),
    disabledChildren: countyTeam(COUNTY_TEAMS.disabledChildren, 'social-care', 'social-care-team'),
    virtualSchool: countyTeam(COUNTY_TEAMS.virtualSchool, 'education', 'virtual-school'),
  });
  for (const team of Object.values(directory.countyTeams)) directory.addOrganisation(team);

  // Schools: about one per 480 children; at least a primary and a secondary school.
  const schoolCount = Math.max(2, Math.round(plan.children / 480));
  const specialCount = schoolCount >= 10 ? Math.max(1, Math.round(schoolCount * 0.04)) : 0;
  const secondaryCount = Math.max(1, Math.round(schoolCount * 0.16));
  const primaryCount = Math.max(1, schoolCount - secondaryCount - specialCount);
  const phases: SchoolPhase[] = [
    ...Array<SchoolPhase>(primaryCount).fill('primary'),
    ...Array<SchoolPhase>(secondaryCount).fill('secondary'),
    ...Array<SchoolPhase>(specialCount).fill('special'),
  ];
  const establishmentCounters: Record<SchoolPhase, number> = { primary: 2000, secondary: 4000, special: 7000 };
  let urn = 117000;
  const schools: School[] = phases.map((phase) => {
    const place = geography.district(random);
    const stem = phase === 'special' ? random.pick(SPECIAL_STEMS) : random.chance(0.2) && phase === 'primary' ? random.pick(SAINTS) : random.chance(0.25) ? place.town : random.pick(SCHOOL_NAME_STEMS);
    const suffix = phase === 'primary' ? random.pick(PRIMARY_SUFFIXES) : phase === 'secondary' ? random.pick(SECONDARY_SUFFIXES) : 'School';
    let name = `${stem} ${suffix}`;
    if (orgNames.has(name)) name = `${place.town} ${name}`;
    urn += random.int(1, 9);
    establishmentCounters[phase] += 1;
    return {
      ...organisation('education', 'school', name, place.district, { code: String(urn), postcode: geography.postcode(place, random) }),
      phase,
      establishmentNumber: String(establishmentCounters[phase]),
      town: place.town,
    };
  });

  // Clusters of about eight schools, within a district, named after their main town.
  const clusterNames = new Set<string>();
  for (const district of DISTRICTS) {
    const inDistrict = schools.filter((s) => s.district === district).sort((a, b) => a.town.localeCompare(b.town) || a.phase.localeCompare(b.phase));
    const groups = Math.max(1, Math.round(inDistrict.length / 8));
    if (inDistrict.length === 0) continue;
    for (let g = 0; g < groups; g++) {
      const members = inDistrict.slice(Math.floor((g * inDistrict.length) / groups), Math.floor(((g + 1) * inDistrict.length) / groups));
      if (members.length === 0) continue;
      const town = (members[0] as School).town;
      const sameTown = [...clusterNames].filter((n) => n.startsWith(town)).length;
      const name = uniqueName(clusterNames, groups === 1 && sameTown === 0 ? town : `${town} ${COMPASS[sameTown % COMPASS.length]}`);
      const id = random.uuid();
      const clusterPostcode = members[0]?.postcode ?? null;
      const safeguardingTeam = organisation('social-care', 'social-care-team', `${name} Family Safeguarding Team`, district, { clusterId: id, postcode: clusterPostcode });
      const earlyHelpTeam = organisation('social-care', 'social-care-team', `${name} Families First Team`, district, { clusterId: id, postcode: clusterPostcode });
      for (const school of members) school.clusterId = id;
      directory.addCluster({ id, name, district, schools: members, safeguardingTeam, earlyHelpTeam });
      directory.addOrganisation(safeguardingTeam);
      directory.addOrganisation(earlyHelpTeam);
    }
  }
  for (const school of schools) {
    directory.addSchool(school);
    directory.addOrganisation(school);
  }

  // District teams: health visiting, school nursing, police, housing, voluntary, council education.
  // A district's teams are based in its biggest town.
  const districtPlace = (district: string): PostcodeDistrict =>
    POSTCODE_DISTRICTS.filter((d) => d.district === district).reduce((best, d) => (d.weight > best.weight ? d : best));
  for (const district of DISTRICTS) {
    const place = districtPlace(district);
    const postcode = () => geography.postcode(place, random);
    directory.addDistrictTeam(district, 'health-visiting', organisation('health', 'health-visiting-team', `${district} Health Visiting Team`, district, { postcode: postcode() }));
    directory.addDistrictTeam(district, 'school-nursing', organisation('health', 'health-visiting-team', `${district} School Nursing Team`, district, { postcode: postcode() }));
    directory.addDistrictTeam(district, 'police', organisation('police', 'police-unit', `${district} Safer Neighbourhood Team`, district, { postcode: postcode() }));
    directory.addDistrictTeam(district, 'housing', organisation('housing', 'housing-team', `${district} Housing Options Team`, district, { postcode: postcode() }));
    directory.addDistrictTeam(district, 'voluntary', organisation('voluntary', 'voluntary-organisation', `${random.pick(VOLUNTARY)} ${district}`, district, { postcode: postcode() }));
    directory.addDistrictTeam(district, 'education', organisation('education', COUNCIL_EDUCATION_TEAM_KIND, `${district} SEND and Inclusion Team`, district, { postcode: postcode() }));
  }
  for (const teams of directory.districtTeams.values()) for (const team of teams.values()) directory.addOrganisation(team);
  const caiu = countyTeam(COUNTY_TEAMS.childAbuseInvestigation, 'police', 'police-unit');
  directory.addOrganisation(caiu);
  for (const [name, town] of [['Lister Hospital', 'Stevenage'], ['Watford General Hospital', 'Watford'], ['QEII Hospital', 'Welwyn Garden City']] as const) {
    const place = POSTCODE_DISTRICTS.find((d) => d.town === town) as PostcodeDistrict;
    directory.addOrganisation(organisation('health', 'hospital', name, place.district, { postcode: geography.postcode(place, random) }));
  }

  // GP practices: about one per 2,300 children, with ODS-style codes (E82 is Hertfordshire's prefix).
  const gpCount = Math.max(1, Math.round(plan.children / 2300));
  const gpNames = ['Surgery', 'Medical Centre', 'Health Centre', 'Medical Practice', 'Family Practice'];
  for (let i = 0; i < gpCount; i++) {
    const place = geography.district(random);
    const stem = random.chance(0.4) ? place.town : random.pick(SCHOOL_NAME_STEMS);
    const prefix = `E8${2 + Math.floor(i / 999)}`;
    const practice = organisation('health', 'gp-practice', `${stem} ${random.pick(gpNames)}`, place.district, {
      code: `${prefix}${String((i % 999) + 1).padStart(3, '0')}`,
      postcode: geography.postcode(place, random),
    });
    directory.addGp(practice, place.town);
    directory.addOrganisation(practice);
  }

  // Practitioners: one SENCO per school, the rest shared out by STAFFING; every team has a manager.
  const total = Math.max(Math.round(plan.children / 80), schools.length + 60);
  const spare = total - schools.length;
  const emails = new Set<string>();
  const hire = (team: Organisation, jobRole: PractitionerRole, count: number) => {
    for (let i = 0; i < count; i++) {
      const heritage = drawHeritage(random);
      const sex = random.chance(0.78) ? 'F' : 'M';
      const birthYear = 1960 + random.int(0, 40);
      const given = namer.firstName(heritage.nameGroups[0], sex, cohortOf(birthYear), random);
      const family = namer.surname(heritage.nameGroups[0], random);
      const practitioner: Practitioner = { id: random.uuid(), displayName: `${given} ${family}`, agency: team.agency, teamId: team.id, jobRole };
      directory.addPractitioner(practitioner);
      const local = `${given}.${family}`.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z.]/g, '');
      let email = `${local}@${team.agency}.herts.example`;
      for (let n = 2; emails.has(email); n++) email = `${local}${n}@${team.agency}.herts.example`;
      emails.add(email);
      emailById.set(practitioner.id, email);
    }
  };
  const emailById = new Map<string, string>();
  const share = (fraction: number, teams: number) => Math.max(1, Math.round((spare * fraction) / teams));
  for (const school of schools) hire(school, 'senco', 1);
  const staffTeam = (team: Organisation, count: number, roles: Weighted<PractitionerRole>) => {
    hire(team, 'team-manager', 1);
    for (let i = 1; i < count; i++) hire(team, roles.pick(random), 1);
  };
  const clusters = directory.clusters.length;
  for (const cluster of directory.clusters) {
    staffTeam(cluster.safeguardingTeam, share(STAFFING.safeguarding, clusters), new Weighted<PractitionerRole>([['social-worker', 85], ['key-worker', 15]]));
    staffTeam(cluster.earlyHelpTeam, share(STAFFING.earlyHelp, clusters), new Weighted<PractitionerRole>([['key-worker', 100]]));
  }
  const { frontDoor, childrenLookedAfter, disabledChildren, virtualSchool } = directory.countyTeams;
  staffTeam(frontDoor, share(STAFFING.frontDoor, 1) + 1, new Weighted<PractitionerRole>([['triage-manager', 30], ['social-worker', 70]]));
  staffTeam(childrenLookedAfter, share(STAFFING.childrenLookedAfter, 1) + 1, new Weighted<PractitionerRole>([['social-worker', 80], ['independent-reviewing-officer', 20]]));
  staffTeam(disabledChildren, share(STAFFING.disabledChildren, 1) + 1, new Weighted<PractitionerRole>([['social-worker', 100]]));
  staffTeam(virtualSchool, share(STAFFING.virtualSchool, 1) + 1, new Weighted<PractitionerRole>([['education-officer', 100]]));
  const districts = DISTRICTS.length;
  const districtRoles: [string, number, Weighted<PractitionerRole>][] = [
    ['health-visiting', STAFFING.healthVisiting, new Weighted<PractitionerRole>([['health-visitor', 100]])],
    ['school-nursing', STAFFING.schoolNursing, new Weighted<PractitionerRole>([['school-nurse', 100]])],
    ['police', STAFFING.police, new Weighted<PractitionerRole>([['police-officer', 100]])],
    ['housing', STAFFING.housing, new Weighted<PractitionerRole>([['key-worker', 100]])],
    ['voluntary', STAFFING.voluntary, new Weighted<PractitionerRole>([['voluntary-sector-worker', 100]])],
    ['education', STAFFING.educationTeam, new Weighted<PractitionerRole>([['ehc-coordinator', 60], ['education-officer', 40]])],
  ];
  for (const district of DISTRICTS) {
    for (const [role, fraction, roles] of districtRoles) {
      const team = directory.districtTeam(district, role);
      if (team) staffTeam(team, share(fraction, districts) + 1, roles);
    }
  }
  staffTeam(caiu, share(0.01, 1) + 1, new Weighted<PractitionerRole>([['police-officer', 100]]));

  return {
    directory,
    rows: {
      schoolCluster: directory.clusters.map((c) => ({ id: c.id, name: c.name })),
      organisation: directory.organisations.map((o) => ({
        id: o.id, agency: o.agency, kind: o.kind, name: o.name, code: o.code, school_cluster_id: o.clusterId, postcode: o.postcode,
      })),
      practitioner: directory.practitioners.map((p) => ({
        id: p.id, subject: null, display_name: p.displayName, agency: p.agency, team_id: p.teamId, job_role: p.jobRole, email: emailById.get(p.id) ?? null, active: true, phone: null, availability: null, cover_practitioner_id: null,
      })),
    },
  };
}
