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

    /// <summary>
    /// The most characters of an input's value or name that an error repeats: a longer one is cut to this many and
    /// ends with an ellipsis (<see cref="Echo"/>), so an error is never as long as the input that caused it. Every
    /// sentence of the readers, and of the program, the tools and the job-board sample, keeps to it.
    /// </summary>
    /// <value>60 characters.</value>
    public const int MaxEchoLength = 60;

    /// <summary>The last error of a long list: it counts the <paramref name="more"/> problems that are not shown.</summary>
    internal static InputError More(long more, string message) => new("$", message, more);

    private InputError(string path, string message, long problemCount)
        : this(path, message)
    {
        ProblemCount = problemCount;
    }

    /// <summary>Gets the JSON path of the culprit.</summary>
    public string Path { get; }

    /// <summary>Gets the sentence.</summary>
    public string Message { get; }

    /// <summary>
    /// Gets how many problems this error stands for: 1, except for the last error of a long list of scenarios
    /// ("… and N more problems …"), which stands for the N problems not shown one by one. The sum over a list of
    /// errors is the exact number of problems found.
    /// </summary>
    /// <value>1 for an ordinary error.</value>
    public long ProblemCount { get; } = 1;

    /// <summary>Gets the JSON path of a field named as sentences name it (<c>candidate.yearsOfExperience</c>, <c>[3].concerns</c>, or empty for the document).</summary>
    internal static string PathOf(string field) => field.Length == 0 ? "$" : field[0] == '[' ? "$" + field : "$." + field;

    /// <summary>
    /// Cuts a value an error repeats to <see cref="MaxEchoLength"/> characters and an ellipsis ("…"), never between the
    /// two halves of a surrogate pair; a value at most that long is returned as it is.
    /// </summary>
    /// <param name="value">The value as the input wrote it.</param>
    /// <returns>The value, or its start and "…".</returns>
    public static string Echo(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxEchoLength)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[MaxEchoLength - 1]) ? MaxEchoLength - 1 : MaxEchoLength;
        return string.Concat(value.AsSpan(0, length), "…");
    }

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
