// Writes the fingerprints of the article's 8-word runs, so that a test can check that nothing the project ships or
// documents copies the article, without the tests reading the article itself (it is not part of the repository).
//
//   dotnet run tools/article-ngrams.cs -- ../shared/source/article.txt > tests/InterviewRules.Tests/Texts/article-8grams.txt
//
// Words are runs of letters and digits, lower-cased, with curly apostrophes made straight and kept inside words
// ("you've"); a run is eight consecutive words; its fingerprint is the first 16 hex digits of the SHA-256 of the
// words joined by single spaces. tests/InterviewRules.Tests/Texts/NoCopiedRunsTests.cs reads texts the same way.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run tools/article-ngrams.cs -- ARTICLE.txt");
    return 2;
}

var words = Regex.Matches(File.ReadAllText(args[0]).Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant(), "[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*")
    .Select(m => m.Value)
    .ToArray();
var fingerprints = new SortedSet<string>(StringComparer.Ordinal);
for (var i = 0; i + 8 <= words.Length; i++)
{
    var run = string.Join(' ', words, i, 8);
    fingerprints.Add(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)))[..16]);
}

Console.Out.NewLine = "\n";
Console.WriteLine($"# {fingerprints.Count} fingerprints of the article's 8-word runs, written by tools/article-ngrams.cs");
foreach (var fingerprint in fingerprints)
{
    Console.WriteLine(fingerprint);
}

return 0;
