import type { CsvFieldSpec } from '../../csv/column-mapping';

export type TwcsField =
  | 'tweet_id'
  | 'author_id'
  | 'inbound'
  | 'created_at'
  | 'text'
  | 'response_tweet_id'
  | 'in_response_to_tweet_id';

/** Columns of the Customer Support on Twitter dataset (twcs.csv). */
export const TWCS_FIELDS: readonly CsvFieldSpec<TwcsField>[] = [
  { name: 'tweet_id', required: true, description: 'Tweet id, unique in the file' },
  { name: 'author_id', required: true, description: 'Brand handle (company side) or anonymised customer id' },
  { name: 'inbound', required: true, description: 'True when a customer wrote the tweet, False for the brand' },
  { name: 'created_at', required: true, description: 'Tweet time, e.g. Mon Oct 30 22:10:47 +0000 2017' },
  { name: 'text', required: true, description: 'Tweet text' },
  { name: 'response_tweet_id', required: true, description: 'Comma-separated ids of the replies to this tweet' },
  { name: 'in_response_to_tweet_id', required: true, description: 'Id of the tweet this one replies to' },
];
