import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConversationSummaryDto } from '@rapport/contracts';
import type { DrillDownLink, RuleExamples } from '@rapport/dashboard-data-access';
import { DifferenceCell, NOT_ENOUGH_DATA, formatCount, formatSampleSize, intervalScale } from '@rapport/dashboard-ui';
import { type DriverView, formatCoefficient, ruleLabel } from '../model/driver-view';
import { DriversByLanguage } from './drivers-by-language';

/** What goes with low CSAT at this vendor: the rules whose firing lowers it most, with example conversations. */
@Component({
  selector: 'rp-drivers-panel',
  imports: [RouterLink, DifferenceCell, DriversByLanguage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!view().enoughData) {
      <p class="muted" data-testid="drivers-insufficient">{{ notEnoughData }}: {{ sampleSize() }} surveyed conversations is below the minimum for a drivers analysis.</p>
    } @else {
      <h3 class="sub">Rules driving low scores</h3>
      @if (view().rules.length === 0) {
        <p class="muted" data-testid="no-rules">No rule goes with lower CSAT for this vendor in this period.</p>
      } @else {
        <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Rules table">
          <table class="rp-table" data-testid="rules-table">
            <caption class="rp-visually-hidden">Rules whose firing goes with the lowest CSAT, with example conversations</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col" class="rp-table__numeric">Fired in</th>
                <th scope="col">CSAT with the rule − without</th>
                <th scope="col">Example conversations</th>
              </tr>
            </thead>
            <tbody>
              @for (rule of view().rules; track rule.rule) {
                <tr [attr.data-rule]="rule.rule">
                  <th scope="row">{{ ruleNames().get(rule.rule)?.name ?? label(rule.rule) }}</th>
                  <td class="rp-table__numeric">{{ formatCount(rule.withRule) }}</td>
                  <td>
                    <rp-difference-cell [difference]="rule.effect" unit="score" direction="higher-is-better" [significant]="rule.significant" [scale]="scale()" />
                  </td>
                  <td>
                    <ul class="examples">
                      @for (example of examplesOf(rule.rule); track example.id) {
                        <li>
                          @if (linked()) {
                            <a [routerLink]="['/conversations', example.id]">{{ example.externalId }}</a>
                          } @else {
                            {{ example.externalId }}
                          }
                          <span class="muted">&nbsp;· {{ example.language ?? 'unknown language' }}, CSAT {{ example.csat === null ? '—' : example.csat }}</span>
                        </li>
                      }
                      @if (linked()) {
                        <li>
                          <a [routerLink]="ruleLink(rule.rule).path" [queryParams]="ruleLink(rule.rule).queryParams">All conversations with this rule</a>
                        </li>
                      }
                    </ul>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
      @if (view().byLanguage.length > 0) {
        <h3 class="sub">By customer language</h3>
        <rp-drivers-by-language [rows]="view().byLanguage" [conversations]="conversations()" [linked]="linked()" [ruleNames]="ruleNames()" />
      }
      <h3 class="sub">How each dimension tracks CSAT</h3>
      <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Dimensions table">
        <table class="rp-table" data-testid="dimensions-table">
          <caption class="rp-visually-hidden">Correlation of each quality dimension with CSAT, and its weight when all are considered together</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Correlation with CSAT</th>
              <th scope="col">Weight when all are taken together</th>
            </tr>
          </thead>
          <tbody>
            @for (dimension of view().dimensions; track dimension.id) {
              <tr>
                <th scope="row">{{ dimension.label }}</th>
                <td>{{ coefficient(dimension.correlation) }}</td>
                <td>{{ coefficient(dimension.coefficient) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styles: `
    .sub {
      margin: var(--rp-space-4) 0 var(--rp-space-2);
      font-size: var(--rp-font-size-md);
    }
    .sub:first-child {
      margin-top: 0;
    }
    td,
    tbody th {
      vertical-align: middle;
    }
    .examples {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--rp-font-size-xs);
    }
    .muted {
      color: var(--rp-color-text-muted);
    }
  `,
})
export class DriversPanel {
  readonly view = input.required<DriverView>();
  readonly examples = input<RuleExamples>({});
  /** The vendor's conversation list for the period; narrowed to a rule per row. */
  readonly conversations = input.required<DrillDownLink>();
  /** Whether the viewer may open conversations (executives may not): examples are then plain text. */
  readonly linked = input(true);
  /** Plain rule names by id; the rule id in words when the catalogue has not arrived. */
  readonly ruleNames = input<ReadonlyMap<string, { name: string }>>(new Map());

  protected readonly notEnoughData = NOT_ENOUGH_DATA;
  protected readonly formatCount = formatCount;
  protected readonly label = ruleLabel;
  protected readonly coefficient = formatCoefficient;
  protected readonly sampleSize = computed(() => formatSampleSize(this.view().n));
  protected readonly scale = computed(() =>
    intervalScale(
      this.view().rules.flatMap((rule) => (rule.effect.status === 'ok' ? [{ lower: rule.effect.lower, upper: rule.effect.upper }] : [])),
      { include: [0] },
    ),
  );

  protected examplesOf(rule: string): ConversationSummaryDto[] {
    return this.examples()[rule] ?? [];
  }

  protected ruleLink(rule: string): DrillDownLink {
    const link = this.conversations();
    return { path: link.path, queryParams: { ...link.queryParams, rule, sort: 'csat' } };
  }
}
