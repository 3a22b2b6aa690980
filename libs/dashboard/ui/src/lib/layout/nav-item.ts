import type { IconName } from './icon';

/** One entry of the main navigation. */
export interface NavItem {
  /** Absolute router path without the leading slash, e.g. 'vendors'. */
  path: string;
  label: string;
  icon: IconName;
}
