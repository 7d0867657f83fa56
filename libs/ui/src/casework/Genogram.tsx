import { useId, type ReactNode } from 'react';
import { genogramGeometry, layoutGenogram, type GenogramData } from './genogramLayout';

export type { GenogramData } from './genogramLayout';

export interface GenogramPerson {
  id: string;
  name: string;
  /** CIN census sex codes: M, F, U (not known or indeterminate); anything else is drawn as not known. */
  sex: string;
  age: number | null;
}

export interface GenogramProps {
  /** Names the diagram, e.g. "Genogram of the Adams family". */
  title: string;
  people: GenogramPerson[];
  genogram: GenogramData;
  /** Shown in place of the diagram when nobody can be drawn. */
  emptyText?: string;
}

type Shape = 'square' | 'circle' | 'diamond';

/** Genogram convention: a square for a male, a circle for a female, a diamond when the sex is not known. */
export function genogramShape(sex: string): Shape {
  if (sex === 'M') return 'square';
  if (sex === 'F') return 'circle';
  return 'diamond';
}

const sexWords: Record<Shape, string> = { square: 'male', circle: 'female', diamond: 'sex not known' };

function ageInShape(age: number | null): string {
  if (age === null) return '?';
  return age < 1 ? '<1' : String(age);
}

function ageInWords(age: number | null): string {
  if (age === null) return 'age not known';
  return age < 1 ? 'aged under 1' : `aged ${age}`;
}

/** Joins names as a person would say them: "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Splits a name over at most two lines of about 16 characters, so it fits under its shape. */
function nameLines(name: string): string[] {
  const maxLength = 16;
  const words = name.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxLength) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines.map((line) => (line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line));
  const second = lines.slice(1).join(' ');
  return [lines[0] as string, second.length > maxLength ? `${second.slice(0, maxLength - 1)}…` : second];
}

function ShapeOf({ shape, x, y }: { shape: Shape; x: number; y: number }) {
  const half = genogramGeometry.shapeSize / 2;
  if (shape === 'square') return <rect className="childfirst-genogram__shape" x={x - half} y={y - half} width={half * 2} height={half * 2} />;
  if (shape === 'circle') return <circle className="childfirst-genogram__shape" cx={x} cy={y} r={half} />;
  const reach = half + 4;
  return <polygon className="childfirst-genogram__shape" points={`${x},${y - reach} ${x + reach},${y} ${x},${y + reach} ${x - reach},${y}`} />;
}

/** What the diagram shows, person by person, for people who cannot see it (WCAG 1.1.1). */
function describePeople(people: Map<string, GenogramPerson>, rows: string[][], genogram: GenogramData): string[] {
  const name = (id: string) => people.get(id)?.name ?? 'someone not in this family';
  return rows.flat().map((id) => {
    const person = people.get(id) as GenogramPerson;
    const sentences = [`${person.name}, ${sexWords[genogramShape(person.sex)]}, ${ageInWords(person.age)}.`];
    const partners = genogram.partnerships.filter((p) => p.a === id || p.b === id).map((p) => ({ other: p.a === id ? p.b : p.a, ended: p.ended }));
    const current = partners.filter((p) => !p.ended).map((p) => name(p.other));
    const former = partners.filter((p) => p.ended).map((p) => name(p.other));
    if (current.length > 0) sentences.push(`Partner of ${listOf(current)}.`);
    if (former.length > 0) sentences.push(`Former partner of ${listOf(former)} (ended).`);
    const parents = genogram.parentage.filter((p) => p.childId === id).flatMap((p) => p.parentIds);
    if (parents.length > 0) sentences.push(`Child of ${listOf(parents.map(name))}.`);
    const children = genogram.parentage.filter((p) => p.parentIds.includes(id)).map((p) => name(p.childId));
    if (children.length > 0) sentences.push(`Parent of ${listOf(children)}.`);
    return sentences.join(' ');
  });
}

function KeyShape({ children }: { children: ReactNode }) {
  return (
    <svg className="childfirst-genogram__key-shape" width="28" height="28" viewBox="-16 -16 32 32" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/**
 * A family's genogram as an SVG image, drawn from the relationships recorded in the API's genogram
 * data. The picture is one image to assistive technology (role="img", named by its title); the
 * same information follows it as a visually hidden list, person by person.
 */
export function Genogram({ title, people, genogram, emptyText = 'There is nobody to draw yet.' }: GenogramProps) {
  const id = useId().replace(/:/g, '');
  const titleId = `genogram-title-${id}`;
  const byId = new Map(people.map((person) => [person.id, person]));
  const layout = layoutGenogram(genogram, new Set(byId.keys()));
  const { shapeSize, labelLineHeight } = genogramGeometry;

  if (layout.people.length === 0) return <p className="govuk-body">{emptyText}</p>;

  const generationCount = layout.rows.length;
  const summary = `${title}: ${layout.people.length} ${layout.people.length === 1 ? 'person' : 'people'} in ${generationCount} ${generationCount === 1 ? 'generation' : 'generations'}. The relationships are listed after it.`;
  return (
    <div className="childfirst-genogram">
      {/* Wide families scroll sideways rather than shrink their names out of reading size. */}
      <div className="childfirst-genogram__scroller" role="region" aria-label={`${title}, scrolls sideways`} tabIndex={0}>
        <svg
          className="childfirst-genogram__image"
          role="img"
          aria-labelledby={titleId}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          style={{ minWidth: Math.round(layout.width * 0.75) }}
          focusable="false"
        >
          <title id={titleId}>{summary}</title>
          <g className="childfirst-genogram__lines">
            {layout.lines.map((line, index) => (
              <path key={index} className={`childfirst-genogram__line childfirst-genogram__line--${line.kind}`} d={line.d} data-line={line.kind} />
            ))}
          </g>
          {layout.people.map((placed) => {
            const person = byId.get(placed.id) as GenogramPerson;
            const shape = genogramShape(person.sex);
            return (
              <g key={placed.id} className="childfirst-genogram__person" data-person-id={placed.id} data-shape={shape}>
                <ShapeOf shape={shape} x={placed.x} y={placed.y} />
                <text className="childfirst-genogram__age" x={placed.x} y={placed.y} textAnchor="middle" dominantBaseline="central">
                  {ageInShape(person.age)}
                </text>
                <text className="childfirst-genogram__name" x={placed.x} y={placed.y + shapeSize / 2 + labelLineHeight} textAnchor="middle">
                  {nameLines(person.name).map((line, index) => (
                    <tspan key={index} x={placed.x} dy={index === 0 ? 0 : labelLineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="govuk-list childfirst-genogram__key" aria-label="Key to the genogram">
        <li>
          <KeyShape>
            <rect className="childfirst-genogram__shape" x="-11" y="-11" width="22" height="22" />
          </KeyShape>
          Square: male
        </li>
        <li>
          <KeyShape>
            <circle className="childfirst-genogram__shape" r="11" />
          </KeyShape>
          Circle: female
        </li>
        <li>
          <KeyShape>
            <polygon className="childfirst-genogram__shape" points="0,-13 13,0 0,13 -13,0" />
          </KeyShape>
          Diamond: sex not known
        </li>
        <li>
          <KeyShape>
            <path className="childfirst-genogram__line" d="M -15 0 H 15 M -7 7 L -2 -7 M 2 7 L 7 -7" />
          </KeyShape>
          Line with two strokes: partnership ended
        </li>
        <li>The number in each shape is the person’s age.</li>
      </ul>
      <div className="govuk-visually-hidden">
        <h3>Relationships in the genogram</h3>
        <ul>
          {describePeople(byId, layout.rows, genogram).map((sentence, index) => (
            <li key={index}>{sentence}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
