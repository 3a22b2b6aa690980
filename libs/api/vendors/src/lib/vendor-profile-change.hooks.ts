import { Injectable } from '@nestjs/common';
import type { RescoreStartedDto } from '@rapport/contracts';

/** Something that depends on vendor profiles (scoring reads their hours, time zone and formality). */
export interface VendorProfileChangeHook {
  /** Called once a change of the vendor's profile is committed; says what it started in consequence. */
  vendorProfileChanged(vendorId: string): Promise<RescoreStartedDto>;
}

/**
 * Where features that follow vendor profiles register (in `onModuleInit`), so this module depends on none of them.
 * No hook registered: nothing is started.
 */
@Injectable()
export class VendorProfileChangeHooks {
  private readonly hooks: VendorProfileChangeHook[] = [];

  register(hook: VendorProfileChangeHook): void {
    this.hooks.push(hook);
  }

  async run(vendorId: string): Promise<RescoreStartedDto> {
    const started: RescoreStartedDto = { started: false, conversations: 0 };
    for (const hook of this.hooks) {
      const result = await hook.vendorProfileChanged(vendorId);
      started.started ||= result.started;
      started.conversations += result.conversations;
    }
    return started;
  }
}
