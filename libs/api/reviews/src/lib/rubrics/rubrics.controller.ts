import { Body, Controller, Get, Ip, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Access, CLIENT_ROLES, CurrentPrincipal, Principal, ZodValidationPipe } from '@rapport/api-core';
import { RubricDto, RubricInput, rubricInputSchema } from '@rapport/contracts';
import { RubricsService } from './rubrics.service';
import { LEADS } from '../review-roles';

@ApiTags('reviews')
@Controller('reviews/rubrics')
export class RubricsController {
  constructor(private readonly rubrics: RubricsService) {}

  @Get()
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({
    description: 'Every rubric in its current version, by name.',
  })
  list(): Promise<RubricDto[]> {
    return this.rubrics.list();
  }

  @Get(':rubricId')
  @Access({ roles: CLIENT_ROLES })
  @ApiOkResponse({ description: 'A rubric in its current version.' })
  get(@Param('rubricId') rubricId: string): Promise<RubricDto> {
    return this.rubrics.get(rubricId);
  }

  @Post()
  @Access({ roles: LEADS })
  @ApiBody({
    schema: z.toJSONSchema(rubricInputSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description: 'Creates a rubric (version 1); audited as rubric.change.',
  })
  create(
    @Body(new ZodValidationPipe(rubricInputSchema)) body: RubricInput,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<RubricDto> {
    return this.rubrics.create(body, actor, ip);
  }

  @Put(':rubricId')
  @Access({ roles: LEADS })
  @ApiBody({
    schema: z.toJSONSchema(rubricInputSchema, { io: 'input' }) as object,
  })
  @ApiOkResponse({
    description:
      'Changes a rubric: a version already used by a queue or review is kept and the next version is added; audited.',
  })
  update(
    @Param('rubricId') rubricId: string,
    @Body(new ZodValidationPipe(rubricInputSchema)) body: RubricInput,
    @CurrentPrincipal() actor: Principal,
    @Ip() ip: string,
  ): Promise<RubricDto> {
    return this.rubrics.update(rubricId, body, actor, ip);
  }
}
