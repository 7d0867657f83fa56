/**
 * Lays out a family's genogram: generations as rows (lower `level` higher up), partners side by
 * side, children under their parents. The API decides who is in which generation; this decides
 * only where to draw them.
 */
export interface GenogramData {
  generations: { level: number; personIds: string[] }[];
  partnerships: { a: string; b: string; ended: boolean }[];
  parentage: { parentIds: string[]; childId: string }[];
}

export interface PlacedPerson {
  id: string;
  /** Centre of the shape. */
  x: number;
  y: number;
  row: number;
}

export interface GenogramLine {
  /** An SVG path, orthogonal segments only. */
  d: string;
  kind: 'partnership' | 'ended-partnership-mark' | 'descent';
}

export interface GenogramLayout {
  width: number;
  height: number;
  people: PlacedPerson[];
  lines: GenogramLine[];
  rows: string[][];
}

export const genogramGeometry = {
  /** Width of one person's column: enough for a name of about 16 characters under the shape. */
  slotWidth: 150,
  shapeSize: 44,
  rowHeight: 170,
  padding: 16,
  /** Name lines sit under the shape; descent lines from a lone parent start below them. */
  labelLineHeight: 20,
  labelLines: 2,
} as const;

const { slotWidth, shapeSize, rowHeight, padding, labelLineHeight, labelLines } = genogramGeometry;

function rowTop(row: number) {
  return padding + row * rowHeight;
}

/** Partners in one row form a unit drawn side by side; a person with two partners sits between them. */
function partnerUnits(rowIds: string[], partnersOf: Map<string, string[]>): string[][] {
  const inRow = new Set(rowIds);
  const seen = new Set<string>();
  const units: string[][] = [];
  for (const id of rowIds) {
    if (seen.has(id)) continue;
    const component: string[] = [];
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      component.push(next);
      for (const partner of partnersOf.get(next) ?? []) if (inRow.has(partner) && !seen.has(partner)) stack.push(partner);
    }
    // Walk from an end of the chain so partners stay next to each other.
    const degree = (person: string) => (partnersOf.get(person) ?? []).filter((p) => component.includes(p)).length;
    const start = component.find((person) => degree(person) <= 1) ?? component[0] ?? id;
    const ordered: string[] = [];
    const walk = (person: string) => {
      if (ordered.includes(person)) return;
      ordered.push(person);
      for (const partner of partnersOf.get(person) ?? []) if (component.includes(partner)) walk(partner);
    };
    walk(start);
    units.push(ordered);
  }
  return units;
}

export function layoutGenogram(data: GenogramData, knownIds: ReadonlySet<string>): GenogramLayout {
  const rows = [...data.generations]
    .sort((one, other) => one.level - other.level)
    .map((generation) => generation.personIds.filter((id, index, all) => knownIds.has(id) && all.indexOf(id) === index))
    .filter((row) => row.length > 0);
  // Someone listed in two generations is drawn in the first only.
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => row.forEach((id) => rowOf.has(id) || rowOf.set(id, index)));
  const drawnRows = rows.map((row, index) => row.filter((id) => rowOf.get(id) === index));

  const partnersOf = new Map<string, string[]>();
  for (const { a, b } of data.partnerships) {
    if (!rowOf.has(a) || !rowOf.has(b) || a === b) continue;
    partnersOf.set(a, [...(partnersOf.get(a) ?? []), b]);
    partnersOf.set(b, [...(partnersOf.get(b) ?? []), a]);
  }
  const parentsOf = new Map<string, string[]>();
  for (const { parentIds, childId } of data.parentage) {
    const drawnParents = parentIds.filter((id) => rowOf.has(id));
    if (rowOf.has(childId) && drawnParents.length > 0) parentsOf.set(childId, drawnParents);
  }

  const xOf = new Map<string, number>();
  drawnRows.forEach((rowIds) => {
    // Brothers and sisters (with their partners) form one block, centred under their parents.
    const blocks: { units: string[][]; order: number; desiredX?: number; key: string }[] = [];
    partnerUnits(rowIds, partnersOf).forEach((unit, order) => {
      const anchor = unit.find((id) => parentsOf.has(id));
      const parents = anchor ? (parentsOf.get(anchor) as string[]) : [];
      const key = anchor ? [...parents].sort().join('|') : `unanchored:${order}`;
      const existing = blocks.find((block) => block.key === key);
      if (existing) {
        existing.units.push(unit);
        return;
      }
      const parentXs = parents.map((parent) => xOf.get(parent)).filter((x): x is number => x !== undefined);
      const desiredX = parentXs.length > 0 ? parentXs.reduce((sum, x) => sum + x, 0) / parentXs.length : undefined;
      blocks.push({ units: [unit], order, desiredX, key });
    });
    blocks.sort((one, other) => (one.desiredX ?? Number.POSITIVE_INFINITY) - (other.desiredX ?? Number.POSITIVE_INFINITY) || one.order - other.order);
    let cursor: number | undefined;
    for (const block of blocks) {
      const members = block.units.flat();
      const blockWidth = members.length * slotWidth;
      const desiredLeft = block.desiredX === undefined ? undefined : block.desiredX - blockWidth / 2;
      const left = cursor === undefined ? (desiredLeft ?? 0) : Math.max(desiredLeft ?? cursor, cursor);
      members.forEach((id, index) => xOf.set(id, left + index * slotWidth + slotWidth / 2));
      cursor = left + blockWidth;
    }
  });

  // Shift everything so the leftmost column starts at the padding.
  const allX = [...xOf.values()];
  const minX = allX.length > 0 ? Math.min(...allX) : 0;
  const maxX = allX.length > 0 ? Math.max(...allX) : 0;
  const shift = padding + slotWidth / 2 - minX;
  for (const [id, x] of xOf) xOf.set(id, x + shift);
  const width = Math.max(maxX - minX + slotWidth + padding * 2, slotWidth + padding * 2);
  const height = rowTop(Math.max(drawnRows.length, 1) - 1) + shapeSize + labelLines * labelLineHeight + 12 + padding;

  const people: PlacedPerson[] = drawnRows.flatMap((rowIds, row) => rowIds.map((id) => ({ id, x: xOf.get(id) as number, y: rowTop(row) + shapeSize / 2, row })));
  const at = (id: string) => ({ x: xOf.get(id) as number, y: rowTop(rowOf.get(id) as number) + shapeSize / 2, row: rowOf.get(id) as number });

  const lines: GenogramLine[] = [];
  const drawnPartnerships = new Map<string, { x: number; y: number }>();
  for (const { a, b, ended } of data.partnerships) {
    if (!rowOf.has(a) || !rowOf.has(b) || a === b) continue;
    const [left, right] = [at(a), at(b)].sort((one, other) => one.x - other.x) as [ReturnType<typeof at>, ReturnType<typeof at>];
    const half = shapeSize / 2;
    if (left.row === right.row) {
      lines.push({ d: `M ${left.x + half} ${left.y} H ${right.x - half}`, kind: 'partnership' });
    } else {
      lines.push({ d: `M ${left.x} ${left.y} L ${right.x} ${right.y}`, kind: 'partnership' });
    }
    const mid = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
    drawnPartnerships.set([a, b].sort().join('|'), mid);
    // Genogram convention: two strokes across the line for a partnership that has ended.
    if (ended) lines.push({ d: `M ${mid.x - 9} ${mid.y + 8} L ${mid.x - 3} ${mid.y - 8} M ${mid.x + 3} ${mid.y + 8} L ${mid.x + 9} ${mid.y - 8}`, kind: 'ended-partnership-mark' });
  }

  // Children of the same parents share one line of descent and one sibling bar.
  const sibships = new Map<string, { parents: string[]; children: string[] }>();
  for (const [childId, parents] of parentsOf) {
    const key = [...parents].sort().join('|');
    const sibship = sibships.get(key) ?? { parents: [...parents].sort(), children: [] };
    sibship.children.push(childId);
    sibships.set(key, sibship);
  }
  let sibshipIndex = 0;
  for (const { parents, children } of sibships.values()) {
    const partnershipMid = parents.length === 2 ? drawnPartnerships.get(parents.join('|')) : undefined;
    const parentPoints = parents.map(at);
    const labelBottom = (point: { y: number }) => point.y + shapeSize / 2 + labelLines * labelLineHeight + 6;
    const start = partnershipMid ?? {
      x: parentPoints.reduce((sum, point) => sum + point.x, 0) / parentPoints.length,
      y: Math.max(...parentPoints.map(labelBottom)),
    };
    const childPoints = children.map(at);
    const topChildRow = Math.min(...childPoints.map((point) => point.row));
    const barY = rowTop(topChildRow) - 18 - (sibshipIndex % 3) * 8;
    sibshipIndex += 1;
    const xs = [start.x, ...childPoints.map((point) => point.x)];
    let d = `M ${start.x} ${start.y} V ${barY} M ${Math.min(...xs)} ${barY} H ${Math.max(...xs)}`;
    for (const child of childPoints) d += ` M ${child.x} ${barY} V ${child.y - shapeSize / 2}`;
    lines.push({ d, kind: 'descent' });
  }

  return { width, height, people, lines, rows: drawnRows };
}
