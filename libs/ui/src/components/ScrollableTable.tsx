import type { ReactNode } from 'react';

export interface ScrollableTableProps {
  /** Names the region for screen readers, e.g. "Referrals awaiting a decision". */
  label: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a narrow screen. The region is focusable so keyboard users
 * can scroll it too (WCAG 2.1.1), and labelled because it is focusable.
 */
export function ScrollableTable({ label, children }: ScrollableTableProps) {
  return (
    <div className="childfirst-scrollable-table" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
