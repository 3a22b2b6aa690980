const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Country name from an ISO 3166 alpha-2 code ('AT' → 'Austria'); the code itself when it is not one. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
