import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssignmentDto, ReviewStatus, VendorRef } from '@rapport/contracts';
import { ReviewAssignment, ReviewQueue } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';
import { vendorRefOf } from '../review-directory';

export const MAX_ASSIGNMENTS_LISTED = 1000;

export interface AssignmentFilter {
  queueId?: string;
  reviewerId?: string;
  id?: string;
  /** Without a submitted review only. */
  openOnly?: boolean;
}

/** Assignments with their queue's name and the state of their review, for queue views and "my queue". */
@Injectable()
export class AssignmentsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async one(id: string, vendors: ReadonlyMap<string, VendorRef>): Promise<AssignmentDto | null> {
    return (await this.list({ id }, vendors))[0] ?? null;
  }

  async list(filter: AssignmentFilter, vendors: ReadonlyMap<string, VendorRef>): Promise<AssignmentDto[]> {
    const query = this.dataSource
      .getRepository(ReviewAssignment)
      .createQueryBuilder('a')
      .innerJoin(ReviewQueue, 'q', 'q.id = a.queue_id')
      .leftJoin(Review, 'r', 'r.assignment_id = a.id')
      .select([
        'a.id AS id',
        'a.queue_id AS queue_id',
        'q.name AS queue_name',
        'q.kind AS kind',
        'a.conversation_id AS conversation_id',
        'a.vendor_id AS vendor_id',
      ])
      .addSelect([
        'a.language AS language',
        'a.channel AS channel',
        'a.reason AS reason',
        'a.reviewer_id AS reviewer_id',
        'r.status AS review_status',
      ])
      .orderBy('a.created_at')
      .addOrderBy('a.id')
      .limit(MAX_ASSIGNMENTS_LISTED);
    if (filter.id !== undefined) {
      query.andWhere('a.id = :id', { id: filter.id });
    }
    if (filter.queueId !== undefined) {
      query.andWhere('a.queue_id = :queueId', { queueId: filter.queueId });
    }
    if (filter.reviewerId !== undefined) {
      query.andWhere('a.reviewer_id = :reviewerId', {
        reviewerId: filter.reviewerId,
      });
    }
    if (filter.openOnly) {
      query.andWhere("(r.status IS NULL OR r.status <> 'submitted')");
    }
    const rows: Array<Record<string, string | null>> = await query.getRawMany();
    return rows.map((row) => ({
      id: String(row['id']),
      queueId: String(row['queue_id']),
      queueName: String(row['queue_name']),
      kind: row['kind'] as AssignmentDto['kind'],
      conversationId: String(row['conversation_id']),
      vendor: vendorRefOf(vendors, String(row['vendor_id'])),
      language: String(row['language']),
      channel: row['channel'] as AssignmentDto['channel'],
      reason: String(row['reason']),
      reviewerId: String(row['reviewer_id']),
      reviewStatus: (row['review_status'] as ReviewStatus | null) ?? null,
    }));
  }
}
