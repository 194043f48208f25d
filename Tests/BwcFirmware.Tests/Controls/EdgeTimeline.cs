namespace BwcFirmware.Tests.Controls;

/// <summary>
/// Raw contact edges for a script of presses, with contact bounce: every real press or release starts a burst of
/// up to 6 extra edges within 10 ms (seeded, so each test is repeatable) before the contact rests at its new level.
/// </summary>
public static class EdgeTimeline
{
    /// <summary>
    /// Parses "0:120 300:80" (a press at 0 ms held 120 ms, another at 300 ms held 80 ms) into edges ordered by
    /// time. A press written "500:~" is a bounce burst alone: edges that never rest pressed for 10 ms.
    /// </summary>
    public static List<(bool Pressed, long TimeMs)> Parse(string script, int seed)
    {
        var random = new Random(seed);
        var edges = new List<(bool Pressed, long TimeMs)>();
        foreach (string press in script.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = press.Split(':');
            long at = long.Parse(parts[0]);
            if (parts[1] == "~")
            {
                long t = at;
                for (int i = 0; i < 3; i++)
                {
                    edges.Add((true, t));
                    t += 1 + random.Next(3);
                    edges.Add((false, t));
                    t += 1 + random.Next(3);
                }

                continue;
            }

            long heldMs = long.Parse(parts[1]);
            AddBouncy(edges, true, at, random);
            AddBouncy(edges, false, at + heldMs, random);
        }

        return edges.OrderBy(e => e.TimeMs).ToList();
    }

    private static void AddBouncy(List<(bool Pressed, long TimeMs)> edges, bool level, long at, Random random)
    {
        // Real contact bounce: an even number (0-6) of extra edges within 10 ms, so the contact rests at the new level.
        edges.Add((level, at));
        var offsets = Enumerable.Range(0, 2 * random.Next(4)).Select(_ => random.Next(1, 11)).Distinct().OrderBy(o => o).ToList();
        if (offsets.Count % 2 == 1)
        {
            offsets.RemoveAt(offsets.Count - 1);
        }

        for (int i = 0; i < offsets.Count; i++)
        {
            edges.Add((i % 2 == 0 ? !level : level, at + offsets[i]));
        }
    }
}
