import { Radios, Select, type RadiosItem, type RadiosProps, type SelectProps } from '@childfirst/ui';
import type { ReactNode } from 'react';

/**
 * A code list of libs/domain ("sexes", "warningTypes", "legalBases"…): codes the API accepts, each
 * with the label people read. Forms offer exactly these codes, so what is chosen is what is sent.
 */
export type CodeList<Code extends string> = Readonly<Record<Code, { readonly label: string }>>;

export interface CodeListItem<Code extends string> {
  value: Code;
  text: string;
}

/** The list's codes in their own order, as form options; `exclude` leaves some out (codes only the platform writes). */
export function codeListItems<Code extends string>(codes: CodeList<Code>, exclude: readonly string[] = []): CodeListItem<Code>[] {
  return (Object.entries(codes) as [Code, { label: string }][])
    .filter(([value]) => !exclude.includes(value))
    .map(([value, { label }]) => ({ value, text: label }));
}

export type CodeListSelectProps<Code extends string> = Omit<SelectProps<Code>, 'items'> & {
  codes: CodeList<Code>;
  exclude?: readonly string[];
  /** The first option, which selects no code: "Not recorded", "Choose the kind of event". */
  emptyOption?: string;
  /** How a code reads in the list when its label alone is not enough ("C2 – Full care order"). */
  textOf?: (code: Code, label: string) => string;
};

/** A select of a long code list (ethnicity, language, event type), where the person knows the answer they look for. */
export function CodeListSelect<Code extends string>({ codes, exclude, emptyOption, textOf, ...select }: CodeListSelectProps<Code>) {
  const items = codeListItems(codes, exclude).map((item) => (textOf ? { ...item, text: textOf(item.value, item.text) } : item));
  return <Select<Code> {...select} items={emptyOption === undefined ? items : [{ value: '', text: emptyOption }, ...items]} />;
}

export type CodeListRadiosProps<Code extends string> = Omit<RadiosProps<Code | ''>, 'items'> & {
  codes: CodeList<Code>;
  exclude?: readonly string[];
  /** A hint under a code's label. */
  hints?: Partial<Record<Code, string>>;
  /** A question revealed under a code while it is selected (GOV.UK conditional reveal). */
  conditionals?: Partial<Record<Code, ReactNode>>;
  /** A last option that selects no code, such as "Not recorded", for an answer that can be cleared. */
  noneOption?: string;
};

/** Radios of a short code list (sex, warning type, legal basis): every option visible at once. */
export function CodeListRadios<Code extends string>({ codes, exclude, hints, conditionals, noneOption, ...radios }: CodeListRadiosProps<Code>) {
  const items: RadiosItem<Code | ''>[] = codeListItems(codes, exclude).map(({ value, text }) => {
    const hint = hints?.[value];
    const conditional = conditionals?.[value];
    return { value, text, ...(hint ? { hint: { text: hint } } : {}), ...(conditional ? { conditional: { html: conditional } } : {}) };
  });
  if (noneOption !== undefined) items.push({ value: '', text: noneOption });
  return <Radios<Code | ''> {...radios} items={items} />;
}
