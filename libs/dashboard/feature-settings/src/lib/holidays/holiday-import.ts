import type { HolidayDto } from '@rapport/contracts';
import { type CalendarLineError, parseHolidayCalendar } from '@rapport/ingest-formats';

/** Bigger than any country's holiday calendar for decades; a larger file is not a holiday calendar. */
export const MAX_CALENDAR_BYTES = 1_000_000;

export interface HolidayImportResult {
  holidays: HolidayDto[];
  /** Dates the file added (those already listed keep their name). */
  added: number;
  errors: CalendarLineError[];
}

/**
 * Merges the all-day events of an iCalendar file into the holidays being edited: dates already listed stay as they
 * are, new ones are added, and the file's unreadable lines come back with their line numbers.
 */
export function mergeHolidayCalendar(current: readonly HolidayDto[], text: string): HolidayImportResult {
  const parsed = parseHolidayCalendar(text);
  const known = new Set(current.map((holiday) => holiday.date));
  const fresh = parsed.holidays.filter((holiday) => !known.has(holiday.date));
  return {
    holidays: [...current, ...fresh].sort((a, b) => a.date.localeCompare(b.date)),
    added: fresh.length,
    errors: parsed.errors,
  };
}

/** "Added 3 holidays from feiertage.ics." and, when some lines could not be read, how many. */
export function importSummary(fileName: string, result: HolidayImportResult): string {
  const added = `Added ${result.added} ${result.added === 1 ? 'holiday' : 'holidays'} from ${fileName}.`;
  const skipped = result.errors.length === 0 ? '' : ` ${result.errors.length} ${result.errors.length === 1 ? 'line was' : 'lines were'} not read:`;
  return added + skipped;
}
