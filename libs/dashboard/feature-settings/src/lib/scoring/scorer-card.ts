import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ScorerCardDto } from '@rapport/contracts';
import { scorerCardRows } from '../model/scorer-card-rows';

/** What the scorer's figures are, per language and dimension, and which data they come from. */
@Component({
  selector: 'rp-scorer-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../settings-section.scss'],
  template: `
    <section class="rp-card" aria-labelledby="scorer-card-title" data-testid="scorer-card">
      <h2 id="scorer-card-title">Scorer card (version {{ card().scorerVersion }})</h2>
      <p>
        {{ card().method }} Figures are cross-validated, with 95 % intervals, beside a keyword baseline and the
        rule-based scorer 1.0.0.
      </p>
      <div class="rp-table-scroll">
        <table class="rp-table">
          <caption class="rp-visually-hidden">
            Validation figures per language and dimension
          </caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Dimension</th>
              <th scope="col">Data</th>
              <th scope="col">Metric</th>
              <th scope="col">Model</th>
              <th scope="col">Keyword baseline</th>
              <th scope="col">Rules 1.0.0</th>
              <th scope="col">Calibration error</th>
              <th scope="col">Trained on</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track $index) {
              <tr>
                <td>{{ row.lang }}</td>
                <td>{{ row.dimension }}</td>
                <td>{{ row.source }}</td>
                <td>{{ row.metric }}</td>
                <td>{{ row.model }}</td>
                <td>{{ row.keyword }}</td>
                <td>{{ row.rules }}</td>
                <td>{{ row.calibrationError }}</td>
                <td>{{ row.trainedOn }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p>
        Data:
        @for (credit of card().dataCredits; track credit.name) {
          <span>{{ credit.name }} ({{ credit.licence }}; {{ credit.credit }}). </span>
        }
      </p>
    </section>
  `,
})
export class ScorerCard {
  readonly card = input.required<ScorerCardDto>();
  protected readonly rows = computed(() => scorerCardRows(this.card()));
}
