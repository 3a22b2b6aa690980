import { BUSINESS_DAYS, clockMinutes, clockTime, VendorProfileDto, VendorProfileInput } from '@rapport/contracts';
import type { Vendor, WeeklyHours } from './vendor.entity';

/** Stored opening hours (weekday 0 = Sunday → [openMinute, closeMinute) pairs) as the API shows them. */
export function toBusinessHoursDto(hours: WeeklyHours): VendorProfileDto['businessHours'] {
  return Object.fromEntries(
    BUSINESS_DAYS.map((day, index) => [
      day,
      [...(hours[index] ?? [])].sort((a, b) => a[0] - b[0]).map(([open, close]) => ({ from: clockTime(open), to: clockTime(close) })),
    ]),
  ) as VendorProfileDto['businessHours'];
}

/** Validated opening hours in the stored shape the scorer's calendar reads. */
export function toWeeklyHours(hours: VendorProfileInput['businessHours']): WeeklyHours {
  const weekly: WeeklyHours = {};
  BUSINESS_DAYS.forEach((day, index) => {
    weekly[index] = hours[day].map((interval) => [clockMinutes(interval.from), clockMinutes(interval.to)] as [number, number]).sort((a, b) => a[0] - b[0]);
  });
  return weekly;
}

export function toVendorProfileDto(vendor: Vendor): VendorProfileDto {
  return {
    id: vendor.id,
    slug: vendor.slug,
    name: vendor.name,
    country: vendor.country,
    timeZone: vendor.timeZone,
    sites: vendor.sites,
    businessHours: toBusinessHoursDto(vendor.businessHours),
    expectedFormality: vendor.expectedFormality,
    holidays: vendor.holidays ?? [],
    createdAt: vendor.createdAt,
  };
}

/** The entity fields a profile sets. */
export function toVendorFields(input: VendorProfileInput): Omit<Vendor, 'id' | 'createdAt'> {
  return {
    slug: input.slug,
    name: input.name,
    country: input.country,
    timeZone: input.timeZone,
    sites: input.sites,
    businessHours: toWeeklyHours(input.businessHours),
    expectedFormality: input.expectedFormality,
    holidays: [...input.holidays].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
