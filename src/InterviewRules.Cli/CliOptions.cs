using System.CommandLine;
using System.Globalization;
using System.Linq;
using InterviewRules.Localization;

namespace InterviewRules.Cli;

/// <summary>The options and arguments several commands share, made the same way for each.</summary>
internal static class CliOptions
{
    /// <summary>The file a command reads, or <c>-</c> for standard input.</summary>
    public static Argument<string> File(string description) => new("FILE") { Description = description };

    /// <summary><c>--policy FILE</c>.</summary>
    public static Option<string> Policy(string description) => new("--policy") { Description = description };

    /// <summary><c>--format NAME</c>, one of <paramref name="names"/>, <c>text</c> by default.</summary>
    public static Option<string> Format(string description, params string[] names)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "text" };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    /// <summary><c>--culture TAG</c>: one of the shipped languages, or a regional tag of one.</summary>
    /// <param name="what">What is written in the language (<c>the texts</c>).</param>
    public static Option<string> Culture(string what)
    {
        var codes = Languages.Shipped;
        var choices = codes.Count == 1
            ? $"{codes[0]} (default)"
            : $"{string.Join(", ", codes.Take(codes.Count - 1).Select((c, i) => i == 0 ? c + " (default)" : c))} or {codes[^1]}";
        return new Option<string>("--culture") { Description = $"The language of {what}: {choices}; a regional tag such as {Languages.English}-GB uses its language." };
    }

    /// <summary>Reads an optional <c>--culture</c> as every front door reads a language tag (<see cref="Languages.TryResolve"/>); a problem is a usage error.</summary>
    public static bool TryGetCulture(ParseResult result, Option<string> option, CliContext context, out CultureInfo? culture)
    {
        culture = null;
        if (result.GetValue(option) is not { } tag)
        {
            return true;
        }

        if (Languages.TryResolve(tag, out culture, out var problem))
        {
            return true;
        }

        context.Errors.Add($"{option.Name}: {problem}");
        return false;
    }
}
