import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { VendorScope, whereVendorScope } from '@rapport/api-database';
import { Vendor } from './vendor.entity';
import { VendorVolumeQuery } from './vendor-volume.query';

/** A vendor to create; without holidays it has none. */
export type NewVendor = Omit<Vendor, 'id' | 'createdAt' | 'holidays'> & Partial<Pick<Vendor, 'holidays'>>;

/** Every read takes the caller's vendor scope: partner users see only their own vendor. */
@Injectable()
export class VendorsService {
  constructor(
    @InjectRepository(Vendor) private readonly vendors: Repository<Vendor>,
    private readonly volumeQuery: VendorVolumeQuery,
  ) {}

  async list(scope: VendorScope): Promise<VendorDto[]> {
    const vendors = await whereVendorScope(this.vendors.createQueryBuilder('vendor'), scope, 'vendor.id').orderBy('vendor.name', 'ASC').getMany();
    return vendors.map(toVendorDto);
  }

  /** One vendor, or null when it does not exist or lies outside the scope (callers answer 404 either way). */
  async get(scope: VendorScope, id: string): Promise<VendorDto | null> {
    const vendor = await whereVendorScope(this.vendors.createQueryBuilder('vendor'), scope, 'vendor.id').andWhere('vendor.id = :id', { id }).getOne();
    return vendor ? toVendorDto(vendor) : null;
  }

  monthlyVolume(scope: VendorScope): Promise<MonthlyVolumeDto[]> {
    return this.volumeQuery.run(scope);
  }

  count(): Promise<number> {
    return this.vendors.count();
  }

  async create(vendor: NewVendor, now: string): Promise<Vendor> {
    return this.vendors.save(this.vendors.create({ holidays: [], ...vendor, id: randomUUID(), createdAt: now }));
  }
}

export function toVendorDto(vendor: Vendor): VendorDto {
  return { id: vendor.id, slug: vendor.slug, name: vendor.name, country: vendor.country, timeZone: vendor.timeZone, sites: vendor.sites };
}
