import { Injectable, OnModuleInit } from '@nestjs/common';
import { VendorProfileChangeHook, VendorProfileChangeHooks } from '@rapport/api-vendors';
import type { RescoreStartedDto } from '@rapport/contracts';
import { ScoringWorker } from './scoring-worker';

/**
 * A vendor's time zone, hours and expected formality feed its conversations' scores: after a change, those scored
 * with the earlier profile are scored again. A change that leaves them as they were (a new name) starts nothing.
 */
@Injectable()
export class VendorRescoreHook implements VendorProfileChangeHook, OnModuleInit {
  constructor(
    private readonly hooks: VendorProfileChangeHooks,
    private readonly worker: ScoringWorker,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  vendorProfileChanged(vendorId: string): Promise<RescoreStartedDto> {
    return this.worker.rescoreOutdated(vendorId);
  }
}
