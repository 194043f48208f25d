namespace BwcFirmware.NativeMediaEngine
{
    /// <summary>What a native event reports (bwc_media_service.h, BWC_EVENT_*), and the native results a fault carries.</summary>
    public static class NativeEventKind
    {
        /// <summary>A chunk received its first frame: path and first frame time.</summary>
        public const int Opened = 0;

        /// <summary>A chunk closed, durable and hashed: every field.</summary>
        public const int Closed = 1;

        /// <summary>A card error stopped the segment: the path and the native result.</summary>
        public const int Faulted = 2;

        /// <summary>nm_result NM_ERR_CARD_FULL.</summary>
        public const int CardFullResult = -6;

        /// <summary>nm_result NM_ERR_CARD_REMOVED.</summary>
        public const int CardRemovedResult = -7;
    }
}
