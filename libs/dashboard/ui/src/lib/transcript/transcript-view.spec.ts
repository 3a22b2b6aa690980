import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ConversationEvidenceDto, ConversationMessageDto } from '@rapport/contracts';
import { TranscriptView } from './transcript-view';

const MESSAGES: ConversationMessageDto[] = [
  { position: 0, role: 'customer', at: '2025-03-02T10:00:00.000Z', text: '<img src=x onerror=alert(1)> where is it?', language: 'en', internal: false, agent: null },
  {
    position: 1,
    role: 'agent',
    at: '2025-03-02T10:02:30.000Z',
    text: 'Wait.\nChecking 👍',
    language: null,
    internal: false,
    agent: { id: 'a1', externalId: 'ag-1', displayName: 'Rita' },
  },
];

const EVIDENCE: ConversationEvidenceDto[] = [
  { messageIndex: 1, start: 0, end: 5, rule: 'courtesy.curt-reply', explanation: 'A one-word reply without greeting.' },
  { messageIndex: 1, start: 2, end: 4, rule: 'comprehension.unclear', explanation: 'Overlaps the first.', points: 2.4 },
];

const RULES = new Map([['courtesy.curt-reply', { name: 'One- or two-word reply to a long customer message', effect: 'lowers' as const }]]);

@Component({
  imports: [TranscriptView],
  template: `<rp-transcript-view [messages]="messages()" [evidence]="evidence()" [rules]="rules" timeZone="UTC" />`,
})
class Host {
  readonly rules = RULES;
  readonly messages = signal(MESSAGES);
  readonly evidence = signal(EVIDENCE);
}

@Component({
  imports: [TranscriptView],
  template: `<rp-transcript-view [messages]="messages" [messageSlot]="slot" timeZone="UTC" />
    <ng-template #slot let-position let-author="author"><p class="note">Note on {{ position }} by {{ author }}</p></ng-template>`,
})
class SlotHost {
  readonly messages = MESSAGES;
}

function render() {
  const fixture = TestBed.createComponent(Host);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const message = (position: number) => element.querySelector(`[data-testid="message-${position}"]`) as HTMLElement;
  return { fixture, element, message };
}

describe('TranscriptView', () => {
  it('shows markup in a message as text and creates no element from it', () => {
    const { element, message } = render();
    expect(message(0).querySelector('[data-testid="message-text"]')?.textContent).toBe('<img src=x onerror=alert(1)> where is it?');
    expect(element.querySelector('img')).toBeNull();
  });

  it('shows author, time, elapsed time and detected language of each message', () => {
    const { message } = render();
    expect(message(1).querySelector('[data-testid="message-author"]')?.textContent).toBe('Agent · Rita');
    expect(message(1).querySelector('time')?.getAttribute('datetime')).toBe('2025-03-02T10:02:30.000Z');
    expect(message(1).querySelector('time')?.textContent).toContain('10:02:30');
    expect(message(1).querySelector('.elapsed')?.textContent).toBe('+2 min 30 s');
    expect(message(0).querySelector('[data-testid="message-language"]')?.textContent).toBe('Language: English (en)');
    expect(message(1).querySelector('[data-testid="message-language"]')?.textContent).toBe('Language: not detected');
  });

  it('keeps the message text whole, line breaks and emoji included, around the highlights', () => {
    const { message } = render();
    const text = message(1).querySelector('[data-testid="message-text"]') as HTMLElement;
    const withoutReferences = Array.from(text.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof HTMLElement && node.tagName === 'MARK'))
      .map((node) => node.textContent)
      .join('');
    expect(withoutReferences).toBe('Wait.\nChecking 👍');
  });

  it('marks overlapping evidence as separate highlights that point to every explanation covering them', () => {
    const { message } = render();
    const marks = Array.from(message(1).querySelectorAll('mark'));
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('aria-describedby')])).toEqual([
      ['Wa', 'evidence-1-1'],
      ['it', 'evidence-1-1 evidence-1-2'],
      ['.', 'evidence-1-1'],
    ]);
    expect(marks.every((mark) => mark.tabIndex === 0)).toBe(true);
    expect(marks[1]?.getAttribute('data-explanation')).toBe(
      '1. Lowered the score: One- or two-word reply to a long customer message (A one-word reply without greeting.)\n2. Raised the score by 2.4 points: Overlaps the first.',
    );
    // The first item's direction colours the mark: it lowered the score.
    expect(marks[0]?.classList).toContain('highlight--lowered');
  });

  it('lists each explanation with its direction, points, the rule in words (never its code) and the quoted text', () => {
    const { message } = render();
    const items = Array.from(message(1).querySelectorAll('[data-testid="evidence-explanation"]'));
    const text = (item: Element, selector: string) => item.querySelector(selector)?.textContent?.trim();
    expect(items.map((item) => [item.id, item.getAttribute('data-direction'), text(item, '.effect'), text(item, '.rule-name'), text(item, 'q')])).toEqual([
      ['evidence-1-1', 'lowered', '▼ Lowered the score:', 'One- or two-word reply to a long customer message', 'Wait.'],
      // Not in the catalogue: the scorer's explanation names it; the points give the direction.
      ['evidence-1-2', 'raised', '▲ Raised the score by 2.4 points:', 'Overlaps the first.', 'it'],
    ]);
    expect(message(1).textContent).not.toContain('courtesy.curt-reply');
    expect(message(0).querySelector('[data-testid="evidence-explanation"]')).toBeNull();
  });

  it('says so when there are no messages', () => {
    const { fixture, element } = render();
    fixture.componentInstance.messages.set([]);
    fixture.detectChanges();
    expect(element.querySelector('.no-messages')?.textContent).toBe('This conversation has no messages.');
  });

  it('renders the caller’s template under each message bubble, inside that message, and nothing without one', () => {
    const fixture = TestBed.createComponent(SlotHost);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const notes = [0, 1].map((position) => element.querySelector(`[data-testid="message-${position}"] .note`)?.textContent);
    expect(notes).toEqual(['Note on 0 by Customer', 'Note on 1 by Agent · Rita']);
    expect(render().element.querySelector('[data-testid^="message-slot-"]')).toBeNull();
  });
});
