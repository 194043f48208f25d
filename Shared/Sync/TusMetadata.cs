using System;
using BwcFirmware.Shared.Text;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>
    /// Builds a tus Upload-Metadata header: comma-separated "key base64(value)" pairs. Keys are plain ASCII
    /// without spaces or commas; an empty value is sent as the key alone, as tus 1.0 allows (and because
    /// nanoCLR's ToBase64String garbles an empty array).
    /// </summary>
    public sealed class TusMetadata
    {
        private string _header = string.Empty;

        /// <summary>The header value built so far ("" when no pair was added).</summary>
        public string Header
        {
            get { return _header; }
        }

        /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> (UTF-8, then base64).</summary>
        public void Add(string key, string value)
        {
            if (key == null || key.Length == 0 || key.IndexOf(' ') >= 0 || key.IndexOf(',') >= 0)
            {
                throw new ArgumentException("metadata key");
            }

            string pair = key;
            if (value != null && value.Length > 0)
            {
                byte[] bytes = Utf8Text.GetBytes(value);
#pragma warning disable RS0030 // value is non-empty here, so its UTF-8 bytes are too
                pair = key + " " + Convert.ToBase64String(bytes);
#pragma warning restore RS0030
            }

            _header = _header.Length == 0 ? pair : _header + "," + pair;
        }
    }
}
