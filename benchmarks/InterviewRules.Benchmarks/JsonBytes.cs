using System.Collections.Generic;
using System.IO;

namespace InterviewRules.Benchmarks;

/// <summary>How many UTF-8 bytes the recommendation JSON takes per scenario: the size the "json" benchmarks write.</summary>
public static class JsonBytes
{
    /// <summary>Writes a recommendation into a reused buffer (emptied first) and returns the bytes written.</summary>
    public static long WriteInto(MemoryStream buffer, Recommendation recommendation)
    {
        buffer.Position = 0;
        buffer.SetLength(0);
        InterviewJson.Write(recommendation, buffer);
        return buffer.Length;
    }

    public static string Describe(string policy, InterviewAdvisor advisor, IReadOnlyList<InterviewScenario> scenarios)
    {
        using var buffer = new MemoryStream();
        long total = 0, min = long.MaxValue, max = 0;
        foreach (var s in scenarios)
        {
            var bytes = WriteInto(buffer, advisor.Recommend(s));
            total += bytes;
            min = System.Math.Min(min, bytes);
            max = System.Math.Max(max, bytes);
        }

        return $"recommendation JSON ({policy}, UTF-8): {total / (double)scenarios.Count:F0} bytes per scenario on average (min {min}, max {max}, {total} over {scenarios.Count} scenarios).";
    }
}
