using System;

namespace InterviewRules.Engine;

/// <summary>
/// What a rule is, independent of any scenario: its stable id, its kind, its title for people, the source it
/// cites, and a short summary of the weight it gives.
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, in kebab-case (<c>need-practice</c>): lowercase letters and digits in groups joined by single hyphens, at most 64 characters.</param>
    /// <param name="kind">The kind of finding the rule produces.</param>
    /// <param name="title">A short title for people.</param>
    /// <param name="source">The citation the rule rests on (<c>§1 You Need Practice</c>).</param>
    /// <param name="weightSummary">How the rule weighs its finding, for people (<c>+2</c>, <c>-3 per flag</c>).</param>
    /// <exception cref="ArgumentException">An argument is empty, or <paramref name="id"/> is not kebab-case.</exception>
    public RuleDescriptor(string id, FindingKind kind, string title, string source, string weightSummary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(weightSummary);
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"The rule id \"{id}\" is not valid; it must be kebab-case (lowercase letters and digits in groups joined by single hyphens, such as \"need-practice\"), at most 64 characters.",
                nameof(id));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be Reason, CounterReason, Exception or Cost.");
        }

        Id = id;
        Kind = kind;
        Title = title;
        Source = source;
        WeightSummary = weightSummary;
    }

    /// <summary>Gets the stable id, part of the public contract.</summary>
    public string Id { get; }

    /// <summary>Gets the kind of finding the rule produces.</summary>
    public FindingKind Kind { get; }

    /// <summary>Gets the title for people.</summary>
    public string Title { get; }

    /// <summary>Gets the citation the rule rests on.</summary>
    public string Source { get; }

    /// <summary>Gets how the rule weighs its finding, for people.</summary>
    public string WeightSummary { get; }

    /// <summary>Tells whether a string is a valid rule id: kebab-case, at most 64 characters.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when it is valid.</returns>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 64 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, {Source}, {WeightSummary})";
}
