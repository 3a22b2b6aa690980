/**
 * Rewrites libs/scoring/VALIDATION.md: the cross-validated figures written by `npm run train:scoring`
 * (src/lib/model/training-report.json) per language and dimension, beside the keyword baseline and the v1 rules,
 * plus the product's own hand-written checks (probes, clarification set, parity, language identification).
 * Run: npm run validate:scoring
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCORER_VERSION } from '../src/index';
import { scorerCard } from '../src/lib/model/scorer-card';
import { repositoryRoot } from './public-data';
import { clarificationSection, languageIdSection, paritySection, probesSection } from './own-checks';
import { CardInterval } from '../src/lib/model/scorer-card';

const ci = (i: CardInterval): string => `${i.value.toFixed(3)} [${i.low.toFixed(3)}–${i.high.toFixed(3)}]`;

function cardSection(): string {
  const card = scorerCard();
  const rows = card.entries.flatMap((e) =>
    e.status === 'not-validated'
      ? [
          `| ${e.lang} | ${e.dimension} | — | not validated on labelled data in this language | — | — | — | ${e.trainedOn} |`,
        ]
      : e.figures.map(
          (f) =>
            `| ${e.lang} | ${e.dimension} | ${e.source} (n = ${e.rows}) | ${f.metric}: **${ci(f.model)}** | ${ci(f.keyword)} | ${ci(f.rules)} | ${e.calibrationError?.toFixed(3)} | ${e.trainedOn} |`,
        ),
  );
  return [
    '## Cross-validated figures per language and dimension',
    '',
    `Method: ${card.method} The calibration error (ECE, 10 bins) is that of the cross-fitted calibrated`,
    'probabilities at each data set’s own base rate. Baseline: three lexicon categories per dimension',
    '(politeness: please, thanks, apology; rudeness: profanity, insult, blame; formality: V-form markers).',
    '“Rules v1” is the hand-weighted scorer 1.0.0 (the prior the model is pulled towards).',
    '',
    '| lang | dimension | data (cross-validated) | model [95 % CI] | keyword baseline | rules v1 | ECE | trained on |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'All public figures are 5-fold cross-validated on train splits (folds fixed by seed; CoCoA-MT pairs never split',
    'across folds). They are in-domain figures: Wikipedia requests and tweets are not support conversations, so',
    'expect lower figures on real transcripts and on the public test splits (never read here). The rudeness',
    'n-gram penalty (de, pt) is also chosen by inner cross-validation inside each training fold',
    '(`validation/rudeness-ngram-penalty.ts`; nested figures in the scoring README).',
  ].join('\n');
}

const HEADER = `# Validation of the scorer (scorer version ${SCORER_VERSION})

Reproduce with \`npm run train:scoring\` (fits the model and writes the cross-validated report) and
\`npm run validate:scoring\` (rewrites this file). Both read \`../shared/dev-data\` beside the repository
(\`RAPPORT_DEV_DATA\` overrides it).

## Data and attribution

| data | language | what is labelled | use here | licence and source |
| --- | --- | --- | --- | --- |
| TyDiP, train split (3,853 requests) | en | politeness of Wikipedia talk-page requests | trains and validates courtesy | CC BY 4.0 — TyDiP (Srinivasan & Choi, Findings of EMNLP 2022), from the Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al., ACL 2013) |
| GermEval 2018, train split (5,009 tweets) | de | offensive language | trains and validates rudeness | CC BY 4.0 — Wiegand, Siegel & Ruppenhofer, 2018 |
| ToLD-Br, train portion (15,672 tweets) | pt-BR | toxic language (any category flagged) | trains and validates rudeness | CC BY-SA 4.0 — Leite et al., AACL-IJCNLP 2020 |
| CoCoA-MT, train (telephony, topical_chat) | de es fr pt | formal vs informal renderings, in pairs | trains and validates formality | CDLA-Sharing-1.0 — Nădejde et al., Findings of NAACL 2022 |
| Probes (30 rude + 30 polite per language) | 7 | rude / polite agent messages | probe AUC | written for this product (\`src/languages/*/*.probes.fixtures.ts\`) |
| Clarification set | en es pt fr de | customer message asks what the agent meant | precision / recall | written for this product (\`validation/clarification-set.data.ts\`) |
| Language-id set (chat messages, noisy variants, article excerpts, 17 other languages) | 7 + 17 | language | language identification | written for this product (\`src/lib/language/language-id.fixtures.ts\`) |

The model file (\`src/lib/model/scorer-model.json\`) is derived from these data sets and carries their credits and
licence note (ToLD-Br and CoCoA-MT are share-alike). No text of any public data set is copied into lexicons,
fixtures or the model file. No public satisfaction (CSAT) data is reachable from this environment, so the
satisfaction relationship is **not validated yet**.
`;

const NOT_VALIDATED = `## What is not validated yet

- Courtesy in es, pt, fr, de, sv, sl and rudeness in en, es, fr, sv, sl have no labelled public data here: they use
  the shared weights (learned from the other languages' labels) and are checked only by the hand-written probes
  and the parity test. Formality in en, sv and sl likewise.
- The anchors (a cue-less message scores courtesy 60, rudeness 2 %, formality undecided) are stated assumptions:
  no labelled support data fixes them.
- Responsiveness and business time are measurements verified by unit tests, not judgements.
- Comprehension signals other than clarification requests have unit tests but no labelled data.
`;

function main(): void {
  const sections = [
    HEADER,
    cardSection(),
    probesSection(),
    clarificationSection(),
    paritySection(),
    languageIdSection(
      readFileSync(join(repositoryRoot(process.cwd()), 'libs/scoring/validation/language-id-comparison.md'), 'utf8'),
    ),
    NOT_VALIDATED,
  ];
  const target = join(repositoryRoot(process.cwd()), 'libs', 'scoring', 'VALIDATION.md');
  writeFileSync(target, `${sections.join('\n\n').trim()}\n`);
  process.stdout.write(`wrote ${target}\n`);
}

main();
