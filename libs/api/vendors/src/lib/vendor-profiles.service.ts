import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, Principal } from '@rapport/api-core';
import { AuditService } from '@rapport/api-audit';
import type { VendorProfileDto, VendorProfileInput, VendorProfileSavedDto } from '@rapport/contracts';
import { Vendor } from './vendor.entity';
import { VendorProfileChangeHooks } from './vendor-profile-change.hooks';
import { toVendorFields, toVendorProfileDto } from './vendor-profile.mapping';

/**
 * Full vendor profiles (hours, market formality) for the settings page, and their creation and change by
 * administrators; each write and its audit entry are stored together or not at all.
 */
@Injectable()
export class VendorProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly changes: VendorProfileChangeHooks,
  ) {}

  async list(): Promise<VendorProfileDto[]> {
    const vendors = await this.dataSource.getRepository(Vendor).find({ order: { name: 'ASC' } });
    return vendors.map(toVendorProfileDto);
  }

  async create(input: VendorProfileInput, actor: Principal, ip: string | null): Promise<VendorProfileDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertSlugFree(manager, input.slug, null);
      const repository = manager.getRepository(Vendor);
      const vendor = await repository.save(repository.create({ ...toVendorFields(input), id: randomUUID(), createdAt: this.clock.now().toISOString() }));
      const after = toVendorProfileDto(vendor);
      await this.audit.record({ actor, action: 'vendor.change', target: { type: 'vendor', id: vendor.id }, vendorId: vendor.id, ip, details: { created: after } }, manager);
      return after;
    });
  }

  /**
   * Replaces the whole profile; 404 when the vendor does not exist. Once committed, conversations scored with its
   * earlier hours, time zone or formality are scored again in the background (`rescore` says how many).
   */
  async update(id: string, input: VendorProfileInput, actor: Principal, ip: string | null): Promise<VendorProfileSavedDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Vendor);
      const existing = await repository.findOneBy({ id });
      if (!existing) {
        throw DomainError.notFound('Vendor');
      }
      await this.assertSlugFree(manager, input.slug, id);
      const before = toVendorProfileDto(existing);
      const vendor = await repository.save({ ...existing, ...toVendorFields(input) });
      const after = toVendorProfileDto(vendor);
      await this.audit.record({ actor, action: 'vendor.change', target: { type: 'vendor', id }, vendorId: id, ip, details: { before, after } }, manager);
      return after;
    });
    return { ...saved, rescore: await this.changes.run(id) };
  }

  private async assertSlugFree(manager: EntityManager, slug: string, ownId: string | null): Promise<void> {
    const holder = await manager.getRepository(Vendor).findOneBy({ slug });
    if (holder && holder.id !== ownId) {
      throw new DomainError(409, 'slug_taken', `Another vendor already uses the slug ${slug}`);
    }
  }
}
