import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Agent } from './agent.entity';
import { Vendor } from './vendor.entity';
import { VendorVolumeQuery } from './vendor-volume.query';
import { VendorsController } from './vendors.controller';
import { VendorsService } from './vendors.service';
import { Vendors1764000000000 } from './1764000000000-vendors.migration';

export const VENDOR_MIGRATIONS = [Vendors1764000000000];

@Module({
  imports: [TypeOrmModule.forFeature([Vendor, Agent])],
  controllers: [VendorsController],
  providers: [VendorsService, VendorVolumeQuery],
  exports: [VendorsService, TypeOrmModule],
})
export class VendorsModule {}
