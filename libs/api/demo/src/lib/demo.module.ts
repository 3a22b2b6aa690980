import { Module } from '@nestjs/common';
import { ConversationsModule } from '@rapport/api-conversations';
import { ScoringModule } from '@rapport/api-scoring';
import { VendorsModule } from '@rapport/api-vendors';
import { AuthModule } from '@rapport/api-auth';
import { ReviewsModule } from '@rapport/api-reviews';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoUsers } from './demo-users';

@Module({ imports: [VendorsModule, ConversationsModule, ScoringModule, AuthModule, ReviewsModule], providers: [DemoDataSeeder, DemoUsers], exports: [DemoDataSeeder, DemoUsers] })
export class DemoModule {}
