import { Random } from './random';
import { droppedLetter, misspellFullName, soundAlike, transposition } from './typos';

describe('name typos', () => {
  const random = new Random(1, 'typos');

  it('swap two neighbouring letters, keeping the first', () => {
    const typed = transposition('Thompson', random);
    expect(typed).not.toBe('Thompson');
    expect(typed[0]).toBe('T');
    expect([...typed].sort().join('')).toBe([...'Thompson'].sort().join(''));
  });

  it('drop a letter', () => {
    expect(droppedLetter('Katherine', random)).toHaveLength(8);
  });

  it('spell names as they sound', () => {
    expect(['Smyth']).toContain(soundAlike('Smith', random));
    expect(['Katherine', 'Kathryn', 'Cathryn']).toContain(soundAlike('Catherine', random));
    expect(soundAlike('Philpott', random)).not.toBe('Philpott');
  });

  it('leave an exact name alone', () => {
    expect(misspellFullName('Mia', 'Adams', 'exact', random)).toEqual({ given: 'Mia', family: 'Adams' });
  });
});
