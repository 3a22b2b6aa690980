import { Body, Controller, Get, Ip, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { AssignmentDto, CreateQueueRequest, createQueueSchema, QueueDto, QueueScheduleRequest, queueScheduleSchema, ReviewerDto } from '@rapport/contracts';
import { LEADS, REVIEWERS } from '../review-roles';
import { ReviewDirectory } from '../review-directory';
import { QueuesService } from './queues.service';
import { QueueScheduleService } from './queue-schedule.service';

@ApiTags('reviews')
@Controller('reviews')
export class QueuesController {
  constructor(
    private readonly queues: QueuesService,
    private readonly schedules: QueueScheduleService,
    private readonly directory: ReviewDirectory,
  ) {}

  @Get('reviewers')
  @Access({ roles: LEADS })
  @ApiOkResponse({
    description: 'The active QA reviewers and leads a lead may put on a queue or calibration session, by name.',
  })
  reviewers(): Promise<ReviewerDto[]> {
    return this.directory.reviewers();
  }

  @Get('queues')
  @Access({ roles: [...LEADS, 'qa-reviewer'] })
  @ApiOkResponse({
    description:
      'Review queues and calibration sessions, newest first, with how many items they hold and how many are reviewed.',
  })
  list(): Promise<QueueDto[]> {
    return this.queues.list();
  }

  @Post('queues')
  @Access({ roles: LEADS })
  @ApiBody({
    schema: z.toJSONSchema(createQueueSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'Creates a queue with the rubric’s current version and fills it: the seed makes the draw repeatable; each conversation once; reviewers get equal shares.',
  })
  create(
    @Body(new ZodValidationPipe(createQueueSchema)) body: CreateQueueRequest,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<QueueDto> {
    return this.queues.create(body, actor, ip);
  }

  @Post('queues/:queueId/refill')
  @Access({ roles: LEADS })
  @ApiOkResponse({
    description: 'Draws again with the queue’s rule and seed and adds only conversations the queue does not hold.',
  })
  refill(@Param('queueId') queueId: string): Promise<QueueDto> {
    return this.queues.refill(queueId);
  }

  @Put('queues/:queueId/schedule')
  @Access({ roles: LEADS })
  @ApiBody({ schema: z.toJSONSchema(queueScheduleSchema, { io: 'input' }) as object })
  @ApiOkResponse({
    description:
      'Changes a sampling queue’s refill schedule (daily, weekly, or null for on request only); the next refill is one period after the change. Audited.',
  })
  schedule(
    @Param('queueId') queueId: string,
    @Body(new ZodValidationPipe(queueScheduleSchema)) body: QueueScheduleRequest,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<QueueDto> {
    return this.schedules.change(queueId, body, actor, ip);
  }

  @Get('queues/:queueId/assignments')
  @Access({ roles: LEADS })
  @ApiOkResponse({
    description: 'The queue’s conversations, their reviewer and the state of each review.',
  })
  items(@Param('queueId') queueId: string): Promise<AssignmentDto[]> {
    return this.queues.items(queueId);
  }

  @Get('assignments/mine')
  @Access({ roles: REVIEWERS })
  @ApiOkResponse({
    description: 'The caller’s assignments in every queue and calibration session, those still to review first.',
  })
  mine(@CurrentPrincipal() principal: Principal): Promise<AssignmentDto[]> {
    return this.queues.mine(principal);
  }
}
