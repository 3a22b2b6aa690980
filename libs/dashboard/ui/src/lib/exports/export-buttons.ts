import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** The export URL with its format: CSV (the API's default separator, comma) or an Excel workbook. */
export function withFormat(url: string, format: 'csv' | 'xlsx'): string {
  return `${url}${url.includes('?') ? '&' : '?'}format=${format}`;
}

/**
 * Download links for a table's export (`GET /api/exports/…` with the page's filters): CSV and Excel. Plain links,
 * so the browser streams the file to disk however large it is.
 */
@Component({
  selector: 'rp-export-buttons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (url(); as base) {
      <div class="exports rp-no-print" role="group" [attr.aria-label]="'Export ' + what()" data-testid="export-buttons">
        <a class="rp-button" data-testid="export-csv" [href]="csv()" download>CSV</a>
        <a class="rp-button" data-testid="export-xlsx" [href]="xlsx()" download>Excel</a>
      </div>
    }
  `,
  styles: `
    .exports {
      display: inline-flex;
      gap: var(--rp-space-2);
    }
  `,
})
export class ExportButtons {
  /** The export's URL without a format; nothing is shown while it is null. */
  readonly url = input.required<string | null>();
  /** What is exported, for the group's accessible name ("Export the ranking"). */
  readonly what = input.required<string>();

  protected readonly csv = computed(() => withFormat(this.url() ?? '', 'csv'));
  protected readonly xlsx = computed(() => withFormat(this.url() ?? '', 'xlsx'));
}
