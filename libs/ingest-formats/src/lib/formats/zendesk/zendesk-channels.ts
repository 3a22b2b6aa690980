import type { Channel } from '@rapport/contracts';

/**
 * Default Rapport channel for Zendesk `via.channel` values. `api`, `any_channel` and similar integration channels are
 * left out on purpose: what they carry depends on the integration, so an import names them in `channelByVia`.
 */
export const ZENDESK_CHANNELS: Readonly<Record<string, Channel>> = {
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
