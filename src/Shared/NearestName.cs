using System;
using System.Collections.Generic;

namespace InterviewRules;

/// <summary>
/// The "did you mean" of every error that names what is allowed: the one allowed name within two edits of what was
/// written (ignoring case) and nearer than any other. One source, compiled into the core as an internal helper for
/// its JSON readers; the program's command line uses the core's (the core lets it see its internals).
/// </summary>
internal static class NearestName
{
    /// <summary>Gets the nearest name, or <see langword="null"/> when none is within two edits, two tie, or the text is over 64 characters.</summary>
    /// <param name="text">What was written.</param>
    /// <param name="names">The allowed names.</param>
    /// <returns>The name to suggest, or <see langword="null"/>.</returns>
    public static string? Find(string text, IReadOnlyList<string> names)
    {
        if (text.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = 3;
        var tie = false;
        var typed = text.ToLowerInvariant();
        foreach (var name in names)
        {
            var distance = Distance(typed, name.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (name, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
