/** A number the edge may place traffic on: what `number.activated` said about it. */
export interface ActiveNumber {
  number_id: string;
  phone_number: string;
  account_id: string;
  country_code: string;
  activated_at: string;
}

interface Entry {
  /** Stream sequence of the last event applied to this number. */
  seq: number;
  /** Index in `active`, or -1 once released (kept so an older event read late cannot bring it back). */
  index: number;
}

/**
 * The numbers that are active right now, in memory. Activations and releases arrive on separate
 * ordered consumers, so their interleaving is arbitrary: an event applies only when its stream
 * sequence is newer than the last one applied to that number, which gives the stream's order back.
 */
export class ActiveNumbers {
  private readonly entries = new Map<string, Entry>();
  /** Dense list of active numbers, for an O(1) random pick. */
  private readonly active: ActiveNumber[] = [];

  /** Applies `number.activated` at stream sequence `seq`; false when a newer event already decided. */
  activate(seq: number, number: ActiveNumber): boolean {
    const entry = this.entries.get(number.phone_number);
    if (entry && entry.seq >= seq) return false;
    if (entry && entry.index >= 0) {
      entry.seq = seq;
      this.active[entry.index] = number;
      return true;
    }
    this.entries.set(number.phone_number, { seq, index: this.active.push(number) - 1 });
    return true;
  }

  /** Applies `number.released` at stream sequence `seq`; false when a newer event already decided. */
  release(seq: number, phoneNumber: string): boolean {
    const entry = this.entries.get(phoneNumber);
    if (entry && entry.seq >= seq) return false;
    if (entry && entry.index >= 0) this.removeAt(entry.index);
    this.entries.set(phoneNumber, { seq, index: -1 });
    return true;
  }

  has(phoneNumber: string): boolean {
    return (this.entries.get(phoneNumber)?.index ?? -1) >= 0;
  }

  get size(): number {
    return this.active.length;
  }

  list(): ActiveNumber[] {
    return [...this.active].sort((a, b) => a.phone_number.localeCompare(b.phone_number));
  }

  /** One active number chosen by `random` (a value in [0, 1)), or undefined when there is none. */
  pick(random: () => number = Math.random): ActiveNumber | undefined {
    if (!this.active.length) return undefined;
    return this.active[Math.floor(random() * this.active.length)];
  }

  /** Swap-remove: the last number takes the freed slot (the caller marks the removed entry). */
  private removeAt(index: number): void {
    const last = this.active.pop() as ActiveNumber;
    if (index === this.active.length) return;
    this.active[index] = last;
    (this.entries.get(last.phone_number) as Entry).index = index;
  }
}
