/** The label of a code from one of the domain's code lists, or the code itself if unknown (old data). */
export function labelOf(list: Readonly<Record<string, { label: string }>>, code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return list[code]?.label ?? code;
}
