import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@rapport/api-core';
import { UsersService } from '@rapport/api-auth';
import { ConversationWriter, SurveyWriter } from '@rapport/api-conversations';
import { ConversationRescorer } from '@rapport/api-scoring';
import { VendorsService, WeeklyHours } from '@rapport/api-vendors';
import { DemoReviews } from '@rapport/api-reviews';
import { DemoUsers } from './demo-users';
import { DEMO_VENDORS, DemoVendor, demoHolidayDates, generateDemoData } from '@rapport/demo-data';
import { isSatisfied, normaliseCsat } from '@rapport/analytics';

export const DEMO_CONVERSATIONS_PER_VENDOR_MONTH = 160;
const DEMO_SEED = 20261124;

/**
 * Demo mode fills an **empty** database (no vendor, no conversation, no user) with the generated data set and
 * the demo users, whose passwords it prints. A database holding anything at all is someone's real data, or a
 * demo already loaded: demo mode then adds nothing, creates no account and prints no password, so leaving
 * DEMO_DATA at its default can never open demo accounts on a production database.
 */
@Injectable()
export class DemoDataSeeder implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');
  private emptyAtStart = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly vendors: VendorsService,
    private readonly users: UsersService,
    private readonly rescorer: ConversationRescorer,
    private readonly conversations: ConversationWriter,
    private readonly surveys: SurveyWriter,
    private readonly demoUsers: DemoUsers,
    private readonly demoReviews: DemoReviews,
  ) {}

  /** Decided before any boot task writes: the first administrator from ADMIN_EMAIL does not make the database "used". */
  async onModuleInit(): Promise<void> {
    this.emptyAtStart = this.config.demoData && (await this.isEmpty());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) {
      return;
    }
    if (!this.emptyAtStart) {
      this.logger.log({
        msg: 'the database already holds data: demo mode adds no data and no account',
      });
      return;
    }
    await this.seed(new Date());
    // Reviews need the demo conversations and the demo QA users.
    const people = await this.demoUsers.reviewPeople();
    if (people) {
      await this.demoReviews.seed(people, new Date());
    }
  }

  async isEmpty(): Promise<boolean> {
    return (
      (await this.vendors.count()) === 0 && (await this.users.count()) === 0 && (await this.rescorer.count('all')) === 0
    );
  }

  async seed(now: Date): Promise<{ conversations: number; surveys: number }> {
    const startedAt = Date.now();
    const stamp = now.toISOString();
    for (const vendor of DEMO_VENDORS) {
      await this.vendors.create(toVendor(vendor, now), stamp);
    }
    // Users before the long conversation load, so that a start interrupted during it still leaves a way in.
    await this.demoUsers.ensure();
    // The year ends with the last complete month so every month shown is whole.
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    let conversations = 0;
    let surveys = 0;
    for (const batch of generateDemoData({
      seed: DEMO_SEED,
      endMonth: lastMonth,
      conversationsPerVendorMonth: DEMO_CONVERSATIONS_PER_VENDOR_MONTH,
    })) {
      await this.conversations.write(
        batch.conversations.map((conversation, line) => ({
          line,
          conversation,
        })),
        stamp,
      );
      await this.surveys.write(
        batch.surveys.map((survey) => ({
          ...survey,
          normalized: normaliseCsat(survey.scale, survey.score) ?? 0,
          satisfied: isSatisfied(survey.scale, survey.score) ?? false,
          comment: survey.comment ?? null,
        })),
      );
      conversations += batch.conversations.length;
      surveys += batch.surveys.length;
    }
    this.logger.log({
      msg: 'demo data loaded',
      conversations,
      surveys,
      vendors: DEMO_VENDORS.length,
      ms: Date.now() - startedAt,
    });
    return { conversations, surveys };
  }
}

function toVendor(vendor: DemoVendor, now: Date) {
  const year = now.getUTCFullYear();
  const hours: WeeklyHours = {};
  for (let day = 0; day < 7; day++) {
    const weekend = day === 0 || day === 6;
    hours[day] = weekend && !vendor.hours.weekends ? [] : [[vendor.hours.open * 60, vendor.hours.close * 60]];
  }
  return {
    slug: vendor.slug,
    name: vendor.name,
    country: vendor.country,
    timeZone: vendor.timeZone,
    sites: vendor.sites,
    businessHours: hours,
    expectedFormality: vendor.expectedFormality,
    // The demo covers the twelve months before now; next year's days keep the calendar useful after the demo.
    holidays: demoHolidayDates(vendor, [year - 1, year, year + 1]),
  };
}
