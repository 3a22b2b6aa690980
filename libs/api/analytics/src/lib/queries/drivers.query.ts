import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  benjaminiHochberg,
  clusteredCore,
  clusteredMeanDifference,
  Clustering,
  CrossProductSummary,
  csatDrivers,
  emptyCrossProductSummary,
  MeanSummary,
  meanDifferenceInterval,
  mergeCrossProductSummaries,
  mergeMeanSummaries,
  productIndex,
} from '@rapport/analytics';
import { dialectOf, SqlBuilder, whereClause } from '@rapport/api-database';
import { DRIVER_DIMENSIONS, DriverGroupDto, RuleEffectDto } from '@rapport/contracts';
import { Selection } from '../filters/selection';
import { factsConditions } from '../sql/facts-conditions';

/** CSAT first, then the dimensions: the variable order of the cross-product summary. */
const DIMENSION_VARIABLES = ['csat', ...DRIVER_DIMENSIONS];
const OVERALL_VARIABLES = ['csat', 'overall'];

interface GroupSums {
  /** The agent these sums belong to (null: conversations without an agent); merged sums have none. */
  agent?: string | null;
  dimensions: CrossProductSummary;
  overall: CrossProductSummary;
  csat: MeanSummary;
  rules: Map<string, MeanSummary>;
}

/** Sums and cross-products of variables over the rows where all of them are known, prefixed `prefix`. */
function crossProductColumns(variables: readonly string[], prefix: string): string {
  const known = variables.map((variable) => `f.${variable} IS NOT NULL`).join(' AND ');
  const when = (expression: string) => `SUM(CASE WHEN ${known} THEN ${expression} ELSE 0 END)`;
  const columns = [
    `${when('1')} AS ${prefix}_n`,
    ...variables.map((variable, i) => `${when(`f.${variable}`)} AS ${prefix}_s${i}`),
  ];
  variables.forEach((a, i) =>
    variables
      .slice(i)
      .forEach((b, offset) =>
        columns.push(`${when(`f.${a} * f.${b}`)} AS ${prefix}_p${productIndex(i, i + offset, variables.length)}`),
      ),
  );
  return columns.join(', ');
}

function crossProductOf(
  row: Record<string, unknown>,
  variables: readonly string[],
  prefix: string,
): CrossProductSummary {
  const empty = emptyCrossProductSummary(variables.length);
  return {
    n: Number(row[`${prefix}_n`] ?? 0),
    sums: empty.sums.map((_, i) => Number(row[`${prefix}_s${i}`] ?? 0)),
    products: empty.products.map((_, i) => Number(row[`${prefix}_p${i}`] ?? 0)),
  };
}

/**
 * How much each quality dimension (and each rule) explains CSAT, overall, per vendor and per vendor × language:
 * standardised regression coefficients and correlations with their intervals, the overall score's correlation
 * with CSAT (do our scores track what customers feel?) and, per rule, mean CSAT with the rule − without it,
 * with Benjamini–Hochberg across the rules of each group. Read from the facts of surveyed conversations by agent: the
 * rule effects are cluster-robust (agents as clusters) and each group reports CSAT's design effect; the regression
 * coefficients and correlations still treat conversations as independent.
 */
@Injectable()
export class DriversQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(selection: Selection, minSample: number): Promise<DriverGroupDto[]> {
    const cells = await this.cellSums(selection);
    const groups = new Map<string, { vendorId: string | null; language: string | null; parts: GroupSums[] }>();
    const addTo = (vendorId: string | null, language: string | null, sums: GroupSums) => {
      const key = JSON.stringify([vendorId, language]);
      const group = groups.get(key) ?? { vendorId, language, parts: [] };
      group.parts.push(sums);
      groups.set(key, group);
    };
    for (const [key, sums] of cells) {
      const [vendorId, language] = JSON.parse(key) as [string, string, string | null];
      addTo(null, null, sums);
      addTo(vendorId, null, sums);
      addTo(vendorId, language, sums);
    }
    return [...groups.values()].map(({ vendorId, language, parts }) =>
      this.groupResult(vendorId, language, merge(parts), parts, minSample),
    );
  }

  private groupResult(
    vendorId: string | null,
    language: string | null,
    sums: GroupSums,
    parts: readonly GroupSums[],
    minSample: number,
  ): DriverGroupDto {
    const byAgent = agentParts(parts);
    const drivers = csatDrivers(sums.dimensions, DRIVER_DIMENSIONS, { minSample });
    const [overall] = csatDrivers(sums.overall, ['overall'], { minSample }).drivers;
    const effects = [...sums.rules.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([rule, withRule]) => ({
        rule,
        withRule: withRule.n,
        effect:
          clusteredMeanDifference(
            withRule,
            withoutRule(sums.csat, withRule),
            ruleClustering(byAgent, rule, true),
            ruleClustering(byAgent, rule, false),
            { minSample },
          ) ?? meanDifferenceInterval(withRule, withoutRule(sums.csat, withRule), { minSample }),
      }));
    const csatCore = clusteredCore(csatClustering(byAgent));
    const family = benjaminiHochberg(effects.map(({ effect }) => effect.pValue));
    return {
      vendorId,
      language,
      n: drivers.n,
      status: drivers.status,
      rSquared: drivers.rSquared,
      dimensions: DRIVER_DIMENSIONS.map((name, index) => ({
        name,
        correlation: drivers.drivers[index].correlation,
        coefficient: drivers.drivers[index].coefficient,
      })),
      overallCorrelation: overall.correlation,
      clustering: {
        agents: [...byAgent.keys()].filter((agent) => agent !== null).length,
        designEffect: csatCore?.designEffect ?? null,
        intraAgentCorrelation: csatCore?.intraClusterCorrelation ?? null,
      },
      rules: effects.map((entry, index): RuleEffectDto => ({
        ...entry,
        qValue: family.qValues[index],
        significant: family.rejected[index],
      })),
    };
  }

  /** Sums per vendor × language of the surveyed conversations in the selection. */
  private async cellSums(selection: Selection): Promise<Map<string, GroupSums>> {
    const cells = new Map<string, GroupSums>();
    const keyOf = (row: Record<string, unknown>) =>
      JSON.stringify([
        String(row['vendor_id']),
        String(row['language']),
        row['agent_id'] === null || row['agent_id'] === undefined ? null : String(row['agent_id']),
      ]);
    const totals = new SqlBuilder(dialectOf(this.dataSource.manager));
    const totalConditions = whereClause(['f.csat IS NOT NULL', ...factsConditions(totals, selection)]);
    const totalRows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT f.vendor_id, f.language, f.agent_id, ${crossProductColumns(DIMENSION_VARIABLES, 'd')}, ${crossProductColumns(OVERALL_VARIABLES, 'o')},
              COUNT(*) AS c_n, SUM(f.csat) AS c_sum, SUM(f.csat * f.csat) AS c_sum_sq
         FROM conversation_facts f ${totalConditions} GROUP BY f.vendor_id, f.language, f.agent_id`,
      totals.params,
    );
    for (const row of totalRows) {
      cells.set(keyOf(row), {
        agent: row['agent_id'] === null || row['agent_id'] === undefined ? null : String(row['agent_id']),
        dimensions: crossProductOf(row, DIMENSION_VARIABLES, 'd'),
        overall: crossProductOf(row, OVERALL_VARIABLES, 'o'),
        csat: { n: Number(row['c_n']), sum: Number(row['c_sum'] ?? 0), sumSq: Number(row['c_sum_sq'] ?? 0) },
        rules: new Map(),
      });
    }
    const hits = new SqlBuilder(dialectOf(this.dataSource.manager));
    const hitConditions = whereClause(['f.csat IS NOT NULL', ...factsConditions(hits, selection)]);
    const ruleRows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT f.vendor_id, f.language, f.agent_id, h.rule, COUNT(*) AS n, SUM(f.csat) AS sum, SUM(f.csat * f.csat) AS sum_sq
         FROM conversation_facts f JOIN conversation_rule_hits h ON h.conversation_id = f.conversation_id
         ${hitConditions} GROUP BY f.vendor_id, f.language, f.agent_id, h.rule`,
      hits.params,
    );
    for (const row of ruleRows) {
      cells.get(keyOf(row))?.rules.set(String(row['rule']), {
        n: Number(row['n']),
        sum: Number(row['sum'] ?? 0),
        sumSq: Number(row['sum_sq'] ?? 0),
      });
    }
    return cells;
  }
}

/** A group's parts by agent (null: conversations without an agent). */
function agentParts(parts: readonly GroupSums[]): Map<string | null, GroupSums> {
  const byAgent = new Map<string | null, GroupSums[]>();
  for (const part of parts) {
    const agent = part.agent ?? null;
    byAgent.set(agent, [...(byAgent.get(agent) ?? []), part]);
  }
  return new Map([...byAgent].map(([agent, list]) => [agent, merge(list)]));
}

const NO_SUMMARY: MeanSummary = { n: 0, sum: 0, sumSq: 0 };

function csatClustering(byAgent: ReadonlyMap<string | null, GroupSums>): Clustering<MeanSummary> {
  return {
    clusters: [...byAgent].filter(([agent]) => agent !== null).map(([, sums]) => sums.csat),
    unclustered: byAgent.get(null)?.csat ?? NO_SUMMARY,
  };
}

/** CSAT of the surveyed conversations with (or without) the rule, per agent. */
function ruleClustering(
  byAgent: ReadonlyMap<string | null, GroupSums>,
  rule: string,
  withTheRule: boolean,
): Clustering<MeanSummary> {
  const side = (sums: GroupSums | undefined): MeanSummary => {
    if (!sums) {
      return NO_SUMMARY;
    }
    const hit = sums.rules.get(rule) ?? NO_SUMMARY;
    return withTheRule ? hit : withoutRule(sums.csat, hit);
  };
  return {
    clusters: [...byAgent].filter(([agent]) => agent !== null).map(([, sums]) => side(sums)),
    unclustered: side(byAgent.get(null)),
  };
}

/** Surveyed conversations of a group in which the rule did not fire. */
function withoutRule(all: MeanSummary, withRule: MeanSummary): MeanSummary {
  return { n: all.n - withRule.n, sum: all.sum - withRule.sum, sumSq: all.sumSq - withRule.sumSq };
}

function merge(parts: readonly GroupSums[]): GroupSums {
  const rules = new Map<string, MeanSummary>();
  for (const part of parts) {
    for (const [rule, summary] of part.rules) {
      rules.set(rule, mergeMeanSummaries(rules.get(rule) ?? { n: 0, sum: 0, sumSq: 0 }, summary));
    }
  }
  const [first, ...rest] = parts;
  return {
    dimensions: first
      ? mergeCrossProductSummaries(first.dimensions, ...rest.map((part) => part.dimensions))
      : emptyCrossProductSummary(DIMENSION_VARIABLES.length),
    overall: first
      ? mergeCrossProductSummaries(first.overall, ...rest.map((part) => part.overall))
      : emptyCrossProductSummary(OVERALL_VARIABLES.length),
    csat: mergeMeanSummaries(...parts.map((part) => part.csat)),
    rules,
  };
}
