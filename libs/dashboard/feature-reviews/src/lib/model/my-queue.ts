import type { AssignmentDto } from '@rapport/contracts';

/** Submitted work listed under the queue; the rest is counted, not listed, so the page stays short. */
export const SUBMITTED_SHOWN = 10;

export interface MyQueueView {
  /** Still to grade: not started or a draft, in the order the API assigned them. */
  open: AssignmentDto[];
  /** The latest submitted ones (the API lists them oldest first). */
  submitted: AssignmentDto[];
  submittedCount: number;
}

/** A reviewer's queue split into what is left to do and what is done. */
export function myQueueView(items: readonly AssignmentDto[]): MyQueueView {
  const open = items.filter((item) => item.reviewStatus !== 'submitted');
  const done = items.filter((item) => item.reviewStatus === 'submitted');
  return { open, submitted: done.slice(-SUBMITTED_SHOWN).reverse(), submittedCount: done.length };
}
