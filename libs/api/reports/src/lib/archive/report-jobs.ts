import { Inject, Injectable } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '@rapport/api-core';
import { ReportGenerator, ReportRequest } from './report-generator';

export const REPORT_JOB = 'report';
/** Runs of one report before it is marked failed: rendering fails only when the database does, which recovers. */
export const REPORT_ATTEMPTS = 4;

/**
 * `first`: someone is waiting on the Reports page (a regeneration asked for by a lead), so it runs before reports the
 * schedule queued; `last`: the schedule's catch-up, which nobody watches.
 */
export type JobOrder = 'first' | 'last';

/**
 * Report generation as jobs of the shared queue: in this process without Redis, in `npm run worker` processes with
 * it. The job id is the row and its request time, so the same request queued twice (two API instances, a retried
 * enqueue) runs once while it waits; `ReportGenerator` makes a late duplicate do nothing.
 */
@Injectable()
export class ReportJobs {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    generator: ReportGenerator,
  ) {
    this.jobs.handle<ReportRequest>(REPORT_JOB, (request, context) => generator.generate(request, context));
  }

  async enqueue(requests: readonly ReportRequest[], order: JobOrder): Promise<void> {
    // Each `first` job goes to the front: added last to first, they run in the order asked.
    for (const request of order === 'first' ? [...requests].reverse() : requests) {
      await this.jobs.add<ReportRequest>(REPORT_JOB, request, { jobId: reportJobId(request), attempts: REPORT_ATTEMPTS, first: order === 'first' });
    }
  }

  /** Resolves once this process runs no job (tests, shutdown); with Redis the workers run them. */
  idle(): Promise<void> {
    return this.jobs.idle();
  }
}

/** BullMQ refuses ':' in custom ids: the request time goes in as milliseconds. */
export function reportJobId(request: ReportRequest): string {
  return `${REPORT_JOB}-${request.archiveId}-${Date.parse(request.requestedAt)}`;
}
