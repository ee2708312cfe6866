using System;
using System.Globalization;
using System.Threading;

namespace InterviewRules.Localization;

/// <summary>
/// One text in one language, with what is derived from it kept once it is first asked for: the parsed format,
/// the capitalized text, and the text filled with each number on <see cref="WeightText"/>'s grid of common numbers.
/// Every derived value is a pure function of the text and the language: two threads may both build one, and
/// either result is kept.
/// </summary>
internal sealed class TextEntry(string text)
{
    // The text's TextFormat when it is in the plain form, NotPlain otherwise; parsed on first use.
    private static readonly object NotPlain = new();
    private object? _format;
    private string? _capitalized;
    private string?[]? _withNumber;

    /// <summary>Gets the text.</summary>
    public string Text { get; } = text;

    /// <summary>Gets the text with its first letter in upper case.</summary>
    public string Capitalized => _capitalized ??=
        Text.Length == 0 ? Text : string.Concat(char.ToUpperInvariant(Text[0]).ToString(), Text.AsSpan(1));

    /// <summary>Fills the text's placeholders as <see cref="string.Format(IFormatProvider, string, object[])"/> does in invariant culture.</summary>
    public string Format(string? arg0) =>
        Plain(1) is { } format ? format.Fill(arg0) : string.Format(CultureInfo.InvariantCulture, Text, arg0);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(string? arg0, string? arg1) =>
        Plain(2) is { } format ? format.Fill(arg0, arg1) : string.Format(CultureInfo.InvariantCulture, Text, arg0, arg1);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(string? arg0, string? arg1, string? arg2) =>
        Plain(3) is { } format ? format.Fill(arg0, arg1, arg2) : string.Format(CultureInfo.InvariantCulture, Text, arg0, arg1, arg2);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(object?[] args) => args switch
    {
        [string or null] when Plain(1) is { } format => format.Fill((string?)args[0]),
        [string or null, string or null] when Plain(2) is { } format => format.Fill((string?)args[0], (string?)args[1]),
        [string or null, string or null, string or null] when Plain(3) is { } format => format.Fill((string?)args[0], (string?)args[1], (string?)args[2]),
        _ => string.Format(CultureInfo.InvariantCulture, Text, args),
    };

    /// <summary>Fills the text's placeholder <c>{0}</c> with a number written for the language.</summary>
    /// <param name="n">The number.</param>
    /// <param name="language">The position of the language in <see cref="Languages.Shipped"/>.</param>
    /// <returns>The text.</returns>
    public string WithNumber(double n, int language)
    {
        if (!WeightText.TryGridIndex(n, out var index))
        {
            return Format(WeightText.NumberFor(n, language));
        }

        var cache = _withNumber ?? Interlocked.CompareExchange(ref _withNumber, new string?[WeightText.GridSize], null) ?? _withNumber;
        return cache[index] ??= Format(WeightText.NumberFor(n, language));
    }

    // The parsed text, when it is in the plain form and needs no more than the arguments given.
    private TextFormat? Plain(int arguments) =>
        (_format ??= TextFormat.TryParse(Text) ?? NotPlain) is TextFormat format && format.ArgumentCount <= arguments ? format : null;
}
