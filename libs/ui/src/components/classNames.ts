/** Joins the class names that are set, so optional GOV.UK modifiers read as one expression. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
