import { formatDate } from '@childfirst/ui';
import type { AgencyTask } from '../../api/frontDoorTypes';

/** "Sam Adams (born 4 March 2015) and Alex Adams", or the family when no child is named. */
export function childrenOf(task: AgencyTask): string {
  const names = task.children.map((child) => (child.dateOfBirth ? `${child.name} (born ${formatDate(child.dateOfBirth)})` : child.name));
  if (names.length === 0) return task.familyName ? `The ${task.familyName} family` : 'Children not yet named';
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What the task is called in a link: the family, else the first child. */
export function taskTitle(task: AgencyTask): string {
  if (task.familyName) return `${task.familyName} family`;
  return task.children[0]?.name ?? 'Family not yet identified';
}
