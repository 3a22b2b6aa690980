import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toBusinessHoursDto, VendorLookup } from '@rapport/api-vendors';
import { estimateMetric, HOURS_PER_WEEK } from '@rapport/analytics';
import { AnalyticsMetric, CoverageCellDto, CoverageResponse } from '@rapport/contracts';
import { conversationsLink } from '../filters/drill-down';
import { Selection, VendorInfo } from '../filters/selection';
import { measuresFor, metricData, proportionSummaryOf } from '../metrics/metric-data';
import { RollupReader, Sums } from '../rollups/rollup-reader';
import { vendorRef } from './vendor-ref';

const COVERAGE_METRICS: readonly AnalyticsMetric[] = ['firstResponseMedian', 'withinSla', 'csat'];

function slaCounts(sums: Sums): CoverageCellDto['withinSlaCounts'] {
  const { n, successes } = proportionSummaryOf('withinSla', sums);
  return { n, within: successes };
}

export interface CoverageInput {
  selection: Selection;
  vendors: readonly VendorInfo[];
  minSample: number;
}

/**
 * Hour-of-week × vendor heatmap (vendor local time) of volume, median first response, % within SLA and CSAT,
 * from the daily rollups: where round-the-clock promises break, hours with little traffic say so instead of
 * showing a number.
 */
@Injectable()
export class CoverageQuery {
  constructor(
    private readonly rollups: RollupReader,
    private readonly vendorLookup: VendorLookup,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async run(input: CoverageInput): Promise<CoverageResponse['rows']> {
    const { selection, minSample } = input;
    const rows = await this.rollups.aggregate({
      selection,
      groupBy: ['vendor_id', 'hour_of_week'],
      measures: measuresFor(COVERAGE_METRICS),
    });
    const byVendor = new Map<string, Map<number, Sums>>();
    for (const row of rows) {
      const vendorId = String(row.keys['vendor_id']);
      const hours = byVendor.get(vendorId) ?? new Map<number, Sums>();
      hours.set(Number(row.keys['hour_of_week']), row.sums);
      byVendor.set(vendorId, hours);
    }
    const shown = input.vendors.filter((vendor) => byVendor.has(vendor.id));
    const stored = await this.vendorLookup.byId(
      this.dataSource.manager,
      shown.map((vendor) => vendor.id),
    );
    return shown.map((vendor) => ({
      vendor: vendorRef(vendor),
      timeZone: vendor.timeZone,
      businessHours: toBusinessHoursDto(JSON.parse(stored.get(vendor.id)?.business_hours ?? '{}')),
      hours: Array.from({ length: HOURS_PER_WEEK }, (_, hourOfWeek): CoverageCellDto => {
        const sums = byVendor.get(vendor.id)?.get(hourOfWeek) ?? {};
        return {
          hourOfWeek,
          volume: sums['n'] ?? 0,
          firstResponseMedian: estimateMetric(metricData('firstResponseMedian', sums), { minSample }),
          withinSla: estimateMetric(metricData('withinSla', sums), { minSample }),
          withinSlaCounts: slaCounts(sums),
          csat: estimateMetric(metricData('csat', sums), { minSample }),
        };
      }),
      conversations: conversationsLink(selection, { vendorId: vendor.id }),
    }));
  }
}
