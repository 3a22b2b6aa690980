/**
 * The selection every analytics endpoint accepts (see ScorecardParams and friends in @rapport/contracts): months
 * or days, vendors by slug or id, and the case-mix dimensions; lists are sent comma-separated.
 */
export interface AnalyticsSelection {
  [name: string]: string | number | readonly string[] | undefined;
  month?: string;
  from?: string;
  to?: string;
  vendors?: readonly string[];
  channels?: readonly string[];
  languages?: readonly string[];
  minSample?: number;
}
