using System;
using System.Threading;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;

namespace BwcFirmware.Drivers.Host.Hashing
{
    /// <summary>
    /// An <see cref="IFileHasher"/> with a worker thread of its own: the engine hands over a closed chunk and
    /// goes on writing frames while another core reads the chunk back and hashes it, as the device's native
    /// engine is meant to do with its hardware hash. The worker reads through a card of its own (a second
    /// instance over the same folder), never the engine's, so no card object is shared between threads.
    /// </summary>
    public sealed class BackgroundFileHasher : IFileHasher, IDisposable
    {
        private const int SliceBytes = 1024 * 1024;

        private readonly SlicedFileHasher _inner;
        private readonly Thread _worker;
        private readonly object _gate = new();
        private readonly byte[] _digest = new byte[32];
        private string _path;
        private bool _busy;
        private bool _done;
        private bool _cancel;
        private bool _disposed;
        private long _hashed;
        private CardException _failure;

        /// <summary>Hashes with <paramref name="sha"/>, reading files through <paramref name="reader"/> (used by the worker only).</summary>
        public BackgroundFileHasher(ICardFileSystem reader, ISha256 sha)
        {
            _inner = new SlicedFileHasher(reader, sha, SliceBytes);
            _worker = new Thread(Work) { IsBackground = true, Name = "bwc-chunk-hash" };
            _worker.Start();
        }

        /// <inheritdoc />
        public bool IsBusy
        {
            get
            {
                lock (_gate)
                {
                    return _busy;
                }
            }
        }

        /// <inheritdoc />
        public long HashedBytes { get; private set; }

        /// <inheritdoc />
        public void Start(string path)
        {
            ArgumentNullException.ThrowIfNull(path);
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_busy)
                {
                    throw new InvalidOperationException("hasher busy");
                }

                _busy = true;
                _done = false;
                _cancel = false;
                _failure = null;
                _path = path;
                Monitor.PulseAll(_gate);
            }
        }

        /// <inheritdoc />
        public bool TryFinish(long budgetBytes, byte[] digest, int offset)
        {
            lock (_gate)
            {
                CheckBusy();
                return _done && Collect(digest, offset);
            }
        }

        /// <inheritdoc />
        public void Finish(byte[] digest, int offset)
        {
            lock (_gate)
            {
                CheckBusy();
                while (!_done)
                {
                    Monitor.Wait(_gate);
                }

                Collect(digest, offset);
            }
        }

        /// <inheritdoc />
        public void Cancel()
        {
            lock (_gate)
            {
                if (!_busy)
                {
                    return;
                }

                _cancel = true;
                while (!_done)
                {
                    Monitor.Wait(_gate);
                }

                _busy = false;
            }
        }

        /// <summary>Stops the worker (after the file in hand, if any).</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _cancel = true;
                Monitor.PulseAll(_gate);
            }

            _worker.Join();
        }

        private void CheckBusy()
        {
            if (!_busy)
            {
                throw new InvalidOperationException("hasher idle");
            }
        }

        private bool Collect(byte[] digest, int offset)
        {
            _busy = false;
            if (_failure != null)
            {
                throw _failure;
            }

            Buffer.BlockCopy(_digest, 0, digest, offset, 32);
            HashedBytes = _hashed;
            return true;
        }

        private void Work()
        {
            while (true)
            {
                string path;
                lock (_gate)
                {
                    while (_path == null && !_disposed)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_disposed)
                    {
                        return;
                    }

                    path = _path;
                    _path = null;
                }

                CardException failure = null;
                try
                {
                    _inner.Start(path);
                    while (!_inner.TryFinish(SliceBytes, _digest, 0))
                    {
                        if (Volatile.Read(ref _cancel))
                        {
                            _inner.Cancel();
                            break;
                        }
                    }
                }
                catch (CardException e)
                {
                    failure = e;
                }
                catch (Exception)
                {
                    // Whatever went wrong here must reach the engine as a card fault, not end the process
                    // from a thread nobody waits on.
                    failure = new CardException(CardFault.WriteError, path);
                }

                lock (_gate)
                {
                    _hashed = _inner.HashedBytes;
                    _failure = failure;
                    _done = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
