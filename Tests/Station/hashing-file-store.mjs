// A @tus/file-store FileStore that hashes each PATCH's bytes on their way to the file, so that finishing an
// upload costs no second read of it. The running SHA-256 is kept in memory per upload together with the
// offset it has reached; it is used only when it covers exactly the bytes on disk. Whenever the station
// cannot vouch for that (it restarted, a PATCH was cut or failed, the upload was evicted from the table),
// the state is dropped and the finished file is read back and hashed, as before: the confirmation is as
// trustworthy either way.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import { FileStore } from '@tus/file-store';

/** SHA-256 (hex) of the whole file at `path`. */
export function sha256OfFile(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (data) => hash.update(data))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export class HashingFileStore extends FileStore {
  // upload id -> { offset, hash, busy }: insertion order is age, for eviction.
  #running = new Map();
  #maxTracked;

  /** Options as FileStore's, plus `maxTracked`: uploads hashed in memory at once (older ones fall back; 0: none). */
  constructor(options) {
    super(options);
    this.#maxTracked = options.maxTracked ?? 1000;
  }

  async write(readable, id, offset) {
    const state = this.#claim(id, offset);
    if (state === null) {
      return super.write(readable, id, offset);
    }

    let seen = 0;
    const tee = new Transform({
      transform(chunk, _encoding, callback) {
        state.hash.update(chunk);
        seen += chunk.length;
        callback(null, chunk);
      },
    });
    // pipeline() carries an error of the request stream on to the tee, so FileStore's own pipeline fails too.
    const source = pipeline(readable, tee, () => {});
    let newOffset;
    try {
      newOffset = await super.write(source, id, offset);
    } catch (error) {
      this.forget(id);
      throw error;
    }

    state.busy = false;
    if (this.#running.get(id) === state && newOffset === offset + seen) {
      state.offset = newOffset;
    } else {
      this.forget(id);
    }

    return newOffset;
  }

  async remove(id) {
    this.forget(id);
    return super.remove(id);
  }

  /** Drops the running hash of `id` (a cut or failed PATCH): its finish will read the file back. */
  forget(id) {
    this.#running.delete(id);
  }

  /**
   * SHA-256 (hex) of finished upload `id` of `size` bytes, and how it was obtained: 'streamed' when the
   * running hash covered every byte written, 're-read' when the file had to be read back.
   */
  async computedSha256(id, size) {
    const state = this.#running.get(id);
    this.#running.delete(id);
    if (state !== undefined && !state.busy && state.offset === size) {
      return { sha256: state.hash.digest('hex'), how: 'streamed' };
    }

    return { sha256: await sha256OfFile(this.resolve(id)), how: 're-read' };
  }

  /** The running hash for a PATCH at `offset`, or null when the bytes before it were not seen here. */
  #claim(id, offset) {
    const state = this.#running.get(id);
    if (state !== undefined && !state.busy && state.offset === offset) {
      state.busy = true;
      return state;
    }

    this.forget(id);
    if (offset !== 0 || this.#maxTracked <= 0) {
      return null;
    }

    const fresh = { offset: 0, hash: createHash('sha256'), busy: true };
    this.#running.set(id, fresh);
    while (this.#running.size > this.#maxTracked) {
      this.#running.delete(this.#running.keys().next().value);
    }

    return fresh;
  }
}
