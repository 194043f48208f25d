namespace BwcFirmware.Shared.Loop
{
    /// <summary>What the transport to the station takes from the loop: the device credential, the pinned CA, the link's state.</summary>
    public interface IStationAccess
    {
        /// <summary>The device credential (config.txt's station_token), or null for none.</summary>
        void TakeToken(string token);

        /// <summary>Loads the station's CA from <paramref name="cardFile"/> on the card; false when there is none.</summary>
        bool TakeCa(string cardFile);

        /// <summary>Whether the station network is joined; while not, requests fail at once instead of waiting.</summary>
        void SetNetworkUp(bool up);
    }
}
