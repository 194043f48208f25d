using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BwcFirmware.Drivers.Host.Http;
using BwcFirmware.Shared.Sync;

namespace BwcFirmware.Tests.Sync;

/// <summary>HTTPS to the reference station with certificates made here: only a station chaining to the pinned CA is trusted.</summary>
[TestClass]
public sealed class StationTlsTests
{
    private const string Token = "tls-token";

    private static string s_folder = null!;
    private static X509Certificate2 s_ca = null!;
    private static X509Certificate2 s_otherCa = null!;
    private static ReferenceStation s_station = null!;
    private static ReferenceStation s_wrongName = null!;

    private static X509Certificate2 NewCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    /// <summary>Writes a server certificate for <paramref name="host"/> issued by <paramref name="ca"/>; returns the station arguments.</summary>
    private static string[] ServerCertificate(X509Certificate2 ca, string host, string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + host, key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            san.AddIpAddress(address);
        }
        else
        {
            san.AddDnsName(host);
        }

        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
        using X509Certificate2 leaf = request.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(29), RandomNumberGenerator.GetBytes(8));
        string cert = Path.Combine(s_folder, name + ".crt");
        string pem = Path.Combine(s_folder, name + ".key");
        File.WriteAllText(cert, leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem());
        File.WriteAllText(pem, key.ExportPkcs8PrivateKeyPem());
        return new[] { "--tls-cert", cert, "--tls-key", pem };
    }

    [ClassInitialize]
    public static void Start(TestContext context)
    {
        s_folder = Path.Combine(Path.GetTempPath(), "bwc-tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(s_folder);
        s_ca = NewCa("BWC Test Station CA");
        s_otherCa = NewCa("Somebody Else CA");
        s_station = ReferenceStation.Start(Token, ServerCertificate(s_ca, "127.0.0.1", "station"));
        s_wrongName = ReferenceStation.Start(Token, ServerCertificate(s_ca, "other.example", "wrong-name"));
    }

    [ClassCleanup]
    public static void Stop()
    {
        s_station?.Dispose();
        s_wrongName?.Dispose();
        s_ca?.Dispose();
        s_otherCa?.Dispose();
        Directory.Delete(s_folder, true);
    }

    private static TusReply Options(string url, X509Certificate2? pinned)
    {
        using var card = new FolderCard();
        using var transport = new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token, PinnedCa = pinned });
        return new TusClient(transport, url).Options();
    }

    [TestMethod]
    public void StationChainingToThePinnedCa_IsTrusted_AndReceivesAClip()
    {
        StringAssert.StartsWith(s_station.Url, "https://");
        using var rig = new SyncRig(transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token, PinnedCa = s_ca }), url: s_station.Url);
        Dictionary<string, byte[]> clip = rig.Catalog.AddClip(1, new[] { 100_000 });

        rig.RunPass();

        Assert.AreEqual(SyncStatus.UpToDate, rig.Agent.Status, rig.Agent.LastFault);
        CollectionAssert.AreEqual(new[] { 1 }, rig.Catalog.SyncedClips);
    }

    [TestMethod]
    public void StationOfAnotherCa_IsRefused()
    {
        TusReply reply = Options(s_station.Url, s_otherCa);

        Assert.AreEqual(TusReplyKind.NoAnswer, reply.Kind);
        Assert.AreEqual(TransportFailure.Untrusted, reply.Failure);
    }

    [TestMethod]
    public void WithoutAPin_TheMachinesRootsDoNotKnowTheStation_Refused()
    {
        Assert.AreEqual(TransportFailure.Untrusted, Options(s_station.Url, null).Failure);
    }

    [TestMethod]
    public void CertificateForAnotherName_IsRefusedEvenFromThePinnedCa()
    {
        Assert.AreEqual(TransportFailure.Untrusted, Options(s_wrongName.Url, s_ca).Failure);
    }

    [TestMethod]
    public void UntrustedStation_BlocksTheAgentWithoutSendingEvidence()
    {
        using var rig = new SyncRig(transport: card => new HostHttpTransport(card, new HostHttpSettings { BearerToken = Token, PinnedCa = s_otherCa }), url: s_station.Url);
        rig.Catalog.AddClip(1, new[] { 1000 });
        int held = Directory.GetFiles(s_station.UploadsFolder).Length;

        rig.Step();

        Assert.AreEqual(SyncStatus.Blocked, rig.Agent.Status);
        StringAssert.Contains(rig.Agent.LastFault, "untrusted");
        Assert.AreEqual("station certificate not trusted (TLS)", rig.Agent.Reason);
        Assert.AreEqual(held, Directory.GetFiles(s_station.UploadsFolder).Length);
    }
}
