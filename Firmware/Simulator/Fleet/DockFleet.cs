using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using BwcFirmware.Drivers.Host.Link;

namespace BwcFirmware.Simulator.Fleet
{
    /// <summary>The cameras of one dock, docked at once; progress is sampled while they sync.</summary>
    public sealed class DockFleet : IDisposable
    {
        private readonly DockedCamera[] _cameras;

        /// <summary>Docks every card under <paramref name="cardFolders"/> to <paramref name="stationUrl"/>, each over its own link of <paramref name="shape"/> (none when null).</summary>
        public DockFleet(string[] deviceIds, string[] cardFolders, string stationUrl, string token, LinkShape shape, int seed, bool measureOnly, TimeSpan limit)
        {
            int port = new Uri(stationUrl).Port;
            _cameras = new DockedCamera[deviceIds.Length];
            for (int i = 0; i < _cameras.Length; i++)
            {
                _cameras[i] = new DockedCamera(deviceIds[i], cardFolders[i], stationUrl, port, token, shape, seed + i, measureOnly, limit);
            }
        }

        /// <summary>The cameras, in device order.</summary>
        public DockedCamera[] Cameras => _cameras;

        /// <summary>Bytes every card holds for the station.</summary>
        public long TotalBytes => _cameras.Sum(c => c.TotalBytes);

        /// <summary>Bytes written so far by every camera (re-sent ones included).</summary>
        public long BytesWritten => _cameras.Sum(c => c.BytesWritten);

        /// <summary>From docking until the last camera finished.</summary>
        public TimeSpan Elapsed { get; private set; }

        /// <summary>
        /// Docks every camera at once and waits for all; <paramref name="tick"/> runs every 100 ms meanwhile with
        /// the time since docking (progress, a station restart).
        /// </summary>
        public void Dock(Action<DockFleet, TimeSpan> tick)
        {
            long start = Stopwatch.GetTimestamp();
            foreach (DockedCamera camera in _cameras)
            {
                camera.Dock();
            }

            while (!_cameras.All(c => c.Finished))
            {
                Thread.Sleep(100);
                tick?.Invoke(this, Stopwatch.GetElapsedTime(start));
            }

            foreach (DockedCamera camera in _cameras)
            {
                camera.Join();
            }

            Elapsed = TimeSpan.FromTicks(_cameras.Max(c => c.Elapsed.Ticks));
        }

        /// <summary>Releases every camera's transport, link and card.</summary>
        public void Dispose()
        {
            foreach (DockedCamera camera in _cameras)
            {
                camera.Dispose();
            }
        }
    }
}
