import { Module, OnModuleInit } from '@nestjs/common';
import { ConversationsModule, ConversationsWrittenHooks } from '@rapport/api-conversations';
import { VendorsModule } from '@rapport/api-vendors';
import { ConversationRescorer } from './conversation-rescorer';
import { ConversationScorer } from './conversation-scorer';
import { InBatchConversationScoring } from './in-batch-scoring';
import { RuleBasedConversationScorer } from './rule-based.scorer';
import { ScoringSettingsReader } from './scoring-settings/scoring-settings-reader';
import { ScoringWorker } from './scoring-worker';
import { VendorProfiles } from './vendor-profiles';
import { VendorRescoreHook } from './vendor-rescore.hook';

/** Scores stored conversations: the worker, the rescorer and what they read (saved settings, vendor profiles). */
@Module({
  imports: [ConversationsModule, VendorsModule],
  providers: [
    VendorProfiles,
    ConversationRescorer,
    ScoringWorker,
    ScoringSettingsReader,
    VendorRescoreHook,
    InBatchConversationScoring,
    { provide: ConversationScorer, useClass: RuleBasedConversationScorer },
  ],
  exports: [ConversationRescorer, ScoringWorker, ConversationScorer, ScoringSettingsReader, VendorProfiles, ConversationsModule],
})
export class ScoringModule implements OnModuleInit {
  constructor(
    private readonly written: ConversationsWrittenHooks,
    private readonly worker: ScoringWorker,
    private readonly inBatch: InBatchConversationScoring,
  ) {}

  // Storage does not know scoring: writers score through the in-batch scorer registered here, and the worker starts
  // on what is left pending (conversations set back by a recontact, or not scored in their batch) after every commit.
  onModuleInit(): void {
    this.written.scoreInBatch(this.inBatch);
    this.written.onCommitted(() => this.worker.kick());
  }
}
