import { Module } from '@nestjs/common';
import { ConversationsModule } from '@rapport/api-conversations';
import { VendorsModule } from '@rapport/api-vendors';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({ imports: [VendorsModule, ConversationsModule], providers: [DemoDataSeeder], exports: [DemoDataSeeder] })
export class DemoModule {}
