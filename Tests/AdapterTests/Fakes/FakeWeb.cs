using System.Collections.Generic;
using System.Net;

namespace System.Net
{
    /// <summary>What the fake network does with each request; tests set <see cref="Script"/>.</summary>
    public static class FakeWeb
    {
        /// <summary>Every request the transport created, in order.</summary>
        public static List<HttpWebRequest> Created { get; } = new List<HttpWebRequest>();

        /// <summary>The behaviour of the next requests.</summary>
        public static IWebScript Script { get; set; }
    }

    /// <summary>A scripted station: how connecting goes and what it answers.</summary>
    public interface IWebScript
    {
        /// <summary>DNS, TCP connect and TLS handshake: block, throw, or return to go on.</summary>
        void Connect(HttpWebRequest request);

        /// <summary>The answer once the request is sent.</summary>
        HttpWebResponse Answer(HttpWebRequest request);
    }
}
