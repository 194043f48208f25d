namespace BwcFirmware.NativeMedia
{
    /// <summary>Counters and state of the native path, read once per loop pass or less (<see cref="NativeMediaRecorder.ReadStatus"/>).</summary>
    public sealed class NativeMediaStatus
    {
        /// <summary>Values in the order NativeStatus writes them.</summary>
        internal const int Length = 8;

        private const int SegmentFlag = 1;
        private const int ChunkOpenFlag = 2;
        private const int FaultedFlag = 4;
        private const int MutedFlag = 8;

        private readonly int[] _values = new int[Length];

        /// <summary>A segment (ring or clip) is being recorded.</summary>
        public bool InSegment
        {
            get { return (_values[0] & SegmentFlag) != 0; }
        }

        /// <summary>A chunk is open on the card.</summary>
        public bool ChunkOpen
        {
            get { return (_values[0] & ChunkOpenFlag) != 0; }
        }

        /// <summary>A card error stopped the segment; nothing is written until the next Begin.</summary>
        public bool Faulted
        {
            get { return (_values[0] & FaultedFlag) != 0; }
        }

        /// <summary>Audio is recorded as silence.</summary>
        public bool Muted
        {
            get { return (_values[0] & MutedFlag) != 0; }
        }

        /// <summary>The last failure (an nm_result, 0 when none); its name: <see cref="NativeMediaRecorder.ResultName"/>.</summary>
        public int LastResult
        {
            get { return _values[1]; }
        }

        /// <summary>Frames written since start.</summary>
        public int FramesRecorded
        {
            get { return _values[2]; }
        }

        /// <summary>Frames lost since start (too large, or the queue to the card was full).</summary>
        public int FramesDropped
        {
            get { return _values[3]; }
        }

        /// <summary>Frames captured while no segment was open (not recorded, by design).</summary>
        public int FramesIdle
        {
            get { return _values[4]; }
        }

        /// <summary>Audio buffers lost because frames did not take them in time.</summary>
        public int AudioOverruns
        {
            get { return _values[5]; }
        }

        /// <summary>Chunk events (opened, closed) waiting to be taken.</summary>
        public int EventsWaiting
        {
            get { return _values[6]; }
        }

        /// <summary>
        /// Commands (begin, mute, close, settle, abandon) the native side has applied since start. On the ESP32 a
        /// command is queued to the recorder task; it has taken effect once this count reaches the commands sent.
        /// </summary>
        public int CommandsApplied
        {
            get { return _values[7]; }
        }

        /// <summary>The array NativeStatus fills.</summary>
        internal int[] Values
        {
            get { return _values; }
        }
    }
}
