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

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            errors.Add(new InputError(
                "$",
                $"The {what} is not valid JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {Reason(ex.Message)} "
                + $"It must be strict JSON (no comments, no trailing commas, nesting at most {maxDepth} deep)."));
            return null;
        }

        // Valid UTF-8 can still escape half a UTF-16 pair ("\ud800"), which no string can hold: one check here, so no
        // reader further on meets it as an exception.
        if (LoneSurrogate(document.RootElement, "$") is { } problem)
        {
            document.Dispose();
            errors.Add(problem);
            return null;
        }

        return document;
    }

    private static InputError? LoneSurrogate(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsWellFormed(element, static e => e.GetString()) ? null : new InputError(path, $"{Field(path)} holds an escaped lone surrogate (half of a UTF-16 pair); a text must be valid Unicode.");

            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (LoneSurrogate(item, $"{path}[{index++}]") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;

            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsWellFormed(property, static p => p.Name))
                    {
                        return new InputError(path, $"A property name{(path == "$" ? string.Empty : " in " + Field(path))} holds an escaped lone surrogate (half of a UTF-16 pair); a name must be valid Unicode.");
                    }

                    if (LoneSurrogate(property.Value, $"{path}.{InputError.Echo(property.Name)}") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;

            default:
                return null;
        }
    }

    // Sentences name a field as the contract does (candidate.yearsOfExperience); the path before them keeps the "$".
    private static string Field(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static bool IsWellFormed<T>(T value, Func<T, string?> read)
    {
        try
        {
            read(value);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
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

        // It quotes what it could not read ('trqqq…' is an invalid JSON literal): cut, as every echoed value is.
        var parts = reason.Split('\'');
        for (var i = 1; i < parts.Length - 1; i += 2)
        {
            parts[i] = InputError.Echo(parts[i]);
        }

        reason = string.Join('\'', parts);
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
