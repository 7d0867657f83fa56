import { render, screen, within } from '@testing-library/react';
import { Genogram, type GenogramData, type GenogramPerson } from './Genogram';
import { layoutGenogram } from './genogramLayout';

const people: GenogramPerson[] = [
  { id: 'jo', name: 'Jo Adams', sex: 'F', age: 35 },
  { id: 'lee', name: 'Lee Adams', sex: 'M', age: 36 },
  { id: 'sam', name: 'Sam Adams', sex: 'M', age: 10 },
  { id: 'baby', name: 'Alex Adams', sex: 'U', age: 0 },
];

const genogram: GenogramData = {
  // Given children first, to show the rows follow the level, not the order.
  generations: [
    { level: 1, personIds: ['sam', 'baby'] },
    { level: 0, personIds: ['jo', 'lee'] },
  ],
  partnerships: [{ a: 'jo', b: 'lee', ended: true }],
  parentage: [
    { parentIds: ['jo', 'lee'], childId: 'sam' },
    { parentIds: ['jo', 'lee'], childId: 'baby' },
  ],
};

function shapeOf(personId: string) {
  const group = document.querySelector(`[data-person-id="${personId}"]`);
  if (!group) throw new Error(`${personId} is not drawn`);
  return group;
}

describe('Genogram', () => {
  it('draws males as squares, females as circles and unknown sex as diamonds', () => {
    render(<Genogram title="Genogram of the Adams family" people={people} genogram={genogram} />);
    expect(shapeOf('jo').getAttribute('data-shape')).toBe('circle');
    expect(shapeOf('jo').querySelector('circle')).not.toBeNull();
    expect(shapeOf('lee').querySelector('rect')).not.toBeNull();
    expect(shapeOf('sam').getAttribute('data-shape')).toBe('square');
    expect(shapeOf('baby').querySelector('polygon')).not.toBeNull();
  });

  it('labels each shape with the name under it and the age inside it', () => {
    render(<Genogram title="Genogram of the Adams family" people={people} genogram={genogram} />);
    expect(shapeOf('jo').textContent).toBe('35Jo Adams');
    expect(shapeOf('lee').textContent).toBe('36Lee Adams');
    expect(shapeOf('baby').textContent).toBe('<1Alex Adams');
  });

  it('draws the older generation above the younger, partners side by side, and the lines between them', () => {
    const layout = layoutGenogram(genogram, new Set(people.map((person) => person.id)));
    const at = (id: string) => layout.people.find((person) => person.id === id) as { x: number; y: number };
    expect(at('jo').y).toBe(at('lee').y);
    expect(at('sam').y).toBeGreaterThan(at('jo').y);
    expect(Math.abs(at('jo').x - at('lee').x)).toBe(150);
    // The children sit under their parents: their middle is the partnership's middle.
    expect((at('sam').x + at('baby').x) / 2).toBeCloseTo((at('jo').x + at('lee').x) / 2);
    expect(layout.lines.map((line) => line.kind)).toEqual(['partnership', 'ended-partnership-mark', 'descent']);
  });

  it('is one image named by its title, with the relationships as text for people who cannot see it', () => {
    render(<Genogram title="Genogram of the Adams family" people={people} genogram={genogram} />);
    const image = screen.getByRole('img', { name: /^Genogram of the Adams family: 4 people in 2 generations/ });
    expect(image.tagName.toLowerCase()).toBe('svg');
    const labelledBy = image.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelledBy)?.tagName.toLowerCase()).toBe('title');

    const list = screen.getByRole('heading', { name: 'Relationships in the genogram' }).nextElementSibling as HTMLElement;
    expect(list.closest('.govuk-visually-hidden')).not.toBeNull();
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Jo Adams, female, aged 35. Former partner of Lee Adams (ended). Parent of Sam Adams and Alex Adams.',
      'Lee Adams, male, aged 36. Former partner of Jo Adams (ended). Parent of Sam Adams and Alex Adams.',
      'Sam Adams, male, aged 10. Child of Jo Adams and Lee Adams.',
      'Alex Adams, sex not known, aged under 1. Child of Jo Adams and Lee Adams.',
    ]);
  });

  it('leaves out people the family does not include, and says so when nobody can be drawn', () => {
    render(<Genogram title="Genogram" people={[]} genogram={genogram} emptyText="No relationships recorded yet." />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No relationships recorded yet.')).toBeTruthy();
  });
});
