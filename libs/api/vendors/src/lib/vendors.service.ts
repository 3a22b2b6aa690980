import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { VendorScope, whereVendorScope } from '@rapport/api-database';
import { Vendor } from './vendor.entity';
import { VendorVolumeSource } from './vendor-volume.source';

/** A vendor to create; without holidays it has none. */
export type NewVendor = Omit<Vendor, 'id' | 'createdAt' | 'holidays'> & Partial<Pick<Vendor, 'holidays'>>;

/** Every read takes the caller's vendor scope: partner users see only their own vendor. */
@Injectable()
export class VendorsService {
  constructor(
    @InjectRepository(Vendor) private readonly vendors: Repository<Vendor>,
    private readonly volume: VendorVolumeSource,
  ) {}

  async list(scope: VendorScope): Promise<VendorDto[]> {
    const [vendors, colours] = await Promise.all([
      whereVendorScope(this.vendors.createQueryBuilder('vendor'), scope, 'vendor.id').orderBy('vendor.name', 'ASC').getMany(),
      this.colourIndexes(),
    ]);
    return vendors.map((vendor) => toVendorDto(vendor, colours.get(vendor.id)));
  }

  /**
   * Each vendor's place in creation order (ties in the same instant by id). Creation times never change and vendors
   * are never deleted, so a vendor's index is fixed when it is created: a new vendor takes the next one and no other
   * vendor's colour moves. Read over all vendors, also for a partner, whose own index must not depend on its scope.
   */
  private async colourIndexes(): Promise<Map<string, number>> {
    const all = await this.vendors.find({ select: { id: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    return new Map(all.map((vendor, index) => [vendor.id, index]));
  }

  /** One vendor, or null when it does not exist or lies outside the scope (callers answer 404 either way). */
  async get(scope: VendorScope, id: string): Promise<VendorDto | null> {
    const vendor = await whereVendorScope(this.vendors.createQueryBuilder('vendor'), scope, 'vendor.id').andWhere('vendor.id = :id', { id }).getOne();
    return vendor ? toVendorDto(vendor, (await this.colourIndexes()).get(vendor.id)) : null;
  }

  monthlyVolume(scope: VendorScope): Promise<MonthlyVolumeDto[]> {
    return this.volume.monthlyVolume(scope);
  }

  count(): Promise<number> {
    return this.vendors.count();
  }

  async create(vendor: NewVendor, now: string): Promise<Vendor> {
    return this.vendors.save(this.vendors.create({ holidays: [], ...vendor, id: randomUUID(), createdAt: now }));
  }
}

export function toVendorDto(vendor: Vendor, colourIndex?: number): VendorDto {
  return {
    id: vendor.id,
    slug: vendor.slug,
    name: vendor.name,
    country: vendor.country,
    timeZone: vendor.timeZone,
    sites: vendor.sites,
    ...(colourIndex === undefined ? {} : { colourIndex }),
  };
}
