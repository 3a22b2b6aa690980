import type { Routes } from '@angular/router';
import { ConversationPage } from './detail-page/conversation-page';
import { ConversationsPage } from './list-page/conversations-page';

/** Routes of the conversations feature, loaded lazily by the app: the list, and one transcript at `:id`. */
export const CONVERSATIONS_ROUTES: Routes = [
  { path: '', component: ConversationsPage },
  { path: ':id', component: ConversationPage, title: 'Conversation' },
];
