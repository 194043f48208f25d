// The plain HTTP uploads the sync benchmark compares tus against, on the same Node process as the station:
//
//   PUT   /plain/<name>                       the whole file in one streamed request (the baseline);
//   PATCH /plain/<name>  Upload-Offset: N     one piece written at N, answered 204 with the new
//                                             Upload-Offset: the same request-per-piece pattern as tus,
//                                             without tus (no upload record, lock or hash), to show how much
//                                             of the gap the pattern itself costs.
//
// Both stream the body into <storage>/plain/<name> with fs.createWriteStream, as @tus/file-store does. A PUT
// with "Baseline-Sha256: yes" also hashes the bytes on their way to the file and answers the hash in
// Upload-Computed-Sha256: what the confirmation profile's hashing costs on the plain path.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline, Transform } from 'node:stream';

const PREFIX = '/plain/';

/** Handles a baseline request and returns true, or returns false when `req` is not one. */
export function handleBaseline(req, res, storage) {
  if ((req.method !== 'PUT' && req.method !== 'PATCH') || !req.url.startsWith(PREFIX)) {
    return false;
  }

  const name = req.url.substring(PREFIX.length);
  const offset = req.method === 'PATCH' ? Number.parseInt(req.headers['upload-offset'] ?? '', 10) : 0;
  if (!/^[A-Za-z0-9_.-]+$/.test(name) || !Number.isInteger(offset) || offset < 0) {
    res.writeHead(400);
    res.end();
    return true;
  }

  const folder = join(storage, 'plain');
  mkdirSync(folder, { recursive: true });
  // A piece after the first goes into the existing file at its offset; the first piece and PUT start it.
  const file = createWriteStream(join(folder, name), offset > 0 ? { flags: 'r+', start: offset } : {});
  const hash = req.method === 'PUT' && req.headers['baseline-sha256'] === 'yes' ? createHash('sha256') : null;
  const done = (error) => {
    if (error) {
      res.writeHead(500);
      res.end();
      return;
    }

    const headers = {};
    if (req.method === 'PATCH') headers['Upload-Offset'] = String(offset + file.bytesWritten);
    if (hash !== null) headers['Upload-Computed-Sha256'] = hash.digest('hex');
    res.writeHead(204, headers);
    res.end();
  };
  if (hash === null) {
    pipeline(req, file, done);
  } else {
    const tee = new Transform({
      transform(chunk, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    pipeline(req, tee, file, done);
  }

  return true;
}
