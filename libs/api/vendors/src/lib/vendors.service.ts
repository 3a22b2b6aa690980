import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { Vendor } from './vendor.entity';
import { VendorVolumeQuery } from './vendor-volume.query';

export type NewVendor = Omit<Vendor, 'id' | 'createdAt'>;

@Injectable()
export class VendorsService {
  constructor(
    @InjectRepository(Vendor) private readonly vendors: Repository<Vendor>,
    private readonly volumeQuery: VendorVolumeQuery,
  ) {}

  async list(): Promise<VendorDto[]> {
    const vendors = await this.vendors.find({ order: { name: 'ASC' } });
    return vendors.map(toVendorDto);
  }

  monthlyVolume(): Promise<MonthlyVolumeDto[]> {
    return this.volumeQuery.run();
  }

  count(): Promise<number> {
    return this.vendors.count();
  }

  async create(vendor: NewVendor, now: string): Promise<Vendor> {
    return this.vendors.save(this.vendors.create({ ...vendor, id: randomUUID(), createdAt: now }));
  }
}

export function toVendorDto(vendor: Vendor): VendorDto {
  return { id: vendor.id, slug: vendor.slug, name: vendor.name, country: vendor.country, timeZone: vendor.timeZone, sites: vendor.sites };
}
