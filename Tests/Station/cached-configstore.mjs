// The upload records (<id>.json) of @tus/file-store's FileConfigstore with a write-through memory cache:
// @tus/server reads the record on every HEAD and PATCH, and a file read per request costs more than the
// request's own work at small pieces. This process is the only writer of the records, so the cache is never
// stale; after a restart it fills again from the files.
export class CachedConfigstore {
  #inner;
  #cache = new Map();
  #maxEntries;

  constructor(inner, maxEntries = 10000) {
    this.#inner = inner;
    this.#maxEntries = maxEntries;
  }

  async get(key) {
    const cached = this.#cache.get(key);
    if (cached !== undefined) {
      // A fresh object each time, as the file read gave: callers may change what they get.
      return JSON.parse(cached);
    }

    const value = await this.#inner.get(key);
    if (value !== undefined) {
      this.#remember(key, JSON.stringify(value));
    }

    return value;
  }

  async set(key, value) {
    this.#cache.delete(key);
    await this.#inner.set(key, value);
    this.#remember(key, JSON.stringify(value));
  }

  async delete(key) {
    this.#cache.delete(key);
    await this.#inner.delete(key);
  }

  async list() {
    return this.#inner.list();
  }

  #remember(key, json) {
    this.#cache.delete(key);
    this.#cache.set(key, json);
    while (this.#cache.size > this.#maxEntries) {
      this.#cache.delete(this.#cache.keys().next().value);
    }
  }
}
