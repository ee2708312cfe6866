using System;

namespace InterviewRules;

/// <summary>One problem with an input: where it is (a JSON path such as <c>$.candidate.yearsOfExperience</c>) and a sentence that names the value and what is allowed.</summary>
public sealed class InputError : IEquatable<InputError>
{
    /// <summary>Creates an input error.</summary>
    /// <param name="path">The JSON path of the culprit, starting with <c>$</c>.</param>
    /// <param name="message">A full sentence naming the culprit, its value and what is allowed.</param>
    public InputError(string path, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Message = message;
    }

    /// <summary>Gets the JSON path of the culprit.</summary>
    public string Path { get; }

    /// <summary>Gets the sentence.</summary>
    public string Message { get; }

    /// <summary>Gets the JSON path of a field named as sentences name it (<c>candidate.yearsOfExperience</c>, <c>[3].concerns</c>, or empty for the document).</summary>
    internal static string PathOf(string field) => field.Length == 0 ? "$" : field[0] == '[' ? "$" + field : "$." + field;

    /// <inheritdoc />
    public bool Equals(InputError? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InputError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Message);

    /// <summary>Writes the error as <c>PATH: sentence</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
