import { CHANNELS, type Channel, type ComparisonResponse } from '@rapport/contracts';
import { formatDuration } from '@rapport/dashboard-ui';

const CHANNEL_NAMES: Record<Channel, string> = {
  chat: 'Chat',
  email: 'Email',
  social: 'Social',
  'voice-transcript': 'Voice',
  'phone-notes': 'Phone notes',
};

export interface ChannelTarget {
  channel: Channel;
  name: string;
  /** "First reply within 1 min, later replies within 2 min". */
  text: string;
}

export interface ChannelMixCell {
  channel: Channel;
  /** "62%" of the vendor's conversations, or "—" when it has none on the channel. */
  share: string;
  /** "18% within target", or null when none was measured. */
  withinSla: string | null;
}

export interface ChannelMixRow {
  vendorId: string;
  name: string;
  cells: ChannelMixCell[];
}

export interface ChannelMixView {
  /** Channels any compared vendor used, in the vocabulary's order. */
  targets: ChannelTarget[];
  rows: ChannelMixRow[];
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * What explains responsiveness figures that look contradictory: each vendor's mix of channels and its share within
 * each channel's target, beside the targets. A vendor answering chats in minutes misses a one-minute chat target
 * more often than one answering emails in hours meets an eight-hour email target.
 */
export function toChannelMixView(response: Pick<ComparisonResponse, 'vendors' | 'channelMix' | 'slaTargets'>): ChannelMixView {
  const used = CHANNELS.filter((channel) => response.channelMix.some((mix) => mix.channels.some((entry) => entry.channel === channel && entry.conversations > 0)));
  const targets = used.map((channel): ChannelTarget => {
    const target = response.slaTargets[channel];
    return {
      channel,
      name: CHANNEL_NAMES[channel],
      text: `First reply within ${formatDuration(target.firstResponseSeconds)}, later replies within ${formatDuration(target.replyGapSeconds)}`,
    };
  });
  const rows = response.vendors.map((vendor): ChannelMixRow => {
    const mix = response.channelMix.find((entry) => entry.vendorId === vendor.id)?.channels ?? [];
    const total = mix.reduce((sum, entry) => sum + entry.conversations, 0);
    return {
      vendorId: vendor.id,
      name: vendor.name,
      cells: used.map((channel): ChannelMixCell => {
        const entry = mix.find((candidate) => candidate.channel === channel);
        return {
          channel,
          share: entry && total > 0 ? percent(entry.conversations / total) : '—',
          withinSla: entry?.withinSla === null || entry?.withinSla === undefined ? null : `${percent(entry.withinSla)} within target`,
        };
      }),
    };
  });
  return { targets, rows };
}
