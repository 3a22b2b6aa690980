export * from './lib/vendor.entity';
export * from './lib/agent.entity';
export * from './lib/vendors.service';
export * from './lib/vendors.module';
export * from './lib/vendor-profiles.service';
export * from './lib/vendor-profile.mapping';
export * from './lib/vendor-profile-change.hooks';
export * from './lib/imported-vendors';
