import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '@rapport/api-core';
import { ConversationBlind, ConversationBlinds } from '@rapport/api-analytics';
import { ReviewAssignment } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';

/**
 * Keeps reviews blind outside the review form too: while the caller holds an assignment of a conversation (in a
 * queue or a calibration session) whose review is not submitted, the conversation explorer answers that
 * conversation without its automatic scores, signals and evidence, and its list and export mask them. Registered
 * with the explorer's blinds.
 */
@Injectable()
export class OpenAssignmentBlind implements ConversationBlind, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly blinds: ConversationBlinds,
  ) {}

  onModuleInit(): void {
    this.blinds.register(this);
  }

  async hidesScores(conversationId: string, principal: Principal): Promise<boolean> {
    if (principal.kind !== 'user') {
      return false;
    }
    const open = await this.openAssignments(principal.id)
      .andWhere('a.conversation_id = :conversationId', { conversationId })
      .getCount();
    return open > 0;
  }

  /** Conversations of the caller's unsubmitted assignments: the explorer's list and the export mask their scores. */
  async hiddenConversations(principal: Principal): Promise<readonly string[]> {
    if (principal.kind !== 'user') {
      return [];
    }
    const rows: Array<{ conversationId: string }> = await this.openAssignments(principal.id)
      .select('a.conversation_id', 'conversationId')
      .distinct(true)
      .getRawMany();
    return rows.map((row) => row.conversationId);
  }

  private openAssignments(reviewerId: string) {
    return this.dataSource
      .getRepository(ReviewAssignment)
      .createQueryBuilder('a')
      .leftJoin(Review, 'r', 'r.assignment_id = a.id')
      .where('a.reviewer_id = :reviewerId', { reviewerId })
      .andWhere("(r.id IS NULL OR r.status <> 'submitted')");
  }
}
