using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using InterviewRules.Cli;
using Xunit;

namespace InterviewRules.Tests;

/// <summary>docs/chatbot.md pastes the program's output; these keep the pasted text equal to what the program prints.</summary>
public class ChatbotDocTests
{
    [Theory]
    [InlineData("`interview-rules evaluate - --format markdown --counterfactuals` prints it")]
    [InlineData("`interview-rules evaluate - --format markdown --counterfactuals --culture es` prints it")]
    public void PastedReply_IsWhatTheProgramPrints(string introduction)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "chatbot.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var scenario = Regex.Match(doc, "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var command = Regex.Match(introduction, "`interview-rules (.*)`").Groups[1].Value.Split(' ');
        var start = doc.IndexOf(introduction, StringComparison.Ordinal);
        Assert.True(start >= 0, "the introduction is not in docs/chatbot.md");
        var quoted = doc[start..].Split('\n').SkipWhile(l => !l.StartsWith('>')).TakeWhile(l => l.StartsWith('>'))
            .Select(l => l.Length > 1 ? l[2..] : string.Empty);

        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(command, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(scenario)), stdout, new StringWriter()));
        Assert.Equal(stdout.ToString().TrimEnd('\n'), string.Join("\n", quoted));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
