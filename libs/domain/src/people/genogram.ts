import type { Relationship } from './relationship';
import { reciprocalOf, relationshipTypes, type RelationshipType } from './relationship-types';
import type { Sex } from './sexes';

/**
 * Lays out a genogram from recorded relationships (PRODUCT.md, "a genogram drawn from recorded
 * relationships"): which generation (row) each person is in, their order along the row, and the
 * lines to draw. The staff app turns this into SVG; this code decides nothing about pixels.
 *
 * Rules:
 * - A person is one generation below their lowest-placed parent; people with no recorded parents
 *   start at the top. Partners share a generation, and so do siblings. A grandparent is two
 *   generations up and an aunt or uncle one, when nothing closer places them.
 * - People whose generation is fixed only by who they are above (a lone father, a grandparent
 *   recorded only as a grandparent) are drawn just above them rather than at the top.
 * - Along a row: partners side by side (former partner on the left, then male before female, the
 *   usual genogram convention), families under their parents, and children of the same parents
 *   oldest first.
 * - Recorded data can be wrong (someone their own grandparent, a partner recorded as a child).
 *   Relationships are taken in order of reliability – birth and adoptive parentage, partnerships,
 *   siblings, other parenting roles, then other relatives – and one that contradicts those already
 *   placed is left out and reported in `ignored`, so the layout always finishes and always shows
 *   the better-evidenced picture.
 * - The same input gives the same output whatever order people and relationships arrive in.
 */
export interface GenogramPerson {
  id: string;
  name: string;
  sex: Sex;
  dateOfBirth?: string;
  deceased?: boolean;
}

export type GenogramRelationship = Pick<Relationship, 'personId' | 'relatedPersonId' | 'type' | 'startedOn' | 'endedOn'>;

/** The parent's side of a parentage relationship, which the app can draw differently (adoption dashed, fostering dotted). */
export type ParentRole = 'parent' | 'step-parent' | 'adoptive-parent' | 'foster-carer' | 'special-guardian';

export interface GenogramLayout {
  /** Rows from the top (oldest generation) down, each with its people in drawing order. */
  generations: { generation: number; personIds: string[] }[];
  partnerships: { partnerIds: [string, string]; type: 'partner' | 'ex-partner'; ended: boolean }[];
  parentChildLinks: { parentId: string; childId: string; role: ParentRole }[];
  siblingLinks: { personIds: [string, string]; type: 'sibling' | 'half-sibling' | 'step-sibling' }[];
  ignored: { relationship: GenogramRelationship; reason: 'unknown-person' | 'related-to-themselves' | 'contradicts-other-relationships' }[];
}

/** gen(to) >= gen(from) + weight. */
interface Constraint {
  from: string;
  to: string;
  weight: number;
}

interface Candidate {
  key: string;
  priority: number;
  constraints: Constraint[];
  relationship: GenogramRelationship;
  apply: () => void;
}

const BIRTH_OR_ADOPTIVE: readonly RelationshipType[] = ['parent', 'adoptive-parent'];

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function relationshipKey(r: GenogramRelationship): string {
  return [r.personId, r.relatedPersonId, r.type, r.startedOn ?? '', r.endedOn ?? ''].join('\u0000');
}

export function layoutGenogram(
  people: readonly GenogramPerson[],
  relationships: readonly GenogramRelationship[],
): GenogramLayout {
  const personById = new Map<string, GenogramPerson>();
  for (const person of [...people].sort((a, b) => compareStrings(a.id, b.id))) {
    if (!personById.has(person.id)) personById.set(person.id, person);
  }
  const ids = [...personById.keys()];

  const ignored: GenogramLayout['ignored'] = [];
  const parentLinks = new Map<string, GenogramLayout['parentChildLinks'][number]>();
  const partnerships = new Map<string, GenogramLayout['partnerships'][number]>();
  const siblingLinks = new Map<string, GenogramLayout['siblingLinks'][number]>();
  const candidates: Candidate[] = [];

  for (const relationship of [...relationships].sort((a, b) => compareStrings(relationshipKey(a), relationshipKey(b)))) {
    const { personId, relatedPersonId, type } = relationship;
    if (!personById.has(personId) || !personById.has(relatedPersonId)) {
      ignored.push({ relationship, reason: 'unknown-person' });
      continue;
    }
    if (personId === relatedPersonId) {
      ignored.push({ relationship, reason: 'related-to-themselves' });
      continue;
    }
    const { genogramKind, generationsAbove } = relationshipTypes[type];
    if (genogramKind === 'parentage') {
      const personIsParent = generationsAbove > 0;
      const parentId = personIsParent ? personId : relatedPersonId;
      const childId = personIsParent ? relatedPersonId : personId;
      const role = (personIsParent ? type : reciprocalOf(type)) as ParentRole;
      const key = `parentage:${parentId}:${childId}:${role}`;
      candidates.push({
        key,
        priority: BIRTH_OR_ADOPTIVE.includes(role) ? 0 : 3,
        constraints: [{ from: parentId, to: childId, weight: 1 }],
        relationship,
        apply: () => parentLinks.set(key, { parentId, childId, role }),
      });
    } else if (genogramKind === 'partnership' || genogramKind === 'sibling') {
      const pair = [personId, relatedPersonId].sort(compareStrings) as [string, string];
      const key = `${type}:${pair[0]}:${pair[1]}`;
      candidates.push({
        key,
        priority: genogramKind === 'partnership' ? 1 : 2,
        constraints: [
          { from: pair[0], to: pair[1], weight: 0 },
          { from: pair[1], to: pair[0], weight: 0 },
        ],
        relationship,
        apply: () => {
          if (genogramKind === 'partnership') {
            const ended = type === 'ex-partner' || relationship.endedOn !== undefined || partnerships.get(key)?.ended === true;
            partnerships.set(key, { partnerIds: pair, type: type as 'partner' | 'ex-partner', ended });
          } else {
            siblingLinks.set(key, { personIds: pair, type: type as 'sibling' | 'half-sibling' | 'step-sibling' });
          }
        },
      });
    } else if (generationsAbove !== null) {
      // Grandparents, aunts and uncles: place generations, draw no line of their own.
      const above = generationsAbove > 0 ? personId : relatedPersonId;
      const below = generationsAbove > 0 ? relatedPersonId : personId;
      candidates.push({
        key: `relative:${above}:${below}:${Math.abs(generationsAbove)}`,
        priority: 4,
        constraints: [{ from: above, to: below, weight: Math.abs(generationsAbove) }],
        relationship,
        apply: () => undefined,
      });
    }
    // Carers, friends and other relatives say nothing about generations and get no line.
  }

  candidates.sort((a, b) => a.priority - b.priority || compareStrings(a.key, b.key));

  const generation = new Map<string, number>(ids.map((id) => [id, 0]));
  const accepted: Constraint[] = [];
  for (const candidate of candidates) {
    const tentative = relax(generation, [...accepted, ...candidate.constraints], ids.length);
    if (tentative) {
      for (const [id, value] of tentative) generation.set(id, value);
      accepted.push(...candidate.constraints);
      candidate.apply();
    } else {
      ignored.push({ relationship: candidate.relationship, reason: 'contradicts-other-relationships' });
    }
  }

  placeJustAboveWhatTheyAreAbove(ids, generation, accepted);

  const parentChildLinks = [...parentLinks.values()].sort(
    (a, b) => compareStrings(a.parentId, b.parentId) || compareStrings(a.childId, b.childId) || compareStrings(a.role, b.role),
  );
  return {
    generations: orderRows(ids, personById, generation, parentChildLinks, [...partnerships.values()]),
    partnerships: [...partnerships.values()].sort(
      (a, b) => compareStrings(a.partnerIds.join(), b.partnerIds.join()) || compareStrings(a.type, b.type),
    ),
    parentChildLinks,
    siblingLinks: [...siblingLinks.values()].sort(
      (a, b) => compareStrings(a.personIds.join(), b.personIds.join()) || compareStrings(a.type, b.type),
    ),
    ignored: ignored.sort((a, b) => compareStrings(relationshipKey(a.relationship), relationshipKey(b.relationship))),
  };
}

/**
 * The lowest generations satisfying every constraint, starting from `start` (already a lower bound),
 * or null when the constraints contradict each other (a cycle that would push generations down for
 * ever). Longest paths have at most n − 1 edges, so a consistent system settles within n passes.
 */
function relax(start: ReadonlyMap<string, number>, constraints: readonly Constraint[], n: number): Map<string, number> | null {
  const generation = new Map(start);
  for (let pass = 0; pass <= n; pass++) {
    let changed = false;
    for (const { from, to, weight } of constraints) {
      const needed = (generation.get(from) ?? 0) + weight;
      if ((generation.get(to) ?? 0) < needed) {
        generation.set(to, needed);
        changed = true;
      }
    }
    if (!changed) return generation;
  }
  return null;
}

/**
 * Moves down each group of people tied together (partners, siblings) that nothing places from
 * above, to just above the people they are placed above, so a father with no recorded parents sits
 * next to the child's mother's generation rather than at the top. No constraint can break: nothing
 * points into such a group, and it moves no lower than its tightest constraint allows.
 */
function placeJustAboveWhatTheyAreAbove(ids: readonly string[], generation: Map<string, number>, accepted: readonly Constraint[]): void {
  const groupOf = new Map<string, string>(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    let current = id;
    while (groupOf.get(current) !== current) current = groupOf.get(current) ?? current;
    return current;
  };
  for (const { from, to, weight } of accepted) {
    if (weight !== 0) continue;
    const [a, b] = [root(from), root(to)].sort(compareStrings) as [string, string];
    if (a !== b) groupOf.set(b, a);
  }
  const members = new Map<string, string[]>();
  for (const id of ids) members.set(root(id), [...(members.get(root(id)) ?? []), id]);

  const placedFromAbove = new Set<string>();
  for (const { from, to, weight } of accepted) {
    if (weight > 0 && root(from) !== root(to)) placedFromAbove.add(root(to));
  }

  for (let pass = 0; pass <= members.size; pass++) {
    let moved = false;
    for (const [group, groupMembers] of members) {
      if (placedFromAbove.has(group)) continue;
      let lowest = Number.POSITIVE_INFINITY;
      for (const { from, to, weight } of accepted) {
        if (weight > 0 && root(from) === group && root(to) !== group) {
          lowest = Math.min(lowest, (generation.get(to) ?? 0) - weight);
        }
      }
      const current = generation.get(group) ?? 0;
      if (Number.isFinite(lowest) && lowest > current) {
        for (const id of groupMembers) generation.set(id, lowest);
        moved = true;
      }
    }
    if (!moved) break;
  }

  const top = Math.min(...generation.values());
  if (Number.isFinite(top) && top !== 0) for (const id of ids) generation.set(id, (generation.get(id) ?? 0) - top);
}

function orderRows(
  ids: readonly string[],
  personById: ReadonlyMap<string, GenogramPerson>,
  generation: ReadonlyMap<string, number>,
  parentChildLinks: GenogramLayout['parentChildLinks'],
  partnerships: GenogramLayout['partnerships'],
): GenogramLayout['generations'] {
  // Children sit under their birth or adoptive parents; other parenting roles only when there are none.
  const parentsOf = new Map<string, string[]>();
  const mainParentsOf = new Map<string, string[]>();
  for (const { parentId, childId, role } of parentChildLinks) {
    parentsOf.set(childId, [...(parentsOf.get(childId) ?? []), parentId]);
    if (BIRTH_OR_ADOPTIVE.includes(role)) mainParentsOf.set(childId, [...(mainParentsOf.get(childId) ?? []), parentId]);
  }
  const partnersOf = new Map<string, { id: string; ended: boolean }[]>();
  for (const { partnerIds, ended } of partnerships) {
    const [a, b] = partnerIds;
    partnersOf.set(a, [...(partnersOf.get(a) ?? []), { id: b, ended }]);
    partnersOf.set(b, [...(partnersOf.get(b) ?? []), { id: a, ended }]);
  }

  const position = new Map<string, number>();
  const anchorOf = (id: string): number => {
    const placedParents = (mainParentsOf.get(id) ?? parentsOf.get(id) ?? []).filter((parent) => position.has(parent));
    if (placedParents.length === 0) return Number.POSITIVE_INFINITY;
    return placedParents.reduce((sum, parent) => sum + (position.get(parent) ?? 0), 0) / placedParents.length;
  };
  const personOrder = (a: string, b: string): number => {
    const pa = personById.get(a);
    const pb = personById.get(b);
    return (
      compareStrings(pa?.dateOfBirth ?? '9999-12-31', pb?.dateOfBirth ?? '9999-12-31') ||
      compareStrings(pa?.name ?? '', pb?.name ?? '') ||
      compareStrings(a, b)
    );
  };

  const levels = [...new Set(generation.values())].sort((a, b) => a - b);
  return levels.map((level) => {
    const row = ids.filter((id) => generation.get(id) === level);
    const inRow = new Set(row);

    // Partners (always in the same row) form clusters drawn side by side.
    const clusters: string[][] = [];
    const clustered = new Set<string>();
    for (const id of [...row].sort(personOrder)) {
      if (clustered.has(id)) continue;
      const cluster: string[] = [];
      const queue = [id];
      clustered.add(id);
      while (queue.length > 0) {
        const next = queue.shift() as string;
        cluster.push(next);
        for (const partner of partnersOf.get(next) ?? []) {
          if (inRow.has(partner.id) && !clustered.has(partner.id)) {
            clustered.add(partner.id);
            queue.push(partner.id);
          }
        }
      }
      clusters.push(cluster);
    }

    const leadOf = (cluster: string[]): string =>
      [...cluster].sort((a, b) => anchorOf(a) - anchorOf(b) || personOrder(a, b))[0] as string;
    clusters.sort((a, b) => {
      const la = leadOf(a);
      const lb = leadOf(b);
      const byAnchor = anchorOf(la) - anchorOf(lb);
      return (Number.isNaN(byAnchor) ? 0 : byAnchor) || personOrder(la, lb);
    });

    const ordered = clusters.flatMap((cluster) => orderPartners(cluster, partnersOf, personById, personOrder));
    ordered.forEach((id, index) => position.set(id, index));
    return { generation: level, personIds: ordered };
  });
}

/**
 * Partners in a line: start from an end of the chain, preferring the end joined by a former
 * partnership (earlier relationships on the left), then a man (the usual left-hand place in a
 * genogram), then the older; walk on through partners.
 */
function orderPartners(
  cluster: readonly string[],
  partnersOf: ReadonlyMap<string, { id: string; ended: boolean }[]>,
  personById: ReadonlyMap<string, GenogramPerson>,
  personOrder: (a: string, b: string) => number,
): string[] {
  if (cluster.length === 1) return [...cluster];
  const inCluster = new Set(cluster);
  const partnersIn = (id: string) => (partnersOf.get(id) ?? []).filter((p) => inCluster.has(p.id));
  const startOrder = (a: string, b: string): number => {
    const endedA = partnersIn(a).some((p) => p.ended) ? 0 : 1;
    const endedB = partnersIn(b).some((p) => p.ended) ? 0 : 1;
    const maleA = personById.get(a)?.sex === 'M' ? 0 : 1;
    const maleB = personById.get(b)?.sex === 'M' ? 0 : 1;
    return endedA - endedB || maleA - maleB || personOrder(a, b);
  };
  const ends = cluster.filter((id) => partnersIn(id).length === 1);
  const start = [...(ends.length > 0 ? ends : cluster)].sort(startOrder)[0] as string;

  const ordered: string[] = [];
  const visited = new Set<string>();
  const visit = (id: string): void => {
    visited.add(id);
    ordered.push(id);
    const next = partnersIn(id)
      .map((p) => p.id)
      .filter((p) => !visited.has(p))
      .sort(startOrder);
    for (const partner of next) if (!visited.has(partner)) visit(partner);
  };
  visit(start);
  return ordered;
}
