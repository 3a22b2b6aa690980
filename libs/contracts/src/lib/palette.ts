/**
 * Okabe–Ito colours: distinguishable under the common colour-vision deficiencies and in greyscale print. One palette
 * for the dashboard's charts and the PDF reports' charts, so a vendor reads the same on screen and on paper.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Series colours in order; yellow and sky blue come late: they have the weakest contrast on a white background. */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
];

/** Line dash patterns, a channel besides colour once the colours run out (and on greyscale paper). */
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [6, 4], [2, 3]];
