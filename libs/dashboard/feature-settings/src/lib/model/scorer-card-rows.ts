import type { ScorerCardDto, ScorerCardIntervalDto } from '@rapport/contracts';

/** One line of the scorer card table, as text. */
export interface ScorerCardRow {
  lang: string;
  dimension: string;
  source: string;
  metric: string;
  model: string;
  keyword: string;
  rules: string;
  calibrationError: string;
  trainedOn: string;
}

function interval(i: ScorerCardIntervalDto): string {
  return `${i.value.toFixed(2)} (${i.low.toFixed(2)}–${i.high.toFixed(2)})`;
}

/** Flattens the card: one row per figure, and one row saying so for a dimension without validation. */
export function scorerCardRows(card: ScorerCardDto): ScorerCardRow[] {
  return card.entries.flatMap((entry) =>
    entry.figures.length === 0
      ? [
          {
            lang: entry.lang,
            dimension: entry.dimension,
            source: 'none in this language',
            metric: 'Not validated',
            model: '—',
            keyword: '—',
            rules: '—',
            calibrationError: '—',
            trainedOn: entry.trainedOn,
          },
        ]
      : entry.figures.map((figure) => ({
          lang: entry.lang,
          dimension: entry.dimension,
          source: `${entry.source ?? ''}${entry.rows === null ? '' : `, n = ${entry.rows}`}`,
          metric: figure.metric,
          model: interval(figure.model),
          keyword: interval(figure.keyword),
          rules: interval(figure.rules),
          calibrationError: entry.calibrationError === null ? '—' : entry.calibrationError.toFixed(3),
          trainedOn: entry.trainedOn,
        })),
  );
}
