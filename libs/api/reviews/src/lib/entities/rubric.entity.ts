import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RubricCriterion } from '@rapport/contracts';

/** A scorecard as leads know it by name; its criteria live in versions, and reviews point at a version. */
@Entity('review_rubrics')
export class Rubric {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'current_version_id', type: 'varchar', length: 36 })
  currentVersionId!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}

/** One immutable version of a rubric once a review uses it; until then the lead's edits replace it in place. */
@Entity('review_rubric_versions')
@Index('uq_review_rubric_versions', ['rubricId', 'version'], { unique: true })
export class RubricVersion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'rubric_id', type: 'varchar', length: 36 })
  rubricId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'simple-json' })
  criteria!: RubricCriterion[];

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy!: string | null;
}
