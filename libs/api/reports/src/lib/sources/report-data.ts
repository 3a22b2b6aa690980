import type {
  AgreementDto,
  CoverageResponse,
  DriversResponse,
  GapsResponse,
  ReviewedScoreDto,
  ScorecardResponse,
  ScorerCardDto,
  ScoringSettingsDto,
  VendorProfileDto,
  VendorRef,
} from '@rapport/contracts';
import type { MethodNote } from './method-notes';

/** A conversation behind a driver of low CSAT: what the report quotes. */
export interface DriverExample {
  rule: string;
  conversationId: string;
  externalId: string;
  vendor: string;
  csat: number | null;
  quote: string;
}

/** Pooled mean (or share) of every vendor's conversations of one metric in one month: Σ n·estimate / Σ n. */
export interface PooledFigure {
  metric: string;
  value: number;
  n: number;
}

/**
 * Everything one report prints, read from the same services the dashboard reads (analytics, reviews, settings,
 * vendor profiles, the scorer card, METHODS.md); the sections only lay it out.
 */
export interface ReportData {
  /** `monthly`: every vendor in scope; `vendor`: one vendor and its own history. */
  kind: 'monthly' | 'vendor';
  month: string;
  vendor: VendorRef | null;
  /** Twelve months up to `month`: rows per vendor and month. */
  scorecard: ScorecardResponse;
  gaps: GapsResponse;
  coverage: CoverageResponse;
  drivers: DriversResponse;
  examples: DriverExample[];
  reviewed: ReviewedScoreDto[];
  agreement: AgreementDto;
  settings: ScoringSettingsDto;
  profiles: VendorProfileDto[];
  card: ScorerCardDto;
  methods: MethodNote[];
  minimumSampleRule: string;
  /** Vendor report only, when the client allows it: all vendors' pooled figures of the month. */
  pooled: PooledFigure[] | null;
}
