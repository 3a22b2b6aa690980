import type { Channel, Formality } from '@rapport/contracts';

export interface DemoVendor {
  slug: string;
  name: string;
  country: string;
  timeZone: string;
  sites: string[];
  /** Share of this vendor's conversations per customer language. */
  languages: Record<string, number>;
  channels: Partial<Record<Channel, number>>;
  /** Probability that an agent reply is curt or rude: the vendor's service culture. */
  curtness: number;
  /** Probability that an agent answers in English when the customer wrote another language. */
  englishFallback: number;
  /** Typical first-response delay in minutes. */
  responseMinutes: number;
  hours: { open: number; close: number; weekends: boolean };
  expectedFormality: Partial<Record<string, Formality>>;
  /** Public holidays on fixed dates (MM-DD), every year: the desk is closed then, as at the weekend. */
  holidays: readonly { monthDay: string; name: string }[];
}

/** Sweden's public holidays that fall on the same date every year (Easter and Midsummer move, and are left out). */
const SWEDISH_FIXED_HOLIDAYS = [
  { monthDay: '01-01', name: 'Nyårsdagen' },
  { monthDay: '01-06', name: 'Trettondedag jul' },
  { monthDay: '05-01', name: 'Första maj' },
  { monthDay: '06-06', name: 'Sveriges nationaldag' },
  { monthDay: '12-24', name: 'Julafton' },
  { monthDay: '12-25', name: 'Juldagen' },
  { monthDay: '12-26', name: 'Annandag jul' },
  { monthDay: '12-31', name: 'Nyårsafton' },
];

/**
 * Partners of a fictional client, chosen so the demo shows what Rapport is for: a strong native-language desk,
 * a cheaper offshore desk answering European customers in English, and a desk whose tone is curt.
 */
export const DEMO_VENDORS: readonly DemoVendor[] = [
  {
    slug: 'lisboa-contact', name: 'Lisboa Contact', country: 'PT', timeZone: 'Europe/Lisbon', sites: ['Lisbon', 'Porto'],
    languages: { pt: 0.45, es: 0.25, en: 0.2, fr: 0.1 }, channels: { chat: 0.5, email: 0.35, social: 0.15 },
    curtness: 0.05, englishFallback: 0.03, responseMinutes: 3, hours: { open: 8, close: 22, weekends: true },
    expectedFormality: { pt: 'formal', es: 'formal', fr: 'formal' },
    holidays: [],
  },
  {
    slug: 'andes-support', name: 'Andes Support', country: 'CO', timeZone: 'America/Bogota', sites: ['Bogotá', 'Medellín'],
    languages: { es: 0.6, en: 0.3, pt: 0.1 }, channels: { chat: 0.6, email: 0.2, 'voice-transcript': 0.2 },
    curtness: 0.08, englishFallback: 0.05, responseMinutes: 4, hours: { open: 0, close: 24, weekends: true },
    expectedFormality: { es: 'formal', pt: 'formal' },
    holidays: [],
  },
  {
    slug: 'manila-desk', name: 'Manila Desk', country: 'PH', timeZone: 'Asia/Manila', sites: ['Manila', 'Cebu'],
    languages: { en: 0.5, de: 0.2, sv: 0.15, fr: 0.15 }, channels: { chat: 0.55, email: 0.3, social: 0.15 },
    curtness: 0.07, englishFallback: 0.35, responseMinutes: 2, hours: { open: 0, close: 24, weekends: true },
    expectedFormality: { de: 'formal', fr: 'formal', sv: 'informal' },
    holidays: [],
  },
  {
    slug: 'alpen-service', name: 'Alpen Service', country: 'AT', timeZone: 'Europe/Vienna', sites: ['Graz'],
    languages: { de: 0.65, sl: 0.2, en: 0.15 }, channels: { email: 0.5, chat: 0.4, 'phone-notes': 0.1 },
    curtness: 0.22, englishFallback: 0.04, responseMinutes: 9, hours: { open: 8, close: 18, weekends: false },
    expectedFormality: { de: 'formal', sl: 'formal' },
    holidays: [],
  },
  {
    slug: 'nordic-care', name: 'Nordic Care', country: 'SE', timeZone: 'Europe/Stockholm', sites: ['Malmö'],
    languages: { sv: 0.6, en: 0.3, de: 0.1 }, channels: { chat: 0.5, email: 0.4, social: 0.1 },
    curtness: 0.04, englishFallback: 0.02, responseMinutes: 6, hours: { open: 7, close: 20, weekends: false },
    expectedFormality: { sv: 'informal', de: 'formal' },
    // The one demo vendor with a holiday calendar: its closed days show in business-time figures and coverage.
    holidays: SWEDISH_FIXED_HOLIDAYS,
  },
];

/** A vendor's holidays as dated days, for the given years (its profile keeps dates, not rules). */
export function demoHolidayDates(vendor: DemoVendor, years: readonly number[]): { date: string; name: string }[] {
  return years.flatMap((year) => vendor.holidays.map((holiday) => ({ date: `${year}-${holiday.monthDay}`, name: holiday.name })));
}
