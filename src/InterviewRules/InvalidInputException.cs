using System;
using System.Collections.Generic;
using System.Linq;
using InterviewRules.Engine;

namespace InterviewRules;

/// <summary>
/// Thrown when a scenario or policy breaks its contract. Carries every problem found, not just the first, each
/// with its JSON path and a sentence.
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The problems; at least one.</param>
    public InvalidInputException(IReadOnlyList<InputError> errors)
        : base(Describe(errors))
    {
        Errors = ReadOnlyArray<InputError>.CopyOf(errors);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    private static string Describe(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid-input exception needs at least one error.", nameof(errors));
        }

        return errors.Count == 1
            ? errors[0].ToString()
            : $"The input has {errors.Count} problems:\n" + string.Join("\n", errors.Select(e => e.ToString()));
    }
}
