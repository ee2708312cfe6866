using System;
using System.Collections.Generic;

namespace InterviewRules.Localization;

/// <summary>
/// A text's composite format parsed once, for filling with strings: literal parts and placeholders <c>{n}</c>.
/// Filling it computes the length first and writes the result straight into one string of that length, which is
/// what <see cref="string.Format(IFormatProvider, string, object[])"/> gives for string arguments. Only the plain
/// form is taken (<c>{n}</c>, <c>{{</c>, <c>}}</c>): a text with alignment, a format specifier, or anything
/// <see cref="string.Format(IFormatProvider, string, object[])"/> would reject is not parsed, and is left to it.
/// </summary>
internal sealed class TextFormat
{
    private readonly string[] _literals; // one more than placeholders: before the first, between, after the last
    private readonly int[] _placeholders;
    private readonly int _literalLength;

    private TextFormat(string[] literals, int[] placeholders)
    {
        _literals = literals;
        _placeholders = placeholders;
        foreach (var literal in literals)
        {
            _literalLength += literal.Length;
        }

        foreach (var index in placeholders)
        {
            ArgumentCount = Math.Max(ArgumentCount, index + 1);
        }
    }

    /// <summary>Gets how many arguments filling the text needs: one more than its highest placeholder.</summary>
    public int ArgumentCount { get; }

    /// <summary>Parses a text in the plain form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The parsed text, or <see langword="null"/> when it is not in the plain form.</returns>
    public static TextFormat? TryParse(string text)
    {
        var literals = new List<string>();
        var placeholders = new List<int>();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i++;
                    continue;
                }

                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
                continue;
            }

            // {n}: one or two digits, nothing else.
            var end = i + 1;
            var index = 0;
            while (end < text.Length && end - i <= 2 && char.IsAsciiDigit(text[end]))
            {
                index = (index * 10) + (text[end] - '0');
                end++;
            }

            if (end == i + 1 || end >= text.Length || text[end] != '}')
            {
                return null;
            }

            literals.Add(literal.ToString());
            literal.Clear();
            placeholders.Add(index);
            i = end;
        }

        literals.Add(literal.ToString());
        return new TextFormat([.. literals], [.. placeholders]);
    }

    /// <summary>Fills the placeholders <c>{0}</c> to <c>{2}</c>; a <see langword="null"/> argument is written as nothing.</summary>
    /// <param name="arg0">The text for <c>{0}</c>.</param>
    /// <param name="arg1">The text for <c>{1}</c>.</param>
    /// <param name="arg2">The text for <c>{2}</c>.</param>
    /// <returns>The text.</returns>
    /// <remarks>The caller checks that <see cref="ArgumentCount"/> is at most the number of arguments it has.</remarks>
    public string Fill(string? arg0, string? arg1 = null, string? arg2 = null)
    {
        var arguments = new Arguments(this, arg0, arg1, arg2);
        var length = _literalLength;
        foreach (var index in _placeholders)
        {
            length += arguments[index]?.Length ?? 0;
        }

        return length == 0 ? string.Empty : string.Create(length, arguments, static (destination, arguments) => arguments.Format.Write(destination, arguments));
    }

    private void Write(Span<char> destination, Arguments arguments)
    {
        var literals = _literals;
        var placeholders = _placeholders;
        var at = 0;
        for (var i = 0; i < placeholders.Length; i++)
        {
            literals[i].CopyTo(destination[at..]);
            at += literals[i].Length;
            if (arguments[placeholders[i]] is { } argument)
            {
                argument.CopyTo(destination[at..]);
                at += argument.Length;
            }
        }

        literals[^1].CopyTo(destination[at..]);
    }

    private readonly record struct Arguments(TextFormat Format, string? Arg0, string? Arg1, string? Arg2)
    {
        public string? this[int index] => index switch
        {
            0 => Arg0,
            1 => Arg1,
            _ => Arg2,
        };
    }
}
