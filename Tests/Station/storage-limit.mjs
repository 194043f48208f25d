// A station disk of a given size, for the camera's "station full" path: every upload reserves its whole
// length at creation, and a creation that would pass the limit is refused with 507 (Insufficient Storage,
// which the camera reports as station-full and retries later, deleting nothing). Reservations are the
// upload records on disk, so a restart counts what is already there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export class StorageLimit {
  #limit;
  #sizes = new Map();
  #reserved = 0;

  /** `limit` bytes for everything under `uploads` (0: no limit). */
  constructor(uploads, limit) {
    this.#limit = limit;
    for (const name of readdirSync(uploads)) {
      if (!name.endsWith('.json')) continue;
      try {
        const record = JSON.parse(readFileSync(join(uploads, name), 'utf8'));
        this.#add(name.slice(0, -5), Number(record.size ?? 0));
      } catch {
        // A record torn by a kill: @tus/server will not serve it either.
      }
    }
  }

  get limited() {
    return this.#limit > 0;
  }

  /** Reserves `size` bytes for upload `id`, or throws the 507 answer when they do not fit. */
  reserve(id, size) {
    if (this.limited && this.#reserved + size > this.#limit) {
      console.log(`refused ${id} size=${size}: station full (${this.#reserved} of ${this.#limit} bytes reserved)`);
      throw { status_code: 507, body: `Insufficient Storage: ${this.#reserved} of ${this.#limit} bytes in use\n` };
    }
    this.#add(id, size);
  }

  /** Gives back what upload `id` reserved (it was terminated). */
  release(id) {
    this.#reserved -= this.#sizes.get(id) ?? 0;
    this.#sizes.delete(id);
  }

  #add(id, size) {
    if (!Number.isFinite(size) || size < 0) return;
    this.release(id);
    this.#sizes.set(id, size);
    this.#reserved += size;
  }
}
