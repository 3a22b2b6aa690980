import { Injectable } from '@nestjs/common';
import { addMonths } from '@rapport/analytics';
import { AnalyticsService, ConversationExplorerService } from '@rapport/api-analytics';
import { Principal } from '@rapport/api-core';
import { AgreementService, ReviewedScoreQuery } from '@rapport/api-reviews';
import { ReportSettingsService, ScorerCardService, ScoringSettingsService } from '@rapport/api-scoring';
import { VendorProfilesService } from '@rapport/api-vendors';
import { MAX_SCORECARD_MONTHS, type DriversResponse, type VendorRef } from '@rapport/contracts';
import { commonRule, methodNotes } from './method-notes';
import { monthDays } from '../report-format';
import { pooledFigures } from './pooled-figures';
import type { DriverExample, ReportData } from './report-data';

/** Drivers of low CSAT the report illustrates, and conversations quoted for each. */
const DRIVER_RULES = 3;
const EXAMPLES_PER_RULE = 2;
const QUOTE_CHARACTERS = 160;

/** The scope reports are drawn for when no person asks: every vendor (the schedule, pooled averages). */
export const REPORT_SYSTEM: Principal = { kind: 'user', id: 'report-schedule', role: 'admin', vendorScope: null, label: 'report schedule' };

/** Every `method` a response names (the statistics say which method made them), in order of first appearance. */
function methodsNamed(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((item) => methodsNamed(item, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'method' || key === 'multipleComparisons' || key === 'rankMethod') && typeof item === 'string') {
        found.add(item);
      } else {
        methodsNamed(item, found);
      }
    }
  }
  return found;
}

/** The rules whose firing goes with the lowest CSAT, worst first, among the effects that are below zero. */
export function lowCsatRules(drivers: DriversResponse, vendorId: string | null): string[] {
  const group = drivers.groups.find((candidate) => candidate.vendorId === vendorId && candidate.language === null) ?? drivers.groups[0];
  return (group?.rules ?? [])
    .filter((rule) => rule.effect.status === 'ok' && rule.effect.difference < 0)
    .sort((a, b) => (a.effect.difference ?? 0) - (b.effect.difference ?? 0))
    .slice(0, DRIVER_RULES)
    .map((rule) => rule.rule);
}

/**
 * Reads a report's data from the services behind the dashboard's pages, within the principal's vendor scope: a
 * partner's report can hold nothing the partner could not read on its own pages.
 */
@Injectable()
export class ReportSources {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly explorer: ConversationExplorerService,
    private readonly reviewed: ReviewedScoreQuery,
    private readonly agreement: AgreementService,
    private readonly scoring: ScoringSettingsService,
    private readonly reportSettings: ReportSettingsService,
    private readonly profiles: VendorProfilesService,
    private readonly card: ScorerCardService,
  ) {}

  async gather(month: string, vendor: VendorRef | null, principal: Principal): Promise<ReportData> {
    const vendors = vendor ? [vendor.id] : undefined;
    const { from, to } = monthDays(month);
    const [scorecard, gaps, coverage, drivers, reviewed, agreement, settings, profiles, reportSettings] = await Promise.all([
      this.analytics.scorecard({ from: addMonths(month, -(MAX_SCORECARD_MONTHS - 1)), to: month, vendors }, principal),
      this.analytics.gapAnalysis({ month, vendors }, principal),
      this.analytics.coverageHeatmap({ month, vendors }, principal),
      this.analytics.csatDrivers({ month, vendors }, principal),
      this.reviewed.run({ from, to, periodOf: 'conversation', vendorId: vendor?.id, minReviews: 20 }, principal),
      // Agreement is not vendor-scoped by itself: a vendor's report asks for that vendor's reviews only.
      this.agreement.agreement({ from, to, vendorId: vendor?.id ?? (principal.vendorScope ?? undefined), minReviews: 20 }),
      this.scoring.get(),
      this.profiles.list(),
      this.reportSettings.get(),
    ]);
    const examples = await this.examples(month, lowCsatRules(drivers, vendor?.id ?? null), vendors, principal);
    const inScope = new Set(scorecard.rows.map((row) => row.vendor.id).concat(vendor ? [vendor.id] : []));
    const pooled = vendor && reportSettings.pooledAverages ? pooledFigures(await this.analytics.scorecard({ month }, REPORT_SYSTEM), month) : null;
    return {
      kind: vendor ? 'vendor' : 'monthly',
      month,
      vendor,
      scorecard,
      gaps,
      coverage,
      drivers,
      examples,
      reviewed,
      agreement,
      settings,
      profiles: profiles.filter((profile) => inScope.has(profile.id) && (principal.vendorScope === null || profile.id === principal.vendorScope)),
      card: this.card.get(),
      methods: methodNotes([...methodsNamed([scorecard, gaps, drivers, coverage])]),
      minimumSampleRule: commonRule('Minimum sample'),
      pooled,
    };
  }

  /** Unsatisfied surveyed conversations in which each rule fired, with the text the rule fired on. */
  private async examples(month: string, rules: string[], vendors: string[] | undefined, principal: Principal): Promise<DriverExample[]> {
    const examples: DriverExample[] = [];
    for (const rule of rules) {
      const page = await this.explorer.list({ month, vendors, rule, csat: 'unsatisfied', page: 1, pageSize: EXAMPLES_PER_RULE, sort: 'csat' }, principal);
      for (const item of page.items) {
        const detail = await this.explorer.get(item.id, principal);
        const evidence = detail.evidence.find((candidate) => candidate.rule === rule);
        const message = evidence ? detail.messages.find((candidate) => candidate.position === evidence.messageIndex) : undefined;
        const quote = evidence && message ? message.text.slice(evidence.start, evidence.end) : '';
        examples.push({
          rule,
          conversationId: item.id,
          externalId: item.externalId,
          vendor: item.vendor.name,
          csat: item.csat,
          quote: quote.length > QUOTE_CHARACTERS ? `${quote.slice(0, QUOTE_CHARACTERS - 1)}…` : quote,
        });
      }
    }
    return examples;
  }
}
