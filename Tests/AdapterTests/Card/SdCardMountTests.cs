using System.IO;
using BwcFirmware.Drivers.Board;
using BwcFirmware.Drivers.Esp32.Card;
using nanoFramework.System.IO.FileSystem;

namespace BwcFirmware.AdapterTests.Card;

/// <summary>
/// The card-detect switch through SDCard's own API (which reserves the pin): its level at start and each change
/// reach the edge queue as the switch's electrical level, which the pin roles turn into card present or pulled.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class SdCardMountTests
{
    private const int Detect = 47;

    [TestMethod]
    public void CardDetectSwitch_PostsItsLevelAtStartAndOnEveryChange()
    {
        SDCard.ReservedPins.Clear();
        SDCard.CardIn = true;
        GpioEdgeQueue edges = new GpioEdgeQueue(8);

        new SdCardMount(PinsWithCardDetect(), edges);
        SDCard.Last.Switch(false);
        SDCard.Last.Switch(true);

        Assert.IsTrue(edges.TryTake(out GpioEdge start));
        Assert.AreEqual(Detect, start.Pin);
        Assert.IsFalse(start.High, "card in: the switch holds the line low");
        Assert.IsTrue(edges.TryTake(out GpioEdge pulled));
        Assert.IsTrue(pulled.High);
        Assert.IsTrue(edges.TryTake(out GpioEdge back));
        Assert.IsFalse(back.High);
        Assert.IsFalse(edges.TryTake(out _));
    }

    private static BoardPins PinsWithCardDetect()
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "hardware", "boards", "freenove-esp32s3-cam.pins"))
            .Replace("sensor.holster = 47", "sensor.holster = none")
            .Replace("sensor.card_detect = none", "sensor.card_detect = " + Detect);
        BoardPins pins = BoardPins.TryRead(BoardPinMap.TryParse(text, out string problem), out problem);
        Assert.IsNotNull(pins, problem);
        return pins;
    }

    private static string RepositoryRoot()
    {
        string folder = System.AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "BwcFirmware.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder;
    }
}
