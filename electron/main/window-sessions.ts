// The session of each window, kept by the main process (issue 13): the renderer never holds a
// token. Each WebContents has its slot, handed to the back end with every call; a print
// window borrows the slot of the window that asked to print, so the document is read as the
// same person. Closing a window logs its session out.
import type { WebContents } from 'electron';
import type { Backend } from '../../db/backend';
import type { SessionSlot } from '../../db/auth/sessions';

export class WindowSessions {
  private readonly slots = new Map<number, { slot: SessionSlot; borrowed: boolean }>();

  constructor(private readonly backend: () => Backend | null) {}

  slotOf(contents: WebContents): SessionSlot {
    const known = this.slots.get(contents.id);
    if (known) return known.slot;
    const slot: SessionSlot = { token: null };
    this.track(contents, slot, false);
    return slot;
  }

  /** `borrower` (a hidden print window) acts in `owner`'s session until it closes. */
  share(owner: WebContents, borrower: WebContents): void {
    this.track(borrower, this.slotOf(owner), true);
  }

  private track(contents: WebContents, slot: SessionSlot, borrowed: boolean): void {
    const id = contents.id;
    this.slots.set(id, { slot, borrowed });
    contents.once('destroyed', () => {
      const entry = this.slots.get(id);
      this.slots.delete(id);
      if (entry && !entry.borrowed && entry.slot.token) void this.backend()?.call('auth.logout', {}, entry.slot);
    });
  }
}
