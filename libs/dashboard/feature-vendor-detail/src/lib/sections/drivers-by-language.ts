import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DrillDownLink } from '@rapport/dashboard-data-access';
import { NOT_ENOUGH_DATA, formatCount, languageName } from '@rapport/dashboard-ui';
import { type LanguageDriverRow, ruleLabel } from '../model/driver-view';

/**
 * The drivers analysis per customer language: which rule goes with the lowest CSAT in each, and a link to the
 * conversations in that language where it fired (or, without such a rule, the language's lowest CSAT first).
 */
@Component({
  selector: 'rp-drivers-by-language',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rp-table-scroll" tabindex="0" role="region" aria-label="Drivers by language table">
      <table class="rp-table" data-testid="drivers-by-language">
        <caption class="rp-visually-hidden">Per customer language, the rule whose firing goes with the lowest CSAT, and its conversations</caption>
        <thead>
          <tr>
            <th scope="col">Language</th>
            <th scope="col" class="rp-table__numeric">Surveyed conversations</th>
            <th scope="col">Rule going with the lowest CSAT</th>
            @if (linked()) {
              <th scope="col">Conversations</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.language) {
            <tr [attr.data-language]="row.language">
              <th scope="row">{{ language(row.language) }}</th>
              <td class="rp-table__numeric">{{ formatCount(row.n) }}</td>
              <td>{{ ruleText(row) }}</td>
              @if (linked()) {
                <td>
                  <a [routerLink]="linkOf(row).path" [queryParams]="linkOf(row).queryParams" data-testid="language-driver-link">{{ linkText(row) }}</a>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class DriversByLanguage {
  readonly rows = input.required<readonly LanguageDriverRow[]>();
  /** The vendor's conversation list for the period, narrowed per row to its language and rule. */
  readonly conversations = input.required<DrillDownLink>();
  /** Whether the viewer may open conversations (executives may not). */
  readonly linked = input(true);
  readonly ruleNames = input<ReadonlyMap<string, { name: string }>>(new Map());

  protected readonly formatCount = formatCount;
  protected readonly language = languageName;

  protected ruleText(row: LanguageDriverRow): string {
    if (!row.enoughData) {
      return NOT_ENOUGH_DATA;
    }
    return row.rule ? (this.ruleNames().get(row.rule.rule)?.name ?? ruleLabel(row.rule.rule)) : 'None goes with lower CSAT';
  }

  protected linkText(row: LanguageDriverRow): string {
    return row.rule ? `${languageName(row.language)} conversations with this rule` : `${languageName(row.language)} conversations, lowest CSAT first`;
  }

  protected linkOf(row: LanguageDriverRow): DrillDownLink {
    return languageDriverLink(this.conversations(), row);
  }
}

/** The conversations behind a language's row: its language, the rule when there is one, lowest CSAT first. */
export function languageDriverLink(conversations: DrillDownLink, row: LanguageDriverRow): DrillDownLink {
  const rule: Record<string, string> = row.rule ? { rule: row.rule.rule } : {};
  return { path: conversations.path, queryParams: { ...conversations.queryParams, languages: row.language, ...rule, sort: 'csat' } };
}
