import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { VendorsModule } from '@rapport/api-vendors';
import { Conversation } from './conversation.entity';
import { ConversationScore } from './conversation-score.entity';
import { ConversationWriter } from './conversation-writer';
import { ConversationsWrittenHooks } from './conversations-written.hooks';
import { CsatSurvey } from './csat-survey.entity';
import { IngestionLock } from '@rapport/api-database';
import { Message } from './message.entity';
import { SurveyLinker } from './survey-linker';
import { SurveyWriter } from './survey-writer';
import { Conversations1764000000100 } from './1764000000100-conversations.migration';
import { IngestionRefinements1764000000110 } from './1764000000110-ingestion-refinements.migration';
import { SettingsFingerprint1764000000120 } from './1764000000120-settings-fingerprint.migration';
import { CsatSatisfiedRule1764000000130 } from './1764000000130-csat-satisfied-rule.migration';
import { SurveyWriterVendor1764000000800 } from './1764000000800-survey-writer-vendor.migration';
import { VendorQualifiedKeys1764000001001 } from './1764000001001-vendor-qualified-keys.migration';
import { ConversationOpening1764000001052 } from './1764000001052-conversation-opening.migration';
import { TicketTranscripts } from './ticket-transcripts';
import { TicketTranscripts1765000003000 } from './1765000003000-ticket-transcripts.migration';
import { CustomerKey1765000005000 } from './1765000005000-customer-key.migration';
import { TranscriptIdentities1765000020000 } from './1765000020000-transcript-identities.migration';
import { CustomerPseudonyms } from './customer-pseudonyms';
import { TranscriptIdentities } from './transcript-identities';
import { ConversationVolumeQuery } from './conversation-volume.query';

export const CONVERSATION_MIGRATIONS = [
  Conversations1764000000100,
  IngestionRefinements1764000000110,
  SettingsFingerprint1764000000120,
  CsatSatisfiedRule1764000000130,
  SurveyWriterVendor1764000000800,
  VendorQualifiedKeys1764000001001,
  ConversationOpening1764000001052,
  TicketTranscripts1765000003000,
  CustomerKey1765000005000,
  TranscriptIdentities1765000020000,
];

@Module({
  imports: [TypeOrmModule.forFeature([Conversation, Message, ConversationScore, CsatSurvey]), VendorsModule],
  providers: [
    ConversationWriter,
    TicketTranscripts,
    SurveyWriter,
    SurveyLinker,
    IngestionLock,
    ConversationsWrittenHooks,
    {
      provide: TranscriptIdentities,
      useFactory: (config: AppConfig) => new TranscriptIdentities(config.customerIdKey, config.connectors.secretKey),
      inject: [APP_CONFIG],
    },
    ConversationVolumeQuery,
    { provide: CustomerPseudonyms, useFactory: (config: AppConfig) => new CustomerPseudonyms(config.customerIdKey), inject: [APP_CONFIG] },
  ],
  exports: [
    ConversationWriter,
    TicketTranscripts,
    SurveyWriter,
    IngestionLock,
    ConversationsWrittenHooks,
    TypeOrmModule,
  ],
})
export class ConversationsModule {}
