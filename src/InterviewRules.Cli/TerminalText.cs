using System.Text;

namespace InterviewRules.Cli;

/// <summary>
/// Keeps what the program writes from steering the terminal: control characters other than newline and tab, and the
/// marks that reorder text (bidi overrides and isolates), are written as <c>\uXXXX</c>. Inside JSON strings that is
/// the same character, so every format stays valid; ordinary output is unchanged.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        var first = 0;
        while (first < text.Length && !Escaped(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (Escaped(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool Escaped(char c) =>
        (c < 0x20 && c != '\n' && c != '\t')
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
