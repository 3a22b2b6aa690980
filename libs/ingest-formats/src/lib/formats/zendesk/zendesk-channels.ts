import type { Channel } from '@rapport/contracts';

/**
 * Default Rapport channel for Zendesk `via.channel` values, so a first import works. `api` (tickets created by
 * integrations and scripts, most of them forms and mail) and `sample_ticket` read as e-mail; every default used is
 * told in the import result once per file, and `channelByVia` overrides any of them. `any_channel` is left out:
 * what it carries depends on the integration.
 */
export const ZENDESK_CHANNELS: Readonly<Record<string, Channel>> = {
  api: 'email',
  sample_ticket: 'email',
  closed_ticket: 'email',
  rule: 'email',
  helpcenter: 'email',
  email: 'email',
  mail: 'email',
  web: 'email',
  web_form: 'email',
  chat: 'chat',
  chat_transcript: 'chat',
  native_messaging: 'chat',
  messaging: 'chat',
  web_widget: 'chat',
  mobile_sdk: 'chat',
  mobile: 'chat',
  sms: 'chat',
  whatsapp: 'chat',
  line: 'chat',
  wechat: 'chat',
  telegram: 'chat',
  twitter: 'social',
  twitter_dm: 'social',
  facebook: 'social',
  facebook_post: 'social',
  facebook_message: 'social',
  instagram_dm: 'social',
  voice: 'phone-notes',
  phone: 'phone-notes',
  phone_call_inbound: 'phone-notes',
  phone_call_outbound: 'phone-notes',
  voicemail: 'phone-notes',
};
