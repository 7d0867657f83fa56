import { layoutGenogram, type GenogramPerson, type GenogramRelationship } from './genogram';

/*
 * Jean is Sarah's mother. Sarah had Zac and Leah with Mark (now her ex-partner) and Mia with her
 * partner Tom, who is Leah's step-father; Leah and Mia are half-sisters. Zac's parentage is
 * recorded from his side ("Zac is Sarah's child") to exercise reciprocal reading.
 */
const people: GenogramPerson[] = [
  { id: 'jean', name: 'Jean Walsh', sex: 'F', dateOfBirth: '1958-04-02', deceased: true },
  { id: 'sarah', name: 'Sarah Carter', sex: 'F', dateOfBirth: '1985-09-10' },
  { id: 'mark', name: 'Mark Carter', sex: 'M', dateOfBirth: '1983-01-20' },
  { id: 'tom', name: 'Tom Price', sex: 'M', dateOfBirth: '1987-05-05' },
  { id: 'leah', name: 'Leah Carter', sex: 'F', dateOfBirth: '2012-07-01' },
  { id: 'zac', name: 'Zac Carter', sex: 'M', dateOfBirth: '2010-03-03' },
  { id: 'mia', name: 'Mia Price', sex: 'F', dateOfBirth: '2020-02-14' },
];
const relationships: GenogramRelationship[] = [
  { personId: 'jean', relatedPersonId: 'sarah', type: 'parent' },
  { personId: 'sarah', relatedPersonId: 'mark', type: 'ex-partner', startedOn: '2008-01-01', endedOn: '2015-06-30' },
  { personId: 'tom', relatedPersonId: 'sarah', type: 'partner', startedOn: '2017-02-01' },
  { personId: 'sarah', relatedPersonId: 'leah', type: 'parent' },
  { personId: 'mark', relatedPersonId: 'leah', type: 'parent' },
  { personId: 'zac', relatedPersonId: 'sarah', type: 'child' },
  { personId: 'zac', relatedPersonId: 'mark', type: 'child' },
  { personId: 'sarah', relatedPersonId: 'mia', type: 'parent' },
  { personId: 'tom', relatedPersonId: 'mia', type: 'parent' },
  { personId: 'tom', relatedPersonId: 'leah', type: 'step-parent' },
  { personId: 'leah', relatedPersonId: 'mia', type: 'half-sibling' },
  { personId: 'jean', relatedPersonId: 'leah', type: 'grandparent' },
];

describe('layoutGenogram', () => {
  const layout = layoutGenogram(people, relationships);

  it('puts each generation on its own row, partners side by side and children oldest first', () => {
    expect(layout.generations).toEqual([
      { generation: 0, personIds: ['jean'] },
      // The former partner on the left, the current one on the right, Sarah between them.
      { generation: 1, personIds: ['mark', 'sarah', 'tom'] },
      // Zac and Leah under Mark and Sarah, Zac (2010) before Leah (2012), though L sorts before Z; Mia under Sarah and Tom.
      { generation: 2, personIds: ['zac', 'leah', 'mia'] },
    ]);
  });

  it('draws partnerships, marking the ended one', () => {
    expect(layout.partnerships).toEqual([
      { partnerIds: ['mark', 'sarah'], type: 'ex-partner', ended: true },
      { partnerIds: ['sarah', 'tom'], type: 'partner', ended: false },
    ]);
  });

  it('draws a line from each parent to each child, with the parent’s role', () => {
    expect(layout.parentChildLinks).toEqual([
      { parentId: 'jean', childId: 'sarah', role: 'parent' },
      { parentId: 'mark', childId: 'leah', role: 'parent' },
      { parentId: 'mark', childId: 'zac', role: 'parent' },
      { parentId: 'sarah', childId: 'leah', role: 'parent' },
      { parentId: 'sarah', childId: 'mia', role: 'parent' },
      { parentId: 'sarah', childId: 'zac', role: 'parent' },
      { parentId: 'tom', childId: 'leah', role: 'step-parent' },
      { parentId: 'tom', childId: 'mia', role: 'parent' },
    ]);
    expect(layout.siblingLinks).toEqual([{ personIds: ['leah', 'mia'], type: 'half-sibling' }]);
    expect(layout.ignored).toEqual([]);
  });

  it('gives the same layout whatever order the data arrives in', () => {
    const reordered = layoutGenogram([...people].reverse(), [...relationships.slice(5), ...relationships.slice(0, 5)].reverse());
    expect(reordered).toEqual(layout);
  });

  it('treats a relationship recorded from both sides as one', () => {
    const both = layoutGenogram(people, [
      ...relationships,
      { personId: 'sarah', relatedPersonId: 'zac', type: 'parent' },
      { personId: 'mark', relatedPersonId: 'sarah', type: 'ex-partner' },
    ]);
    expect(both.parentChildLinks).toHaveLength(8);
    expect(both.partnerships).toEqual(layout.partnerships);
  });

  it('puts a former partner on the left of the current one, whatever their ages', () => {
    const result = layoutGenogram(
      [
        { id: 'ann', name: 'Ann', sex: 'F', dateOfBirth: '1985-01-01' },
        { id: 'bob', name: 'Bob', sex: 'M', dateOfBirth: '1990-01-01' },
        { id: 'carl', name: 'Carl', sex: 'M', dateOfBirth: '1980-01-01' },
      ],
      [
        { personId: 'ann', relatedPersonId: 'carl', type: 'partner' },
        { personId: 'ann', relatedPersonId: 'bob', type: 'ex-partner' },
      ],
    );
    expect(result.generations).toEqual([{ generation: 0, personIds: ['bob', 'ann', 'carl'] }]);
  });

  it('puts the man on the left of a couple', () => {
    const result = layoutGenogram(
      [
        { id: 'a-wife', name: 'Amy', sex: 'F', dateOfBirth: '1980-01-01' },
        { id: 'b-husband', name: 'Ben', sex: 'M', dateOfBirth: '1990-01-01' },
      ],
      [{ personId: 'a-wife', relatedPersonId: 'b-husband', type: 'partner' }],
    );
    expect(result.generations[0]?.personIds).toEqual(['b-husband', 'a-wife']);
  });

  it('places a child under their birth parents rather than under a foster carer', () => {
    const result = layoutGenogram(
      [
        { id: 'dad', name: 'Dad', sex: 'M', dateOfBirth: '1980-01-01' },
        { id: 'mum', name: 'Mum', sex: 'F', dateOfBirth: '1982-01-01' },
        { id: 'carer', name: 'Carer', sex: 'F', dateOfBirth: '1990-01-01' },
        { id: 'older', name: 'Older', sex: 'F', dateOfBirth: '2012-01-01' },
        { id: 'younger', name: 'Younger', sex: 'M', dateOfBirth: '2015-01-01' },
      ],
      [
        { personId: 'dad', relatedPersonId: 'mum', type: 'partner' },
        { personId: 'dad', relatedPersonId: 'older', type: 'parent' },
        { personId: 'mum', relatedPersonId: 'older', type: 'parent' },
        { personId: 'dad', relatedPersonId: 'younger', type: 'parent' },
        { personId: 'carer', relatedPersonId: 'younger', type: 'foster-carer' },
      ],
    );
    // Younger's only birth parent is Dad, at the far left, so Younger comes first though born later.
    expect(result.generations.map((row) => row.personIds)).toEqual([
      ['dad', 'mum', 'carer'],
      ['younger', 'older'],
    ]);
    expect(result.parentChildLinks).toContainEqual({ parentId: 'carer', childId: 'younger', role: 'foster-carer' });
  });

  it('places someone recorded only as a grandparent two generations up, with the parent between', () => {
    const result = layoutGenogram(
      [
        { id: 'gran', name: 'Gran', sex: 'F' },
        { id: 'mum', name: 'Mum', sex: 'F' },
        { id: 'baby', name: 'Baby', sex: 'U' },
      ],
      [
        { personId: 'gran', relatedPersonId: 'baby', type: 'grandparent' },
        { personId: 'mum', relatedPersonId: 'baby', type: 'parent' },
      ],
    );
    expect(result.generations).toEqual([
      { generation: 0, personIds: ['gran'] },
      { generation: 1, personIds: ['mum'] },
      { generation: 2, personIds: ['baby'] },
    ]);
  });

  it('puts a father with no recorded parents or partner just above his child, beside the mother', () => {
    const result = layoutGenogram(
      [
        { id: 'nan', name: 'Nan', sex: 'F' },
        { id: 'mum', name: 'Mum', sex: 'F' },
        { id: 'dad', name: 'Dad', sex: 'M' },
        { id: 'kid', name: 'Kid', sex: 'M' },
      ],
      [
        { personId: 'nan', relatedPersonId: 'mum', type: 'parent' },
        { personId: 'mum', relatedPersonId: 'kid', type: 'parent' },
        { personId: 'dad', relatedPersonId: 'kid', type: 'parent' },
      ],
    );
    expect(result.generations).toEqual([
      { generation: 0, personIds: ['nan'] },
      { generation: 1, personIds: ['mum', 'dad'] },
      { generation: 2, personIds: ['kid'] },
    ]);
  });

  it('finishes on a parentage cycle, leaving out the relationship that closes it', () => {
    const result = layoutGenogram(
      [
        { id: 'a', name: 'A', sex: 'F' },
        { id: 'b', name: 'B', sex: 'M' },
        { id: 'c', name: 'C', sex: 'F' },
      ],
      [
        { personId: 'a', relatedPersonId: 'b', type: 'parent' },
        { personId: 'b', relatedPersonId: 'c', type: 'parent' },
        { personId: 'c', relatedPersonId: 'a', type: 'parent' },
      ],
    );
    expect(result.generations).toEqual([
      { generation: 0, personIds: ['a'] },
      { generation: 1, personIds: ['b'] },
      { generation: 2, personIds: ['c'] },
    ]);
    expect(result.ignored).toEqual([
      { relationship: { personId: 'c', relatedPersonId: 'a', type: 'parent' }, reason: 'contradicts-other-relationships' },
    ]);
  });

  it('keeps birth parentage over a partnership that contradicts it', () => {
    const result = layoutGenogram(
      [
        { id: 'p', name: 'P', sex: 'F' },
        { id: 'q', name: 'Q', sex: 'M' },
      ],
      [
        { personId: 'p', relatedPersonId: 'q', type: 'partner' },
        { personId: 'p', relatedPersonId: 'q', type: 'parent' },
      ],
    );
    expect(result.generations.map((row) => row.personIds)).toEqual([['p'], ['q']]);
    expect(result.partnerships).toEqual([]);
    expect(result.ignored.map((entry) => [entry.relationship.type, entry.reason])).toEqual([
      ['partner', 'contradicts-other-relationships'],
    ]);
  });

  it('reports relationships to unknown people or to themselves and lays out the rest', () => {
    const result = layoutGenogram(people.slice(0, 2), [
      relationships[0] as GenogramRelationship,
      { personId: 'jean', relatedPersonId: 'nobody', type: 'parent' },
      { personId: 'sarah', relatedPersonId: 'sarah', type: 'sibling' },
    ]);
    expect(result.generations.map((row) => row.personIds)).toEqual([['jean'], ['sarah']]);
    expect(result.ignored.map((entry) => entry.reason)).toEqual(['unknown-person', 'related-to-themselves']);
  });

  it('finishes on badly tangled data', () => {
    const ring = Array.from({ length: 40 }, (_, i) => ({ id: `p${String(i).padStart(2, '0')}`, name: `P${i}`, sex: 'U' as const }));
    const tangled: GenogramRelationship[] = ring.flatMap((person, i) => {
      const next = ring[(i + 1) % ring.length]?.id as string;
      const across = ring[(i + 7) % ring.length]?.id as string;
      return [
        { personId: person.id, relatedPersonId: next, type: 'parent' as const },
        { personId: person.id, relatedPersonId: across, type: 'partner' as const },
        { personId: across, relatedPersonId: person.id, type: 'grandparent' as const },
      ];
    });
    const result = layoutGenogram(ring, tangled);
    expect(result.generations.flatMap((row) => row.personIds).sort()).toEqual(ring.map((p) => p.id));
    expect(result.ignored.length).toBeGreaterThan(0);
    // Every relationship kept is consistent with the rows.
    const generationOf = new Map(result.generations.flatMap((row) => row.personIds.map((id) => [id, row.generation] as const)));
    for (const link of result.parentChildLinks) {
      expect((generationOf.get(link.childId) ?? 0) - (generationOf.get(link.parentId) ?? 0)).toBeGreaterThanOrEqual(1);
    }
    for (const partnership of result.partnerships) {
      expect(generationOf.get(partnership.partnerIds[0])).toBe(generationOf.get(partnership.partnerIds[1]));
    }
  });

  it('lays out nobody as no rows', () => {
    expect(layoutGenogram([], [])).toEqual({ generations: [], partnerships: [], parentChildLinks: [], siblingLinks: [], ignored: [] });
  });
});
