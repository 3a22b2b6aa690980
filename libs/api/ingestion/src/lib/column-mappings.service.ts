import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { ColumnMappingDto, ColumnMappingInput } from '@rapport/contracts';
import { DomainError } from '@rapport/api-core';
import { ColumnMapping } from './column-mapping.entity';
import { checkColumnMapping } from './import-options';

/** Saved header mappings for clients' CSV exports whose headers differ from the canonical ones. */
@Injectable()
export class ColumnMappingsService {
  constructor(@InjectRepository(ColumnMapping) private readonly mappings: Repository<ColumnMapping>) {}

  async list(): Promise<ColumnMappingDto[]> {
    return (await this.mappings.find({ order: { name: 'ASC' } })).map(toColumnMappingDto);
  }

  async get(id: string): Promise<ColumnMapping> {
    const mapping = await this.mappings.findOneBy({ id });
    if (!mapping) {
      throw DomainError.notFound(`Column mapping ${id}`);
    }
    return mapping;
  }

  async create(input: ColumnMappingInput, now: string): Promise<ColumnMappingDto> {
    const problems = checkColumnMapping(input.format, input.mapping, input.defaults);
    if (problems.length > 0) {
      throw DomainError.invalid(problems.join('; '), problems.map((reason) => ({ line: 0, field: 'mapping', reason })));
    }
    if (await this.mappings.existsBy({ name: input.name })) {
      throw new DomainError(409, 'conflict', `A column mapping named "${input.name}" already exists`);
    }
    const saved = await this.mappings.save({ id: randomUUID(), ...input, createdAt: now });
    return toColumnMappingDto(saved);
  }

  async remove(id: string): Promise<void> {
    await this.get(id);
    await this.mappings.delete({ id });
  }
}

function toColumnMappingDto(mapping: ColumnMapping): ColumnMappingDto {
  return { id: mapping.id, name: mapping.name, format: mapping.format, mapping: mapping.mapping, defaults: mapping.defaults, createdAt: mapping.createdAt };
}
