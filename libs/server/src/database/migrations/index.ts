import { Foundation1763802000000 } from './1763802000000-foundation';

/** Ordered migration history. Add new migrations at the end; never edit one that has shipped. */
export const migrations: Function[] = [Foundation1763802000000];
