import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@rapport/api-audit';
import { Agent } from './agent.entity';
import { Vendor } from './vendor.entity';
import { VendorVolumeSource } from './vendor-volume.source';
import { VendorsController } from './vendors.controller';
import { VendorsService } from './vendors.service';
import { VendorProfilesController } from './vendor-profiles.controller';
import { VendorProfilesService } from './vendor-profiles.service';
import { VendorProfileChangeHooks } from './vendor-profile-change.hooks';
import { VendorLookup } from './vendor-lookup';
import { AgentDirectory } from './agent-directory';
import { AgentOptionsQuery } from './agent-options.query';
import { Vendors1764000000000 } from './1764000000000-vendors.migration';
import { VendorHolidays1765000006000 } from './1765000006000-vendor-holidays.migration';

export const VENDOR_MIGRATIONS = [Vendors1764000000000, VendorHolidays1765000006000];

@Module({
  imports: [TypeOrmModule.forFeature([Vendor, Agent]), AuditModule],
  // Profiles first: its `GET vendors/profiles` must be matched before `GET vendors/:vendorId`.
  controllers: [VendorProfilesController, VendorsController],
  providers: [VendorsService, VendorVolumeSource, VendorProfilesService, VendorProfileChangeHooks, VendorLookup, AgentDirectory, AgentOptionsQuery],
  exports: [VendorsService, VendorVolumeSource, VendorProfilesService, VendorProfileChangeHooks, VendorLookup, AgentDirectory, AgentOptionsQuery, TypeOrmModule],
})
export class VendorsModule {}
