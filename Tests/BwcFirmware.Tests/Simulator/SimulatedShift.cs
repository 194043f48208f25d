using BwcFirmware.Drivers.Host.Card;
using BwcFirmware.Shared.Audit;
using BwcFirmware.Shared.Card;
using BwcFirmware.Shared.Media.Manifest;
using BwcFirmware.Simulator.Output;
using BwcFirmware.Simulator.Scripting;
using BwcFirmware.Simulator.Simulation;

namespace BwcFirmware.Tests.Simulator
{
    /// <summary>Runs a scripted shift through the whole simulator into a temporary card folder, small and fast.</summary>
    internal sealed class SimulatedShift : IDisposable
    {
        public const int Fps = 15;

        private SimulatedShift(string root, ShiftOutcome outcome, string output)
        {
            Root = root;
            Outcome = outcome;
            Output = output;
            Card = new DirectoryCardFileSystem(CardDirectory, syncToDisk: false);
        }

        public string Root { get; }

        public string CardDirectory => Path.Combine(Root, "card");

        public ShiftOutcome Outcome { get; }

        public string Output { get; }

        public DirectoryCardFileSystem Card { get; }

        public static SimulatedShift Run(string script, Uri? station = null, string? token = null, string? config = null, int seed = 1, MediaEngineChoice? engine = null)
        {
            string root = Path.Combine(Path.GetTempPath(), "bwc-sim-test-" + Guid.NewGuid().ToString("N"));
            string card = Path.Combine(root, "card");
            Directory.CreateDirectory(card);
            if (config != null)
            {
                File.WriteAllText(Path.Combine(card, CardLayout.ConfigFile), config);
            }

            var options = new ShiftOptions
            {
                CardDirectory = card,
                ReportDirectory = Path.Combine(root, "report"),
                FlashDirectory = Path.Combine(root, "flash"),
                Width = 160,
                Height = 120,
                Fps = Fps,
                Seed = seed,
                StationUrl = station,
                Token = token,
            };
            options.Engine = engine ?? options.Engine;
            var output = new StringWriter();
            ShiftOutcome outcome = ShiftSession.Run(ScenarioParser.Parse(script, "test.txt"), options, new PlainStatusReporter(output));
            return new SimulatedShift(root, outcome, output.ToString());
        }

        public ClipManifest Manifest(int clip) => ClipManifest.Load(Card, CardLayout.ClipManifest(clip));

        public int[] ClipsOnCard()
        {
            if (!Card.DirectoryExists(CardLayout.ClipsDirectory))
            {
                return Array.Empty<int>();
            }

            return Card.ListDirectories(CardLayout.ClipsDirectory).Select(int.Parse).ToArray();
        }

        /// <summary>Every audit record on the card, in chain order.</summary>
        public List<AuditRecord> AuditRecords()
        {
            var records = new List<AuditRecord>();
            foreach (string segment in Card.ListFiles(CardLayout.AuditDirectory))
            {
                var reader = new AuditSegmentReader(Card, CardLayout.AuditDirectory + "/" + segment);
                while (reader.ReadNext())
                {
                    if (AuditRecord.TryParse(reader.LineText(), out AuditRecord record))
                    {
                        records.Add(record);
                    }
                }
            }

            return records.OrderBy(r => r.Sequence).ToList();
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
