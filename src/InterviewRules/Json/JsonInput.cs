using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace InterviewRules.Json;

/// <summary>The checks every JSON document passes before it is read: size, UTF-8, syntax, depth.</summary>
internal static class JsonInput
{
    /// <summary>The largest document read, in bytes: far above any real scenario or policy, far below harm.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting the parser accepts.</summary>
    public const int MaxDepth = 64;

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, string what, List<InputError> errors, int maxDepth = MaxDepth)
    {
        if (utf8.Span.StartsWith(ByteOrderMark))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Length > MaxBytes)
        {
            errors.Add(new InputError("$", $"The {what} is {utf8.Length} bytes long; it may be at most {MaxBytes} bytes."));
            return null;
        }

        var invalidAt = FirstInvalidUtf8(utf8.Span);
        if (invalidAt >= 0)
        {
            errors.Add(new InputError("$", $"The {what} is not valid UTF-8: the byte at offset {invalidAt} (0x{utf8.Span[invalidAt]:X2}) does not start a valid character."));
            return null;
        }

        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            errors.Add(new InputError("$", $"The {what} is empty; it must be a JSON object."));
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            errors.Add(new InputError(
                "$",
                $"The {what} is not valid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {Reason(ex.Message)} "
                + $"It must be strict JSON (no comments, no trailing commas, nesting at most {maxDepth} deep)."));
            return null;
        }
    }

    public static ReadOnlyMemory<byte> ToUtf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Reason(string message)
    {
        // System.Text.Json appends its own "LineNumber: … | BytePositionInLine: …"; we say it in our words.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal).Trim();
        return reason.EndsWith('.') ? reason : reason + ".";
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes[offset] < 0x80)
            {
                offset++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }
}
