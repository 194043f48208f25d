// Reference station for the camera's docked sync: a real tus 1.0 server (@tus/server + @tus/file-store)
// with the hash confirmation profile of Shared/Sync/README.md.
//
//   node station.mjs --port 0 --storage /tmp/station [--token SECRET] [--tls-cert c.pem --tls-key k.pem]
//                    [--max-size BYTES] [--max-storage BYTES] [--no-confirm] [--baseline-route]
//
// --baseline-route adds "PUT /plain/<name>" (and "PATCH /plain/<name>" by pieces): plain HTTP uploads
// streamed to <storage>/plain/<name>, the baseline the sync benchmark compares tus against on the same Node
// process (baseline-route.mjs). --max-storage gives the station a disk of that many bytes: an upload that
// would not fit is refused at creation with 507 (storage-limit.mjs).
//
// Prints one line "station listening <url>" on stdout when ready (with --port 0 the port is the one the
// system picked), then a line per finished upload. Stops on SIGTERM/SIGINT.
import { mkdirSync, readFileSync, writeFileSync, appendFileSync, renameSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';
import https from 'node:https';
import { Server } from '@tus/server';
import { FileConfigstore } from '@tus/file-store';
import { HashingFileStore } from './hashing-file-store.mjs';
import { CachedConfigstore } from './cached-configstore.mjs';
import { handleBaseline } from './baseline-route.mjs';
import { StorageLimit } from './storage-limit.mjs';

const COMPUTED_HEADER = 'Upload-Computed-Sha256';
const ROUTE = '/files';

function parseArgs(argv) {
  const options = { port: 0, storage: null, token: null, tlsCert: null, tlsKey: null, maxSize: 0, maxStorage: 0, confirm: true, baseline: false };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '--port': options.port = Number.parseInt(next(), 10); break;
      case '--storage': options.storage = next(); break;
      case '--token': options.token = next(); break;
      case '--tls-cert': options.tlsCert = next(); break;
      case '--tls-key': options.tlsKey = next(); break;
      case '--max-size': options.maxSize = Number.parseInt(next(), 10); break;
      case '--max-storage': options.maxStorage = Number.parseInt(next(), 10); break;
      case '--no-confirm': options.confirm = false; break;
      case '--baseline-route': options.baseline = true; break;
      default: throw new Error(`unknown argument ${name}`);
    }
  }
  if (!options.storage) throw new Error('--storage is required');
  if (!Number.isInteger(options.port) || options.port < 0) throw new Error('--port must be a number');
  if (!Number.isInteger(options.maxStorage) || options.maxStorage < 0) throw new Error('--max-storage must be a number of bytes');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const uploads = join(options.storage, 'uploads');
const computed = join(options.storage, 'computed');
mkdirSync(uploads, { recursive: true });
mkdirSync(computed, { recursive: true });
const storageLimit = new StorageLimit(uploads, options.maxStorage);

// The hash the station computed when an upload finished, kept beside it so that a HEAD after a lost PATCH
// answer still tells the device the outcome. Every request asks for it, so what the disk says (a hash, or
// none yet) is remembered; this process is the only writer, and a restart starts from the disk again.
const computedPath = (id) => join(computed, id);
const knownComputed = new Map();
const MAX_KNOWN_COMPUTED = 10000;
function rememberComputed(id, hash) {
  knownComputed.delete(id);
  knownComputed.set(id, hash);
  if (knownComputed.size > MAX_KNOWN_COMPUTED) knownComputed.delete(knownComputed.keys().next().value);
}
function computedOf(id) {
  if (knownComputed.has(id)) return knownComputed.get(id);
  const hash = existsSync(computedPath(id)) ? readFileSync(computedPath(id), 'utf8').trim() : null;
  rememberComputed(id, hash);
  return hash;
}
function recordComputed(id, hash) {
  writeFileSync(computedPath(id), hash + '\n');
  rememberComputed(id, hash);
}
function forgetComputed(id) {
  rmSync(computedPath(id), { force: true });
  rememberComputed(id, null);
}

// A clip the officer flagged sensitive is restricted: every confirmed file of it is listed per device in
// <storage>/sensitive/<device>.txt ("clip=000007 file=clips/000007/000001.avi upload=<id>"), so release
// tooling can hold those files back for review. The flag itself stays in each upload's metadata.
const sensitive = join(options.storage, 'sensitive');
function recordSensitive(upload, file) {
  if (upload.metadata?.sensitive !== 'on') return '';
  const device = (upload.metadata?.device ?? '').replace(/[^A-Za-z0-9_.-]/g, '_') || 'unknown';
  mkdirSync(sensitive, { recursive: true });
  appendFileSync(join(sensitive, `${device}.txt`), `clip=${upload.metadata?.clip ?? ''} file=${file} upload=${upload.id}\n`);
  return ' sensitive';
}

// The audit chain's head the camera sends with its audit segments (metadata head-seq, head-sha256) is kept
// per device in <storage>/heads/<device>.txt ("seq=N sha256=H"), the newest by sequence: verifying a card or
// this station's copy against it shows a log cut back after the dock.
const heads = join(options.storage, 'heads');
function recordHead(upload) {
  const seq = Number.parseInt(upload.metadata?.['head-seq'] ?? '', 10);
  const sha = upload.metadata?.['head-sha256'] ?? '';
  if (!Number.isSafeInteger(seq) || seq < 1 || !/^[0-9a-f]{64}$/.test(sha)) return;
  const device = (upload.metadata?.device ?? '').replace(/[^A-Za-z0-9_.-]/g, '_') || 'unknown';
  const path = join(heads, `${device}.txt`);
  const kept = existsSync(path) ? Number.parseInt(readFileSync(path, 'utf8').replace(/^seq=/, ''), 10) : 0;
  if (seq <= kept) return;
  mkdirSync(heads, { recursive: true });
  writeFileSync(`${path}.new`, `seq=${seq} sha256=${sha}\n`);
  renameSync(`${path}.new`, path);
}

// The upload records are cached in memory and each PATCH is hashed as it is written (see the two modules).
const store = new HashingFileStore({
  directory: uploads,
  configstore: new CachedConfigstore(new FileConfigstore(uploads)),
  maxTracked: options.confirm ? 1000 : 0,
});

const tus = new Server({
  path: ROUTE,
  relativeLocation: true,
  maxSize: options.maxSize > 0 ? options.maxSize : undefined,
  datastore: store,
  async onUploadCreate(req, upload) {
    if (storageLimit.limited) storageLimit.reserve(upload.id, upload.size ?? 0);
    return {};
  },
  async onUploadFinish(req, upload) {
    if (!options.confirm) {
      return {};
    }
    const { sha256: actual, how } = await store.computedSha256(upload.id, upload.size);
    recordComputed(upload.id, actual);
    const claimed = (upload.metadata?.sha256 ?? '').toLowerCase();
    const file = upload.metadata?.filename ?? upload.id;
    if (claimed !== actual) {
      console.log(`mismatch ${upload.id} ${file} ${how} claimed=${claimed} computed=${actual}`);
      throw { status_code: 460, body: 'Checksum Mismatch\n' };
    }
    const flag = recordSensitive(upload, file);
    recordHead(upload);
    console.log(`confirmed ${upload.id} ${file} ${how} ${actual}${flag}`);
    return { headers: { [COMPUTED_HEADER]: actual } };
  },
  async onResponseError(req, err) {
    // A 460 thrown above still carries the computed hash so the device can log what the station saw.
    if (err && err.status_code === 460) {
      return { status_code: 460, body: err.body };
    }
    return undefined;
  },
});

function uploadIdOf(url) {
  const path = (url ?? '').split('?')[0];
  if (!path.startsWith(ROUTE + '/')) return null;
  const id = path.substring(ROUTE.length + 1);
  return /^[A-Za-z0-9_-]+$/.test(id) ? id : null;
}

function handle(req, res) {
  if (options.token !== null && req.headers.authorization !== `Bearer ${options.token}`) {
    res.writeHead(401, { 'Content-Type': 'text/plain', 'Tus-Resumable': '1.0.0' });
    res.end('Unauthorized\n');
    return;
  }
  if (options.baseline && handleBaseline(req, res, options.storage)) {
    return;
  }
  // tus 1.0: a POST carrying X-HTTP-Method-Override is handled as the method it names.
  const override = req.headers['x-http-method-override'];
  if (req.method === 'POST' && typeof override === 'string' && override.length > 0) {
    req.method = override.toUpperCase();
  }
  const id = uploadIdOf(req.url);
  if (options.confirm && id !== null) {
    const hash = computedOf(id);
    if (hash !== null && (req.method === 'HEAD' || req.method === 'PATCH')) {
      res.setHeader(COMPUTED_HEADER, hash);
    }
    if (req.method === 'DELETE') {
      forgetComputed(id);
    }
  }
  if (id !== null && req.method === 'DELETE') {
    storageLimit.release(id);
  }
  if (id !== null && req.method === 'PATCH') {
    // A PATCH whose body did not arrive whole (cut connection): @tus/server keeps the bytes that came, and
    // the running hash is not trusted for them; the finish reads the file back.
    req.on('close', () => {
      if (!req.complete) store.forget(id);
    });
  }
  tus.handle(req, res).catch((error) => {
    console.error(`station error: ${error?.message ?? error}`);
    if (!res.headersSent) {
      res.writeHead(500);
    }
    res.end();
  });
}

// The 460 path: onUploadFinish throws before a hash header is set, so add it from the file written above.
function withComputedOnMismatch(req, res) {
  const originalWriteHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const id = uploadIdOf(req.url);
    if (status === 460 && id !== null && !res.hasHeader(COMPUTED_HEADER)) {
      const hash = computedOf(id);
      if (hash !== null) res.setHeader(COMPUTED_HEADER, hash);
    }
    return originalWriteHead.call(this, status, ...rest);
  };
  handle(req, res);
}

const tls = options.tlsCert !== null;
const server = tls
  ? https.createServer({ cert: readFileSync(options.tlsCert), key: readFileSync(options.tlsKey) }, withComputedOnMismatch)
  : http.createServer(withComputedOnMismatch);
// Uploads are long-lived; the device sets its own timeouts.
server.requestTimeout = 0;
server.keepAliveTimeout = 30000;
server.listen(options.port, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`station listening ${tls ? 'https' : 'http'}://127.0.0.1:${port}${ROUTE}/`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
