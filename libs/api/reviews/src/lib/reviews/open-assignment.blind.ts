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
 * conversation without its automatic scores, signals and evidence. Registered with the explorer's blinds.
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
    const open = await this.dataSource
      .getRepository(ReviewAssignment)
      .createQueryBuilder('a')
      .leftJoin(Review, 'r', 'r.assignment_id = a.id')
      .where('a.conversation_id = :conversationId', { conversationId })
      .andWhere('a.reviewer_id = :reviewerId', { reviewerId: principal.id })
      .andWhere("(r.id IS NULL OR r.status <> 'submitted')")
      .getCount();
    return open > 0;
  }
}
