import { relationshipSchema } from './relationship';
import { reciprocalOf, relationshipTypeCodes, relationshipTypes } from './relationship-types';

const sarah = '0b6f3c2e-1d4a-4e8b-9c7d-2a1b3c4d5e6f';
const leah = '7c9e2b1a-3f4d-4a5b-8c6d-9e0f1a2b3c4d';

describe('relationship types', () => {
  it('pairs each type with its reciprocal', () => {
    expect(reciprocalOf('parent')).toBe('child');
    expect(reciprocalOf('child')).toBe('parent');
    expect(reciprocalOf('grandparent')).toBe('grandchild');
    expect(reciprocalOf('aunt-uncle')).toBe('niece-nephew');
    expect(reciprocalOf('step-parent')).toBe('step-child');
    expect(reciprocalOf('special-guardian')).toBe('child-under-special-guardianship');
    expect(reciprocalOf('sibling')).toBe('sibling');
    expect(reciprocalOf('half-sibling')).toBe('half-sibling');
    expect(reciprocalOf('partner')).toBe('partner');
  });

  it('reads back to the same type from the other side, one generation the other way', () => {
    for (const type of relationshipTypeCodes) {
      const reciprocal = reciprocalOf(type);
      expect([type, reciprocalOf(reciprocal)]).toEqual([type, type]);
      expect([type, relationshipTypes[reciprocal].genogramKind]).toEqual([type, relationshipTypes[type].genogramKind]);
      const above = relationshipTypes[type].generationsAbove;
      expect([type, relationshipTypes[reciprocal].generationsAbove]).toEqual([type, above === null ? null : 0 - above]);
    }
  });

  it('tells the genogram how to draw each kind', () => {
    expect(relationshipTypes['half-sibling'].genogramKind).toBe('sibling');
    expect(relationshipTypes['ex-partner'].genogramKind).toBe('partnership');
    expect(relationshipTypes['adoptive-parent'].genogramKind).toBe('parentage');
    expect(relationshipTypes.friend.genogramKind).toBe('other');
  });
});

describe('relationshipSchema', () => {
  it('accepts a dated relationship', () => {
    expect(relationshipSchema.parse({ personId: sarah, relatedPersonId: leah, type: 'parent' })).toEqual({
      personId: sarah,
      relatedPersonId: leah,
      type: 'parent',
    });
  });

  it('refuses relating a person to themselves', () => {
    expect(
      relationshipSchema.safeParse({ personId: sarah, relatedPersonId: sarah, type: 'sibling' }).error?.issues.map((i) => [
        i.path.join('.'),
        i.message,
      ]),
    ).toEqual([['relatedPersonId', 'A person cannot be related to themselves – choose someone else']]);
  });

  it('refuses an end before the start and an unknown type', () => {
    expect(
      relationshipSchema.safeParse({ personId: sarah, relatedPersonId: leah, type: 'partner', startedOn: '2020-05-01', endedOn: '2019-01-01' })
        .error?.issues[0]?.message,
    ).toBe('The end date must be on or after the start date');
    expect(relationshipSchema.safeParse({ personId: sarah, relatedPersonId: leah, type: 'mother' }).error?.issues[0]?.message).toBe(
      'Select how they are related',
    );
  });
});
