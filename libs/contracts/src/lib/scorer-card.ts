/** A figure with its 95 % bootstrap interval. */
export interface ScorerCardIntervalDto {
  value: number;
  low: number;
  high: number;
}

/** One cross-validated metric: the model beside the keyword baseline and the rule-based scorer 1.0.0. */
export interface ScorerCardFigureDto {
  metric: string;
  model: ScorerCardIntervalDto;
  keyword: ScorerCardIntervalDto;
  rules: ScorerCardIntervalDto;
}

/** Validation of one dimension in one language, with its data source; `not-validated` when no labels exist. */
export interface ScorerCardEntryDto {
  lang: string;
  dimension: 'courtesy' | 'rudeness' | 'formality';
  status: 'validated' | 'not-validated';
  source: string | null;
  rows: number | null;
  figures: ScorerCardFigureDto[];
  calibrationError: number | null;
  trainedOn: string;
}

/** GET /api/scoring/card: what the scorer's figures are and where they come from. */
export interface ScorerCardDto {
  scorerVersion: string;
  method: string;
  entries: ScorerCardEntryDto[];
  dataCredits: Array<{ name: string; licence: string; credit: string }>;
}

/** One rule the scorer can cite: its stable id, plain name, dimension and which way it moves a score. */
export interface RuleCatalogueEntryDto {
  id: string;
  name: string;
  dimension: 'courtesy' | 'comprehension' | 'responsiveness' | 'other';
  /** `either`: the learned model decides (the evidence carries the points); `context`: a fact that moves no score. */
  effect: 'raises' | 'lowers' | 'either' | 'context';
}

/** GET /api/scoring/rules: every rule of the running scorer, for names instead of codes and the rule picker. */
export interface RuleCatalogueDto {
  scorerVersion: string;
  rules: RuleCatalogueEntryDto[];
}
