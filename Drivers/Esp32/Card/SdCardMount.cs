using System;
using System.IO;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Timing;
using BwcFirmware.Shared.Loop;
using nanoFramework.Hardware.Esp32;
using nanoFramework.System.IO;
using nanoFramework.System.IO.FileSystem;

namespace BwcFirmware.Drivers.Esp32.Card
{
    /// <summary>
    /// The micro-SD slot on the SDMMC host in 1-bit mode (both boards). The ESP32-S3 routes SDMMC through the
    /// GPIO matrix, so its pins are assigned from the board file first; the classic ESP32 has fixed SDMMC pins.
    /// nanoFramework mounts the card as drive D:.
    /// </summary>
    public sealed class SdCardMount : IDisposable, ICardMount
    {
        /// <summary>Where nanoFramework mounts the first SD card.</summary>
        public const string DriveRoot = "D:\\";

        /// <summary>Held back from the card's size for FAT structures and directory entries.</summary>
        public const long FatReserveBytes = 4L * 1024 * 1024;

        private readonly SDCard _card;
        private readonly GpioEdgeQueue _edges;
        private readonly int _detectPin;

        /// <summary>
        /// Prepares (does not mount) the slot described by <paramref name="pins"/>. A card-detect switch is SDCard's
        /// own (it reserves the pin, nf-interpreter targets/ESP32/_nanoCLR/System.IO.FileSystem/
        /// nf_sys_io_filesystem_nanoFramework_System_IO_FileSystem_SDCard.cpp:121-125, so no GPIO may open it too):
        /// its changes, and its level now, go to <paramref name="edges"/> as the switch's electrical level.
        /// </summary>
        public SdCardMount(BoardPins pins, GpioEdgeQueue edges)
        {
            _edges = edges;
            _detectPin = pins.CardDetect;
            if (pins.Chip == "esp32s3")
            {
                Configuration.SetPinFunction(pins.SdClock, DeviceFunction.SDMMC1_CLOCK);
                Configuration.SetPinFunction(pins.SdCommand, DeviceFunction.SDMMC1_COMMAND);
                Configuration.SetPinFunction(pins.SdData0, DeviceFunction.SDMMC1_D0);
            }

            SDCardMmcParameters mmc = new SDCardMmcParameters { slotIndex = 0, dataWidth = SDCard.SDDataWidth._1_bit };
            if (BoardPins.IsWired(pins.CardDetect))
            {
                CardDetectParameters detect = new CardDetectParameters
                {
                    enableCardDetectPin = true,
                    cardDetectPin = (uint)pins.CardDetect,
                    cardDetectedState = false,
                    autoMount = false,
                };
                _card = new SDCard(mmc, detect);
                _card.CardDetectChanged += OnCardDetectChanged;
                PostDetectLevel(_card.IsCardDetected);
            }
            else
            {
                _card = new SDCard(mmc);
            }
        }

        /// <summary>The switch closes to ground with a card in (cardDetectedState false): present = low.</summary>
        private void PostDetectLevel(bool present)
        {
            _edges.Post(_detectPin, !present, MonotonicClock.NowMs);
        }

        private void OnCardDetectChanged(object sender, CardDetectChangedEventArgs e)
        {
            PostDetectLevel(e.CardState == CardDetectState.Inserted);
        }

        /// <summary>True while the card is mounted.</summary>
        public bool IsMounted
        {
            get { return _card.IsMounted; }
        }

        /// <summary>The mounted card's size less <see cref="FatReserveBytes"/>; 0 while none is mounted.</summary>
        public long CapacityBytes
        {
            get
            {
                if (!_card.IsMounted)
                {
                    return 0;
                }

                long room = new DriveInfo(DriveRoot.Substring(0, 2)).TotalSize - FatReserveBytes;
                return room < 0 ? 0 : room;
            }
        }

        /// <summary>Mounts the card; false when there is none or it cannot be read (never throws).</summary>
        public bool TryMount()
        {
            if (_card.IsMounted)
            {
                return true;
            }

            try
            {
                _card.Mount();
                return _card.IsMounted;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Unmounts the card (after every file is closed), e.g. before a controlled power-off.</summary>
        public void Unmount()
        {
            if (_card.IsMounted)
            {
                _card.Unmount();
            }
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Unmount();
            _card.Dispose();
        }
    }
}
