import type { DataSource } from 'typeorm';
import { AgentDirectory } from './agent-directory';
import { ConversationRescorer } from './conversation-rescorer';
import type { ConversationScorer } from './conversation-scorer';
import { ConversationWriter } from './conversation-writer';
import { CustomerPseudonyms } from './customer-pseudonyms';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { IngestionLock } from './ingestion-lock';
import { RuleBasedConversationScorer } from './rule-based.scorer';
import { ScoringSettingsReader } from './scoring-settings/scoring-settings-reader';
import { ScoringWorker } from './scoring-worker';
import { SurveyLinker } from './survey-linker';
import { SurveyWriter } from './survey-writer';
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
 * benchmarks): the same classes and wiring as ConversationsModule.
 */
export function createConversationServices(
  dataSource: DataSource,
  scorer: ConversationScorer = new RuleBasedConversationScorer(),
  customerIdKey?: string,
): ConversationServices {
  const agents = new AgentDirectory();
  const vendors = new VendorProfiles();
  const lock = new IngestionLock();
  const written = new ConversationsWrittenHooks();
  const linker = new SurveyLinker(agents);
  // Scores with the settings saved in the database, as the API does.
  const rescorer = new ConversationRescorer(
    dataSource,
    scorer,
    new ScoringSettingsReader(dataSource),
    vendors,
    lock,
    written,
  );
  const scoring = new ScoringWorker(rescorer);
  return {
    conversations: new ConversationWriter(dataSource, agents, vendors, linker, lock, scoring, written, new CustomerPseudonyms(customerIdKey)),
    surveys: new SurveyWriter(dataSource, linker, vendors, lock, written),
    rescorer,
    scoring,
    lock,
    written,
  };
}
