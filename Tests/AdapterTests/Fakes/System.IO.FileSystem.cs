// Fakes of nanoFramework.System.IO.FileSystem 1.1.93's SDCard and its parameter and event types, and of
// nanoFramework.Hardware.Esp32 1.6.40's Configuration, with the members Tests/NanoFrameworkReferences declares.
// Like the native SDCard, the card-detect pin is reserved once (SDCard.cpp:121-125): a second reservation throws.
using System;
using System.Collections.Generic;

namespace nanoFramework.System.IO.FileSystem
{
    public delegate void CardDetectStateEventHandler(object sender, global::nanoFramework.System.IO.CardDetectChangedEventArgs e);

    public class SDCard : IDisposable
    {
        public static HashSet<uint> ReservedPins { get; } = new HashSet<uint>();

        public static bool CardIn { get; set; }

        public static SDCard Last { get; private set; }

        public SDCard(SDCardMmcParameters mmcParameters, CardDetectParameters cdParameters = null)
        {
            if (cdParameters != null && cdParameters.enableCardDetectPin && !ReservedPins.Add(cdParameters.cardDetectPin))
            {
                throw new InvalidOperationException("pin unavailable");
            }

            Last = this;
        }

        public bool IsMounted { get; private set; }

        public bool IsCardDetected => CardIn;

        public event CardDetectStateEventHandler CardDetectChanged;

        public void Mount() => IsMounted = true;

        public void Unmount() => IsMounted = false;

        public void Dispose()
        {
        }

        /// <summary>Test hook: the switch changed (the native side posts the event).</summary>
        public void Switch(bool cardIn)
        {
            CardIn = cardIn;
            CardDetectChanged?.Invoke(this, new global::nanoFramework.System.IO.CardDetectChangedEventArgs(
                cardIn ? global::nanoFramework.System.IO.CardDetectState.Inserted : global::nanoFramework.System.IO.CardDetectState.Removed));
        }

        public enum SDDataWidth
        {
            _1_bit = 1,
            _4_bit = 2,
        }
    }

    public class SDCardMmcParameters
    {
        public uint slotIndex = 0;

        public SDCard.SDDataWidth dataWidth;
    }

    public class CardDetectParameters
    {
        public bool enableCardDetectPin;

        public bool cardDetectedState;

        public uint cardDetectPin;

        public bool autoMount;
    }
}

namespace nanoFramework.System.IO
{
    public enum CardDetectState
    {
        Inserted,
        Removed,
    }

    public class CardDetectChangedEventArgs : EventArgs
    {
        internal CardDetectChangedEventArgs(CardDetectState state)
        {
            CardState = state;
        }

        public CardDetectState CardState { get; }
    }
}

namespace nanoFramework.Hardware.Esp32
{
    public class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction value)
        {
        }
    }

    public enum DeviceFunction
    {
        SDMMC1_CLOCK = 0x80100,
        SDMMC1_COMMAND = 0x80101,
        SDMMC1_D0 = 0x80102,
    }
}
