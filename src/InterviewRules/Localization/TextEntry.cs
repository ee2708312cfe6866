using System;
using System.Globalization;
using System.Text;
using System.Threading;

namespace InterviewRules.Localization;

/// <summary>
/// One text in one language, with what is derived from it kept once it is first asked for: the parsed
/// <see cref="CompositeFormat"/>, the capitalized text, and the text filled with each number on
/// <see cref="WeightText"/>'s grid of common numbers. Every derived value is a pure function of the text and the
/// language: two threads may both build one, and either result is kept.
/// </summary>
internal sealed class TextEntry(string text)
{
    private CompositeFormat? _format;
    private string? _capitalized;
    private string?[]? _withNumber;

    /// <summary>Gets the text.</summary>
    public string Text { get; } = text;

    /// <summary>Gets the text with its first letter in upper case.</summary>
    public string Capitalized => _capitalized ??=
        Text.Length == 0 ? Text : string.Concat(char.ToUpperInvariant(Text[0]).ToString(), Text.AsSpan(1));

    // Parsed on first use: most texts are never formatted, and a text only read need not be a valid format.
    private CompositeFormat Parsed => _format ??= CompositeFormat.Parse(Text);

    /// <summary>Fills the text's placeholders as <see cref="string.Format(System.IFormatProvider, string, object[])"/> does in invariant culture.</summary>
    public string Format(string? arg0) => string.Format(CultureInfo.InvariantCulture, Parsed, arg0);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(string? arg0, string? arg1) => string.Format(CultureInfo.InvariantCulture, Parsed, arg0, arg1);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(string? arg0, string? arg1, string? arg2) => string.Format(CultureInfo.InvariantCulture, Parsed, arg0, arg1, arg2);

    /// <inheritdoc cref="Format(string)"/>
    public string Format(object?[] args) => string.Format(CultureInfo.InvariantCulture, Parsed, args);

    /// <summary>Fills the text's placeholder <c>{0}</c> with a number written for the language.</summary>
    /// <param name="n">The number.</param>
    /// <param name="language">The language of the text.</param>
    /// <returns>The text.</returns>
    public string WithNumber(double n, Language language)
    {
        if (!WeightText.TryGridIndex(n, out var index))
        {
            return Format(WeightText.NumberFor(n, language));
        }

        var cache = _withNumber ?? Interlocked.CompareExchange(ref _withNumber, new string?[WeightText.GridSize], null) ?? _withNumber;
        return cache[index] ??= Format(WeightText.NumberFor(n, language));
    }
}
