import { ChangeDetectionStrategy, Component, ElementRef, Injector, type WritableSignal, afterNextRender, computed, inject, input } from '@angular/core';
import { type CommentDraft, MAX_COMMENTS, MAX_COMMENT_LENGTH, addComment, editComment, removeComment } from '../model/review-comments';

/**
 * The comments of one anchor and an "Add comment" button: under a transcript message (`position`), or the general
 * ones (`position` null, which also keeps comments naming a message the transcript does not have). A new box takes
 * the focus, so a comment is written from the keyboard without hunting for it. The comments are sent with the
 * ratings when the form is saved or submitted.
 */
@Component({
  selector: 'rp-comments-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comments-editor.html',
  styleUrl: './comments-editor.scss',
})
export class CommentsEditor {
  /** The message's position (from 0), or null for the general comments. */
  readonly position = input.required<number | null>();
  /** "Message 2 · Agent · Ana", or "General comment". */
  readonly label = input.required<string>();
  /** Positions of the transcript's messages: a general editor also shows comments on any other position. */
  readonly known = input<readonly number[]>([]);
  /**
   * Every comment of the review, shared by all the editors of the page (one per message and the general one): each
   * reads and writes the same signal, so an edit in one is never undone by another's stale copy.
   */
  readonly comments = input.required<WritableSignal<CommentDraft[]>>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly maxLength = MAX_COMMENT_LENGTH;
  protected readonly full = computed(() => this.comments()().length >= MAX_COMMENTS);
  protected readonly mine = computed(() => {
    const position = this.position();
    const known = new Set(this.known());
    return this.comments()().filter((comment) =>
      position === null ? comment.messagePosition === null || !known.has(comment.messagePosition) : comment.messagePosition === position,
    );
  });
  protected readonly boxLabel = computed(() => (this.position() === null ? this.label() : `Comment on ${this.label()}`));

  protected add(): void {
    const all = this.comments();
    const next = addComment(all(), this.position());
    const added = next.length > all().length ? next.at(-1) : undefined;
    all.set(next);
    if (added) {
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLTextAreaElement>(`#comment-${added.key}`)?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected edit(key: number, text: string): void {
    this.comments().update((all) => editComment(all, key, text));
  }

  protected remove(key: number): void {
    this.comments().update((all) => removeComment(all, key));
  }
}
