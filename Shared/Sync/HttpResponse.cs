using System.Collections;

namespace BwcFirmware.Shared.Sync
{
    /// <summary>What came back: a transport failure, or a status with headers and at most <see cref="MaxBodyBytes"/> of body.</summary>
    public sealed class HttpResponse
    {
        /// <summary>The transport keeps no more body than this; tus answers carry little or none.</summary>
        public const int MaxBodyBytes = 2048;

        private static readonly byte[] s_noBody = new byte[0];

        private readonly ArrayList _headerNames = new ArrayList();
        private readonly ArrayList _headerValues = new ArrayList();

        private HttpResponse(TransportFailure failure, int statusCode)
        {
            Failure = failure;
            StatusCode = statusCode;
            Body = s_noBody;
        }

        /// <summary>An answer with HTTP status <paramref name="statusCode"/>.</summary>
        public static HttpResponse Answered(int statusCode)
        {
            return new HttpResponse(TransportFailure.None, statusCode);
        }

        /// <summary>No answer, because of <paramref name="failure"/>.</summary>
        public static HttpResponse Failed(TransportFailure failure)
        {
            return new HttpResponse(failure, 0);
        }

        /// <summary>Why there is no answer, or <see cref="TransportFailure.None"/>.</summary>
        public TransportFailure Failure { get; }

        /// <summary>HTTP status, 0 when <see cref="Failure"/> is set.</summary>
        public int StatusCode { get; }

        /// <summary>The start of the body (at most <see cref="MaxBodyBytes"/>).</summary>
        public byte[] Body { get; private set; }

        /// <summary>Adds a received header.</summary>
        public void AddHeader(string name, string value)
        {
            _headerNames.Add(name);
            _headerValues.Add(value);
        }

        /// <summary>The first value of header <paramref name="name"/> (any case), or null.</summary>
        public string GetHeader(string name)
        {
            for (int i = 0; i < _headerNames.Count; i++)
            {
                if (SyncText.EqualsIgnoreCase((string)_headerNames[i], name))
                {
                    return (string)_headerValues[i];
                }
            }

            return null;
        }

        /// <summary>Keeps up to <see cref="MaxBodyBytes"/> of <paramref name="count"/> body bytes.</summary>
        public void SetBody(byte[] buffer, int offset, int count)
        {
            if (count > MaxBodyBytes)
            {
                count = MaxBodyBytes;
            }

            if (count <= 0)
            {
                Body = s_noBody;
                return;
            }

            byte[] copy = new byte[count];
            System.Array.Copy(buffer, offset, copy, 0, count);
            Body = copy;
        }
    }
}
