import { DE } from './de/de.resources';
import { EN } from './en/en.resources';
import { ES } from './es/es.resources';
import { FR } from './fr/fr.resources';
import { LanguageResources } from './language-resources';
import { PT } from './pt/pt.resources';
import { SL } from './sl/sl.resources';
import { SV } from './sv/sv.resources';

/** The one place a language is registered: adding a language is adding its folder and one line here. */
export const LANGUAGE_RESOURCES: readonly LanguageResources[] = [
  EN,
  ES,
  PT,
  FR,
  DE,
  SV,
  SL,
];
