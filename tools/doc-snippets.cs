// Turns every ```csharp block of the given Markdown files into a console project of its own, the block as its
// Program.cs exactly as a reader would paste it into `dotnet new console` (implicit usings on), so that the package
// check can build them against the packed packages: a snippet that no longer compiles as written fails CI.
//
//   dotnet run tools/doc-snippets.cs -- OUTDIR README.md docs/chatbot.md …
//
// Every project references InterviewRules at $(InterviewRulesVersion). The block's info string names what else it
// needs, after the language: `+Package` for another package (InterviewRules.* at the version under test, the
// Microsoft.Extensions packages below at the versions the repository uses, or `+Package@1.2.3`), `web` for the
// Web SDK. For example ```` ```csharp +InterviewRules.DependencyInjection +Microsoft.Extensions.DependencyInjection ````.
// Errors point at the Markdown file and line (#line).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/doc-snippets.cs -- OUTDIR FILE.md …");
    return 2;
}

var known = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["Microsoft.Extensions.DependencyInjection"] = "10.0.14",
    ["Microsoft.Extensions.AI"] = "10.11.0",
};

Directory.CreateDirectory(args[0]);
var count = 0;
foreach (var file in args.Skip(1))
{
    var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    foreach (Match block in Regex.Matches(text, "^```csharp([^\n]*)\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline))
    {
        var line = text[..block.Index].Count(c => c == '\n') + 2;
        var words = block.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var references = new StringBuilder("    <PackageReference Include=\"InterviewRules\" Version=\"$(InterviewRulesVersion)\" />\n");
        foreach (var word in words.Where(w => w.StartsWith('+')))
        {
            var parts = word[1..].Split('@');
            var version = parts.Length > 1 ? parts[1]
                : parts[0].StartsWith("InterviewRules", StringComparison.Ordinal) ? "$(InterviewRulesVersion)"
                : known.TryGetValue(parts[0], out var v) ? v
                : throw new InvalidOperationException($"{file}:{line - 1}: \"{word}\" names no version; write +{parts[0]}@VERSION.");
            references.Append(CultureInfo.InvariantCulture, $"    <PackageReference Include=\"{parts[0]}\" Version=\"{version}\" />\n");
        }

        var name = $"Snippet{++count:D2}";
        var directory = Path.Combine(args[0], name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="{(words.Contains("web") ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}">
              <!-- {file.Replace('\\', '/')}, line {line - 1} -->
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <InterviewRulesVersion Condition="'$(InterviewRulesVersion)' == ''">0.2.0</InterviewRulesVersion>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), $"#line {line} \"{Path.GetFullPath(file)}\"\n{block.Groups[2].Value}");
    }
}

Console.WriteLine($"{count} snippets from {args.Length - 1} files written to {args[0]}, one project each");
return count > 0 ? 0 : 1;
