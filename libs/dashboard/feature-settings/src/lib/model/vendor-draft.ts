import { BUSINESS_DAYS, type BusinessDay, FORMALITIES, type Formality, type HolidayDto, type OpeningHoursDto, type VendorProfileDto, type VendorProfileInput } from '@rapport/contracts';

/** The vendor form as the user edits it: sites as one line, formality as rows (so a row can be half filled). */
export interface VendorDraft {
  name: string;
  slug: string;
  country: string;
  timeZone: string;
  sites: string;
  businessHours: Record<BusinessDay, OpeningHoursDto[]>;
  formality: Array<{ language: string; formality: Formality }>;
  holidays: HolidayDto[];
}

export const DAY_NAMES: Record<BusinessDay, string> = { sun: 'Sunday', mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday' };
const SHORT_DAY: Record<BusinessDay, string> = { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' };

/** Monday first, as the week reads in the vendors' markets. */
export const WEEK: readonly BusinessDay[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const FORMALITY_WORDS: Record<Formality, string> = { formal: 'Formal (Sie, vous, vi)', informal: 'Informal (du, tu)', neutral: 'Either register' };
export { FORMALITIES };

/** A new vendor: open Monday to Friday, nine to five. */
export function emptyVendorDraft(): VendorDraft {
  const office = (day: BusinessDay) => (day === 'sat' || day === 'sun' ? [] : [{ from: '09:00', to: '17:00' }]);
  return {
    name: '',
    slug: '',
    country: '',
    timeZone: '',
    sites: '',
    businessHours: Object.fromEntries(BUSINESS_DAYS.map((day) => [day, office(day)])) as VendorDraft['businessHours'],
    formality: [],
    holidays: [],
  };
}

export function toVendorDraft(profile: VendorProfileDto): VendorDraft {
  return {
    name: profile.name,
    slug: profile.slug,
    country: profile.country,
    timeZone: profile.timeZone,
    sites: profile.sites.join(', '),
    businessHours: Object.fromEntries(BUSINESS_DAYS.map((day) => [day, profile.businessHours[day].map((interval) => ({ ...interval }))])) as VendorDraft['businessHours'],
    formality: Object.entries(profile.expectedFormality).flatMap(([language, formality]) => (formality ? [{ language, formality }] : [])),
    holidays: (profile.holidays ?? []).map((holiday) => ({ ...holiday })),
  };
}

/** What the API receives: sites split on commas, blank formality rows left out. */
export function toVendorInput(draft: VendorDraft): VendorProfileInput {
  return {
    name: draft.name.trim(),
    slug: draft.slug.trim(),
    country: draft.country.trim().toUpperCase(),
    timeZone: draft.timeZone.trim(),
    sites: draft.sites
      .split(',')
      .map((site) => site.trim())
      .filter((site) => site !== ''),
    businessHours: draft.businessHours,
    holidays: draft.holidays.map((holiday) => ({ date: holiday.date.trim(), name: holiday.name.trim() })),
    expectedFormality: Object.fromEntries(draft.formality.filter((row) => row.language.trim() !== '').map((row) => [row.language.trim().toLowerCase(), row.formality])),
  };
}

/** A slug from a name: "Lisboa Contact, Lda." → "lisboa-contact-lda". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

const sameHours = (a: readonly OpeningHoursDto[], b: readonly OpeningHoursDto[]) => JSON.stringify(a) === JSON.stringify(b);

/** Opening hours in one line, consecutive days with the same hours grouped: "Mon–Fri 09:00–17:00; Sat 10:00–14:00". */
export function hoursSummary(hours: Record<BusinessDay, OpeningHoursDto[]>): string {
  const groups: Array<{ first: BusinessDay; last: BusinessDay; hours: OpeningHoursDto[] }> = [];
  for (const day of WEEK) {
    const group = groups[groups.length - 1];
    if (group && sameHours(group.hours, hours[day])) {
      group.last = day;
    } else {
      groups.push({ first: day, last: day, hours: hours[day] });
    }
  }
  const open = groups.filter((group) => group.hours.length > 0);
  if (open.length === 0) {
    return 'Closed all week';
  }
  return open
    .map((group) => {
      const days = group.first === group.last ? SHORT_DAY[group.first] : `${SHORT_DAY[group.first]}–${SHORT_DAY[group.last]}`;
      return `${days} ${group.hours.map((interval) => `${interval.from}–${interval.to}`).join(', ')}`;
    })
    .join('; ');
}

/** Validation messages by field path ("businessHours.mon", "country"), from zod issues or the API's row errors. */
export function messagesByField(issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey>; field?: string; message?: string; reason?: string }>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.field ?? (issue.path ?? []).map(String).join('.');
    const key = field === '' ? 'form' : field;
    messages[key] ??= issue.message ?? issue.reason ?? 'is not valid';
  }
  return messages;
}
