import { Injectable } from '@nestjs/common';
import type { MonthlyVolumeDto } from '@rapport/contracts';
import type { VendorScope } from '@rapport/api-database';

/** Counts conversations per vendor per month (the conversations library, which owns them, does). */
export interface VendorVolumeCounter {
  monthlyVolume(scope: VendorScope): Promise<MonthlyVolumeDto[]>;
}

/**
 * Where the conversations library registers its count (in `onModuleInit`): it depends on this library, so this one
 * cannot import it.
 */
@Injectable()
export class VendorVolumeSource {
  private counter: VendorVolumeCounter | null = null;

  register(counter: VendorVolumeCounter): void {
    this.counter = counter;
  }

  monthlyVolume(scope: VendorScope): Promise<MonthlyVolumeDto[]> {
    if (!this.counter) {
      throw new Error(
        'No conversation volume is registered: import the conversations module beside the vendors module',
      );
    }
    return this.counter.monthlyVolume(scope);
  }
}
