import type { DataSource } from 'typeorm';
import { ConversationsWrittenHooks, ConversationWriter, CustomerPseudonyms, SurveyLinker, SurveyWriter } from '@rapport/api-conversations';
import { IngestionLock } from '@rapport/api-database';
import { AgentDirectory, VendorLookup } from '@rapport/api-vendors';
import { ConversationRescorer } from './conversation-rescorer';
import type { ConversationScorer } from './conversation-scorer';
import { InBatchConversationScoring } from './in-batch-scoring';
import { RuleBasedConversationScorer } from './rule-based.scorer';
import { ScoringSettingsReader } from './scoring-settings/scoring-settings-reader';
import { ScoringWorker } from './scoring-worker';
import { VendorProfiles } from './vendor-profiles';

export interface ConversationServices {
  conversations: ConversationWriter;
  surveys: SurveyWriter;
  rescorer: ConversationRescorer;
  scoring: ScoringWorker;
  lock: IngestionLock;
  /** Register read models that follow stored conversations (analytics rollups) here. */
  written: ConversationsWrittenHooks;
}

/**
 * The module's services wired by hand over a data source, for processes that do not boot Nest (the command line,
 * benchmarks): the same classes and wiring as ConversationsModule and ScoringModule.
 */
export function createConversationServices(
  dataSource: DataSource,
  scorer: ConversationScorer = new RuleBasedConversationScorer(),
  customerIdKey?: string,
): ConversationServices {
  const agents = new AgentDirectory();
  const lookup = new VendorLookup();
  const vendors = new VendorProfiles(lookup);
  const lock = new IngestionLock();
  const written = new ConversationsWrittenHooks();
  const linker = new SurveyLinker(agents);
  // Scores with the settings saved in the database, as the API does.
  const settings = new ScoringSettingsReader(dataSource);
  const rescorer = new ConversationRescorer(dataSource, scorer, settings, vendors, lock, written);
  const scoring = new ScoringWorker(rescorer);
  // As ScoringModule does: writers score in their batch, and every committed write starts the worker on what is left pending.
  written.scoreInBatch(new InBatchConversationScoring(scorer, settings, vendors));
  written.onCommitted(() => scoring.kick());
  return {
    conversations: new ConversationWriter(dataSource, agents, lookup, linker, lock, written, new CustomerPseudonyms(customerIdKey)),
    surveys: new SurveyWriter(dataSource, linker, lookup, lock, written),
    rescorer,
    scoring,
    lock,
    written,
  };
}
