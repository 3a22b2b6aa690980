import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentDirectory } from './agent-directory';
import { ConversationBatchService } from './conversation-batch.service';
import { Conversation } from './conversation.entity';
import { ConversationScore } from './conversation-score.entity';
import { ConversationWriter } from './conversation-writer';
import { ConversationsController } from './conversations.controller';
import { CsatSurvey } from './csat-survey.entity';
import { Message } from './message.entity';
import { SurveyWriter } from './survey-writer';
import { Conversations1764000000100 } from './1764000000100-conversations.migration';

export const CONVERSATION_MIGRATIONS = [Conversations1764000000100];

@Module({
  imports: [TypeOrmModule.forFeature([Conversation, Message, ConversationScore, CsatSurvey])],
  controllers: [ConversationsController],
  providers: [ConversationWriter, SurveyWriter, AgentDirectory, ConversationBatchService],
  exports: [ConversationWriter, SurveyWriter, TypeOrmModule],
})
export class ConversationsModule {}
