using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace InterviewRules.Tests.Copying;

/// <summary>
/// The project paraphrases the article and never pastes it: no text it ships or documents (resources, code and its
/// XML docs, README, CHANGELOG, docs/, samples/) shares a run of eight consecutive words with the article. The
/// article is not in the repository; tools/article-ngrams.cs wrote the fingerprints of its 8-word runs into
/// article-8grams.txt, and texts are read here the same way. Section titles are named in citations and set aside.
/// </summary>
public class NoCopiedRunsTests
{
    private const int RunLength = 8;

    // The article's section titles, cited by name in sources ("§2 You Might Not Get Your First Choice").
    private static readonly string[] SectionTitles =
    [
        "5 Reasons to Take That Next Interview",
        "Why Turn Down That Interview",
        "You Need Practice",
        "You Might Not Get Your First Choice",
        "Networking Is Good",
        "It Will Sharpen Your Instincts",
        "You Have No Idea What You Want",
    ];

    [Fact]
    public void NothingShippedOrDocumented_SharesEightWordsInARowWithTheArticle()
    {
        var root = RepositoryRoot();
        var fingerprints = File.ReadLines(Path.Combine(root, "tests", "InterviewRules.Tests", "Texts", "article-8grams.txt"))
            .Where(l => !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(fingerprints.Count > 1000, "the fingerprints did not load");

        var files = Shipped(root).ToArray();
        Assert.Contains(files, f => f.EndsWith("Texts.resx", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("README.md", StringComparison.Ordinal));

        var copies = new List<string>();
        foreach (var file in files)
        {
            var words = Words(File.ReadAllText(file));
            for (var i = 0; i + RunLength <= words.Length; i++)
            {
                var run = string.Join(' ', words, i, RunLength);
                if (fingerprints.Contains(Fingerprint(run)))
                {
                    copies.Add($"{Path.GetRelativePath(root, file)}: \"{run}\"");
                }
            }
        }

        Assert.Empty(copies);
    }

    [Fact]
    public void TheCheck_CatchesACopiedRun()
    {
        // A sentence of the article's §2 (hashed, not stored): the check must see it.
        var fingerprints = File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "InterviewRules.Tests", "Texts", "article-8grams.txt")).ToHashSet(StringComparer.Ordinal);
        var words = Words("Sometimes you can do everything right and not get the result you want.");

        Assert.Contains(Enumerable.Range(0, words.Length - RunLength + 1), i => fingerprints.Contains(Fingerprint(string.Join(' ', words, i, RunLength))));
    }

    /// <summary>Words as tools/article-ngrams.cs reads them, with section titles set aside.</summary>
    internal static string[] Words(string text)
    {
        foreach (var title in SectionTitles)
        {
            text = text.Replace(title, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Regex.Matches(text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant(), "[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*")
            .Select(m => m.Value)
            .ToArray();
    }

    private static string Fingerprint(string run) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)))[..16];

    private static IEnumerable<string> Shipped(string root)
    {
        foreach (var name in new[] { "README.md", "CHANGELOG.md" })
        {
            yield return Path.Combine(root, name);
        }

        foreach (var (folder, patterns) in new[] { ("src", new[] { "*.cs", "*.resx", "*.md" }), ("docs", new[] { "*.md", "*.json", "*.svg" }), ("samples", new[] { "*.cs", "*.md", "*.html", "*.js", "*.json" }) })
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                foreach (var file in Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (!relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal) && !relative.Contains("/node_modules/", StringComparison.Ordinal))
                    {
                        yield return file;
                    }
                }
            }
        }
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
