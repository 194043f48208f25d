using System.Text;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Hashing;
using BwcFirmware.Shared.Time;
using BwcFirmware.Shared.Verification;

namespace BwcFirmware.Tests.Audit;

/// <summary>Builds logs on a <see cref="MemoryCard"/> and reads them back for the audit, time and verification tests.</summary>
internal static class AuditTestKit
{
    public static AuditLog NewLog(MemoryCard card, UtcClock? clock = null, long segmentLimit = 64 * 1024)
    {
        return new AuditLog(card, new Sha256(), clock ?? new UtcClock(), new AuditLogSettings { SegmentLimitBytes = segmentLimit });
    }

    /// <summary>The complete lines of a segment, without line feeds.</summary>
    public static string[] Lines(MemoryCard card, string path)
    {
        string text = Encoding.ASCII.GetString(card.Bytes(path));
        int end = text.LastIndexOf('\n');
        return end < 0 ? Array.Empty<string>() : text.Substring(0, end).Split('\n');
    }

    /// <summary>Every complete record on the card, in segment order.</summary>
    public static List<AuditRecord> Records(MemoryCard card)
    {
        var records = new List<AuditRecord>();
        foreach (string name in card.ListFiles(CardLayout.AuditDirectory))
        {
            foreach (string line in Lines(card, CardLayout.AuditDirectory + "/" + name))
            {
                Assert.IsTrue(AuditRecord.TryParse(line, out AuditRecord record), "unparseable: " + line);
                records.Add(record);
            }
        }

        return records;
    }

    public static string Sha256Hex(byte[] bytes)
    {
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    public static VerificationReport VerifyChain(ICardFileSystem card)
    {
        var report = new VerificationReport();
        new AuditChainVerifier(card, new Sha256(), report).Verify();
        return report;
    }

    public static string Describe(VerificationReport report)
    {
        var lines = new List<string>();
        for (int i = 0; i < report.Count; i++)
        {
            lines.Add(report.Get(i).Describe());
        }

        lines.Add(report.Summary());
        return string.Join("\n", lines);
    }
}
