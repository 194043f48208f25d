using System.Collections;

namespace BwcFirmware.Shared.Verification
{
    /// <summary>The file mentions a verified chain holds, for checking manifests and missing files against it.</summary>
    public sealed class AuditChainIndex
    {
        /// <summary>
        /// The event name under which clip-closing records are indexed (whatever their own event): the record
        /// carrying a clip's final manifest hash, indexed by the manifest's card path.
        /// </summary>
        public const string Anchor = "anchor";

        private readonly ArrayList _mentions = new ArrayList();

        /// <summary>Adds a mention, in chain order.</summary>
        public void Add(FileMention mention)
        {
            _mentions.Add(mention);
        }

        /// <summary>The last mention of <paramref name="file"/> by <paramref name="eventName"/>, or null.</summary>
        public FileMention FindLast(string eventName, string file)
        {
            for (int i = _mentions.Count - 1; i >= 0; i--)
            {
                FileMention mention = (FileMention)_mentions[i];
                if (mention.EventName == eventName && mention.File == file)
                {
                    return mention;
                }
            }

            return null;
        }

        /// <summary>Number of mentions.</summary>
        public int Count
        {
            get { return _mentions.Count; }
        }

        /// <summary>Mention <paramref name="index"/>.</summary>
        public FileMention Get(int index)
        {
            return (FileMention)_mentions[index];
        }
    }
}
