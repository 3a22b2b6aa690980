import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import type { RubricDto, RubricInput } from '@rapport/contracts';
import { Rubric, RubricVersion } from '../entities/rubric.entity';
import { ReviewQueue } from '../entities/review-queue.entity';
import { Review } from '../entities/review.entity';

export function toRubricDto(version: RubricVersion): RubricDto {
  return {
    id: version.rubricId,
    name: version.name,
    description: version.description,
    versionId: version.id,
    version: Number(version.version),
    criteria: version.criteria,
    createdAt: version.createdAt,
  };
}

/**
 * Rubrics are versioned: an edit of a version no queue or review uses yet replaces it; an edit of a version in use
 * adds the next version, so every review keeps the criteria it was graded with. Every change is audited.
 */
@Injectable()
export class RubricsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<RubricDto[]> {
    const versions = await this.dataSource
      .getRepository(RubricVersion)
      .createQueryBuilder('v')
      .innerJoin(Rubric, 'r', 'r.current_version_id = v.id')
      .orderBy('v.name')
      .limit(500)
      .getMany();
    return versions.map(toRubricDto);
  }

  /** The current version of a rubric. */
  async get(rubricId: string): Promise<RubricDto> {
    return toRubricDto(await this.currentVersion(this.dataSource.manager, rubricId));
  }

  async currentVersion(manager: EntityManager, rubricId: string): Promise<RubricVersion> {
    const rubric = await manager.getRepository(Rubric).findOneBy({ id: rubricId });
    const version = rubric && (await manager.getRepository(RubricVersion).findOneBy({ id: rubric.currentVersionId }));
    if (!version) {
      throw DomainError.notFound('Rubric');
    }
    return version;
  }

  async version(versionId: string): Promise<RubricVersion> {
    const version = await this.dataSource.getRepository(RubricVersion).findOneBy({ id: versionId });
    if (!version) {
      throw DomainError.notFound('Rubric version');
    }
    return version;
  }

  async create(input: RubricInput, actor: Principal | null, ip: string | null): Promise<RubricDto> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now().toISOString();
      const rubricId = randomUUID();
      const version = this.newVersion(rubricId, 1, input, actor, now);
      await manager.getRepository(Rubric).insert({ id: rubricId, currentVersionId: version.id, createdAt: now });
      await manager.getRepository(RubricVersion).insert(version);
      await this.record(manager, actor, ip, version, { created: true });
      return toRubricDto(version);
    });
  }

  async update(rubricId: string, input: RubricInput, actor: Principal, ip: string | null): Promise<RubricDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.currentVersion(manager, rubricId);
      const now = this.clock.now().toISOString();
      const inUse =
        (await manager.getRepository(ReviewQueue).existsBy({ rubricVersionId: current.id })) ||
        (await manager.getRepository(Review).existsBy({ rubricVersionId: current.id }));
      if (!inUse) {
        const replaced = {
          ...current,
          name: input.name,
          description: input.description,
          criteria: input.criteria,
        };
        await manager.getRepository(RubricVersion).update(
          { id: current.id },
          {
            name: input.name,
            description: input.description,
            criteria: input.criteria,
          },
        );
        await this.record(manager, actor, ip, replaced, {
          replacedInPlace: true,
        });
        return toRubricDto(replaced);
      }
      const next = this.newVersion(rubricId, Number(current.version) + 1, input, actor, now);
      await manager.getRepository(RubricVersion).insert(next);
      await manager.getRepository(Rubric).update({ id: rubricId }, { currentVersionId: next.id });
      await this.record(manager, actor, ip, next, {
        previousVersion: Number(current.version),
      });
      return toRubricDto(next);
    });
  }

  private newVersion(
    rubricId: string,
    version: number,
    input: RubricInput,
    actor: Principal | null,
    now: string,
  ): RubricVersion {
    return {
      id: randomUUID(),
      rubricId,
      version,
      name: input.name,
      description: input.description,
      criteria: input.criteria,
      createdAt: now,
      createdBy: actor?.id ?? null,
    };
  }

  private record(
    manager: EntityManager,
    actor: Principal | null,
    ip: string | null,
    version: RubricVersion,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        actor: actor ?? { kind: 'system', label: 'demo mode' },
        action: 'rubric.change',
        target: { type: 'rubric', id: version.rubricId },
        ip,
        details: {
          ...details,
          version: version.version,
          versionId: version.id,
          name: version.name,
          criteria: version.criteria.length,
        },
      },
      manager,
    );
  }
}
