using BwcFirmware.Shared.Card;

namespace BwcFirmware.Shared.Media
{
    /// <summary>
    /// Builds the per-frame path for each card mount (the card's config sets chunk length and flush interval): the
    /// composition root's choice of engine. Without one the agent builds a <see cref="ManagedFramePath"/>.
    /// </summary>
    public interface IFramePathFactory
    {
        /// <summary>
        /// An engine recording as <paramref name="settings"/> say onto the raw <paramref name="card"/>, with
        /// <paramref name="audio"/> as its microphone (null: video only).
        /// </summary>
        IFramePath Create(MediaSettings settings, ICardFileSystem card, IAudioSource audio);
    }
}
