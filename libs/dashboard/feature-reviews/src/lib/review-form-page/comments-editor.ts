import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, model } from '@angular/core';
import type { ConversationMessageDto } from '@rapport/contracts';
import {
  type CommentDraft,
  MAX_COMMENTS,
  MAX_COMMENT_LENGTH,
  addComment,
  commentsByMessage,
  editComment,
  removeComment,
} from '../model/review-comments';

/**
 * The review's comments, each anchored to a transcript message (or general): every message is listed by number and
 * author with an "Add comment" button; a new box takes the focus. The comments are sent with the ratings when the
 * form is saved or submitted.
 */
@Component({
  selector: 'rp-comments-editor',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comments-editor.html',
  styleUrl: './comments-editor.scss',
})
export class CommentsEditor {
  readonly messages = input.required<readonly ConversationMessageDto[]>();
  readonly comments = model.required<CommentDraft[]>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly maxLength = MAX_COMMENT_LENGTH;
  protected readonly grouped = computed(() => commentsByMessage(this.messages(), this.comments()));
  protected readonly full = computed(() => this.comments().length >= MAX_COMMENTS);

  protected add(messagePosition: number | null): void {
    const next = addComment(this.comments(), messagePosition);
    const added = next.length > this.comments().length ? next.at(-1) : undefined;
    this.comments.set(next);
    if (added) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLTextAreaElement>(`#comment-${added.key}`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected edit(key: number, text: string): void {
    this.comments.set(editComment(this.comments(), key, text));
  }

  protected remove(key: number): void {
    this.comments.set(removeComment(this.comments(), key));
  }
}
