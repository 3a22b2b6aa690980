import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output, signal } from '@angular/core';
import { type BusinessDay, type Formality, type VendorProfileInput, vendorProfileSchema } from '@rapport/contracts';
import { HolidaysEditor } from '../holidays/holidays-editor';
import { DAY_NAMES, FORMALITIES, FORMALITY_WORDS, type VendorDraft, WEEK, messagesByField, slugify, toVendorInput } from '../model/vendor-draft';

const MAX_INTERVALS = 4;
const TIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * Creates or edits one vendor: name, slug, country, time zone, sites, opening hours per weekday and the formality
 * customers expect per language. Checked with the API's own schema before it is sent.
 */
@Component({
  selector: 'rp-vendor-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [HolidaysEditor],
  templateUrl: './vendor-form.html',
  styleUrl: './vendor-form.scss',
})
export class VendorForm {
  readonly initial = input.required<VendorDraft>();
  /** True for a new vendor: the slug follows the name until edited. */
  readonly creating = input(false);
  readonly saving = input(false);
  /** The API's refusal, shown above the form. */
  readonly serverError = input<string | null>(null);
  readonly saved = output<VendorProfileInput>();
  readonly cancelled = output<void>();

  protected readonly week = WEEK;
  protected readonly dayNames = DAY_NAMES;
  protected readonly formalities = FORMALITIES;
  protected readonly formalityWords = FORMALITY_WORDS;
  protected readonly timeZones = TIME_ZONES;
  protected readonly maxIntervals = MAX_INTERVALS;

  // Every change makes a new draft object, so the input's own object is never written to.
  protected readonly draft = linkedSignal(() => this.initial());
  private readonly slugEdited = signal(false);
  /** Errors show once the user has tried to save, then follow every change. */
  protected readonly submitted = signal(false);

  protected readonly errors = computed(() => {
    const result = vendorProfileSchema.safeParse(toVendorInput(this.draft()));
    return result.success ? {} : messagesByField(result.error.issues);
  });
  protected readonly shownErrors = computed(() => (this.submitted() ? this.errors() : {}));
  protected readonly countryName = computed(() => {
    const code = this.draft().country.trim().toUpperCase();
    return /^[A-Z]{2}$/.test(code) ? (REGIONS.of(code) ?? null) : null;
  });

  protected update(change: Partial<VendorDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...change }));
  }

  protected setName(name: string): void {
    this.update(this.creating() && !this.slugEdited() ? { name, slug: slugify(name) } : { name });
  }

  protected setSlug(slug: string): void {
    this.slugEdited.set(true);
    this.update({ slug });
  }

  protected setInterval(day: BusinessDay, index: number, bound: 'from' | 'to', value: string): void {
    this.updateDay(day, (intervals) => intervals.map((interval, position) => (position === index ? { ...interval, [bound]: value } : interval)));
  }

  protected addInterval(day: BusinessDay): void {
    this.updateDay(day, (intervals) => {
      const last = intervals[intervals.length - 1];
      return [...intervals, last ? { from: last.to, to: last.to === '24:00' ? '24:00' : '18:00' } : { from: '09:00', to: '17:00' }];
    });
  }

  protected removeInterval(day: BusinessDay, index: number): void {
    this.updateDay(day, (intervals) => intervals.filter((_, position) => position !== index));
  }

  protected copyMondayToWeekdays(): void {
    const monday = this.draft().businessHours.mon;
    this.update({ businessHours: { ...this.draft().businessHours, tue: [...monday], wed: [...monday], thu: [...monday], fri: [...monday] } });
  }

  protected addFormality(): void {
    this.update({ formality: [...this.draft().formality, { language: '', formality: 'formal' }] });
  }

  protected setFormality(index: number, change: Partial<{ language: string; formality: Formality }>): void {
    this.update({ formality: this.draft().formality.map((row, position) => (position === index ? { ...row, ...change } : row)) });
  }

  protected removeFormality(index: number): void {
    this.update({ formality: this.draft().formality.filter((_, position) => position !== index) });
  }

  protected submit(): void {
    this.submitted.set(true);
    if (Object.keys(this.errors()).length === 0 && !this.saving()) {
      this.saved.emit(toVendorInput(this.draft()));
    }
  }

  private updateDay(day: BusinessDay, change: (intervals: VendorDraft['businessHours'][BusinessDay]) => VendorDraft['businessHours'][BusinessDay]): void {
    this.update({ businessHours: { ...this.draft().businessHours, [day]: change(this.draft().businessHours[day]) } });
  }
}
