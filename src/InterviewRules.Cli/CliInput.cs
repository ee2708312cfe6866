using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using InterviewRules.Policies;

namespace InterviewRules.Cli;

/// <summary>Reads the files the commands are given: scenarios, lists of them and policies, each bounded in size.</summary>
internal static class CliInput
{
    /// <summary>The advisor of an optional --policy file: article-default when there is none.</summary>
    public static bool TryCreateAdvisor(string? policyFile, ErrorLines errors, [NotNullWhen(true)] out InterviewAdvisor? advisor)
    {
        advisor = InterviewAdvisor.Default;
        if (policyFile is null)
        {
            return true;
        }

        advisor = TryReadPolicy(policyFile, errors, out var policy) ? InterviewAdvisor.Create(policy) : null;
        return advisor is not null;
    }

    public static bool TryReadPolicy(string file, ErrorLines errors, [NotNullWhen(true)] out InterviewPolicy? policy)
    {
        policy = null;
        if (file == "-")
        {
            errors.Add("usage: a policy is read from a file, not from standard input.");
            return false;
        }

        if (!TryRead(file, Stream.Null, errors, out var bytes))
        {
            return false;
        }

        if (!InterviewJson.TryReadPolicy(bytes, out policy, out var problems))
        {
            errors.Add(file, problems);
            return false;
        }

        return true;
    }

    public static bool TryRead(string file, Stream stdin, ErrorLines errors, out byte[] bytes)
    {
        bytes = [];
        if (file == "-")
        {
            return TryReadBounded(stdin, "standard input", errors, out bytes);
        }

        try
        {
            if (Directory.Exists(file))
            {
                errors.Add($"{file}: this is a folder; give a JSON file.");
                return false;
            }

            if (!File.Exists(file))
            {
                errors.Add($"{file}: the file does not exist.");
                return false;
            }

            // Devices and pipes report a length of 0, so the size is never trusted: the read itself stops at the limit.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            return TryReadBounded(stream, file, errors, out bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{file}: the file cannot be read: {ex.Message}");
            return false;
        }
    }

    /// <summary>An input error as a line, led by the file it is in (as a compiler names it); a document from standard input is the only one, and its lines start with the JSON path.</summary>
    public static string Located(string file, InputError error) => file == "-" ? error.ToString() : $"{file}: {error}";

    private static bool TryReadBounded(Stream stream, string name, ErrorLines errors, out byte[] bytes)
    {
        if (InterviewJson.TryReadBounded(stream, out bytes))
        {
            return true;
        }

        errors.Add($"{name}: the input is more than {InterviewJson.MaxDocumentBytes} bytes long; a document may be at most {InterviewJson.MaxDocumentBytes} bytes.");
        return false;
    }
}
