import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import type { HolidayDto } from '@rapport/contracts';
import type { CalendarLineError } from '@rapport/ingest-formats';
import { importSummary, MAX_CALENDAR_BYTES, mergeHolidayCalendar } from './holiday-import';

/** Errors of an imported file shown on the page; the rest are counted in the summary. */
const SHOWN_ERRORS = 10;

/**
 * A vendor's holidays: dated, named rows to add or remove by hand, or imported from an iCalendar (.ics) file, whose
 * unreadable lines are listed with their line numbers. Emits the whole list on every change; the vendor form saves it.
 */
@Component({
  selector: 'rp-holidays-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './holidays-editor.html',
  styleUrl: './holidays-editor.scss',
})
export class HolidaysEditor {
  readonly holidays = input.required<HolidayDto[]>();
  /** Validation messages by field path ("holidays.2.date"). */
  readonly errors = input<Record<string, string>>({});
  readonly changed = output<HolidayDto[]>();

  protected readonly importMessage = signal<string | null>(null);
  protected readonly importErrors = signal<CalendarLineError[]>([]);
  protected readonly shownErrors = SHOWN_ERRORS;

  protected add(): void {
    const last = this.holidays()[this.holidays().length - 1];
    this.changed.emit([...this.holidays(), { date: last ? '' : new Date().toISOString().slice(0, 10), name: '' }]);
  }

  protected set(index: number, change: Partial<HolidayDto>): void {
    this.changed.emit(this.holidays().map((holiday, position) => (position === index ? { ...holiday, ...change } : holiday)));
  }

  protected remove(index: number): void {
    this.changed.emit(this.holidays().filter((_, position) => position !== index));
  }

  protected async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    if (file.size > MAX_CALENDAR_BYTES) {
      this.importMessage.set(`${file.name} is larger than 1 MB: it is not a holiday calendar.`);
      this.importErrors.set([]);
      return;
    }
    const result = mergeHolidayCalendar(this.holidays(), await file.text());
    this.importMessage.set(importSummary(file.name, result));
    this.importErrors.set(result.errors);
    this.changed.emit(result.holidays);
  }
}
